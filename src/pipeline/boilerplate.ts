// Stage: cuts what is not the story from the paragraphs: syndication notices, related-story
// links, promos, credits (whole paragraphs, by the rules in data/boilerplate.ts) and agency
// tags at the end of a paragraph ("... he said. (AP)", "-- IANS"). Every cut is reported.
// It does not cut inside a sentence: "Also read the report" in a story stays.

import { AGENCY_SPELLINGS, canonicalAgency } from '../data/agencies.js';
import { PARAGRAPH_RULES } from '../data/boilerplate.js';
import { type Block, blockText, type Draft, trimSpan } from './draft.js';

/** "(AP)", "[PTI]" or "-- IANS" closing a paragraph. */
const TRAILING_AGENCY_TAG = new RegExp(
  String.raw`(?:[([](?<bracketed>${AGENCY_SPELLINGS})[)\]]|(?:--|[-–—]) ?(?<dashed>${AGENCY_SPELLINGS}))\s*$`,
  'u',
);
/** Agencies named in a notice ("With inputs from PTI and ANI"). */
const AGENCY_IN_NOTICE = new RegExp(String.raw`\b(?:${AGENCY_SPELLINGS})\b`, 'gu');

export function stripBoilerplate(d: Draft): void {
  const kept: Block[] = [];
  for (const block of d.blocks) {
    const text = blockText(d, block);
    const rule = PARAGRAPH_RULES.find((r) => r.pattern.test(text));
    if (rule) {
      d.removed.push({ kind: rule.kind, rule: rule.rule, start: block.start, end: block.end });
      if (rule.kind === 'disclaimer') creditAgenciesIn(d, text, block.start);
      d.trace?.(`boilerplate: ${rule.rule} ${JSON.stringify(text.slice(0, 60))}`);
      continue;
    }
    const rest = cutTrailingTag(d, block, text);
    if (rest) kept.push(rest);
  }
  d.blocks = kept;
}

function cutTrailingTag(d: Draft, block: Block, text: string): Block | null {
  const m = TRAILING_AGENCY_TAG.exec(text);
  if (!m) return block;
  const before = text.slice(0, m.index);
  // Only after the end of a sentence (or alone): "met the (AP)" is not a tag.
  if (before.trim() !== '' && !/[.!?'"”’)\]]\s*$/.test(before)) return block;
  const name = m.groups?.bracketed ?? m.groups?.dashed ?? '';
  const agency = canonicalAgency(name);
  const start = block.start + m.index + (m[0].length - m[0].trimStart().length);
  const cut = trimSpan(d.text, start, block.end);
  d.removed.push({ kind: 'agency-tag', rule: 'trailing-agency-tag', start: cut.start, end: cut.end });
  if (agency) d.credits.push({ agency, at: cut.start });
  const rest = trimSpan(d.text, block.start, start);
  return rest.end > rest.start ? rest : null;
}

function creditAgenciesIn(d: Draft, text: string, at: number): void {
  for (const m of text.matchAll(AGENCY_IN_NOTICE)) {
    const agency = canonicalAgency(m[0]);
    if (agency) d.credits.push({ agency, at: at + (m.index ?? 0) });
  }
}
