// Agencies the cut text credits ("With inputs from PTI and ANI", "(AP Photo/...)") and the
// copy credits inline ("..., PTI reported."). Agencies merely cited are not credits.

import { AGENCY_SPELLINGS, canonicalAgency } from '../../data/agencies.js';
import type { Draft } from '../draft.js';

/** Agencies named in a notice ("With inputs from PTI and ANI"). */
// (Every spelling starts with a capital but "dpa": the look-ahead lets the scan skip other positions.)
const AGENCY_IN_NOTICE = new RegExp(String.raw`\b(?=[A-Zd])(?:${AGENCY_SPELLINGS})\b`, 'gu');

/** "..., PTI reported.": the copy credits its agency inline. */
const INLINE_REPORT = new RegExp(String.raw`,\s+(?:the\s+)?(?:news\s+)?(?:agency\s+)?(${AGENCY_SPELLINGS})\s+reported[.,]`, 'gu');

export function creditAgenciesIn(d: Draft, start: number, end: number): void {
  const text = d.text.slice(start, end);
  for (const m of text.matchAll(AGENCY_IN_NOTICE)) {
    const agency = canonicalAgency(m[0]);
    if (agency) d.credits.push({ agency, at: start + (m.index ?? 0) });
  }
}

export function creditInlineReports(d: Draft): void {
  for (const b of d.blocks) {
    const text = d.text.slice(b.start, b.end);
    if (!text.includes(' reported')) continue;
    INLINE_REPORT.lastIndex = 0;
    for (let m = INLINE_REPORT.exec(text); m !== null; m = INLINE_REPORT.exec(text)) {
      const agency = canonicalAgency(m[1] as string);
      if (agency) d.credits.push({ agency, at: b.start + m.index });
    }
  }
}
