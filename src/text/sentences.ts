// Sentence boundaries inside one paragraph: after . ! ? (and a closing quote mark or bracket)
// when a capital, digit or opening mark follows. Abbreviations ("Mr.", "Jan.", "U.S.") and
// initials ("M. K.") do not end a sentence. Good enough for attribution; not a tokenizer.

import type { Span } from '../types.js';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sr jr gen lt col capt sgt maj adm sen rep gov prof rev hon no vs etc inc ltd corp co jan feb mar apr jun jul aug sep sept oct nov dec mt ft pt'.split(
    ' ',
  ),
);
const BOUNDARY = /[.!?…]+['"”’)\]]*(?=\s+['"“‘(]?[\p{Lu}\p{N}])/gu;

/** Sentence spans (offsets into `text`) between `start` and `end`. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m !== null; m = BOUNDARY.exec(slice)) {
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{Lu}$/u.test(word)) continue;
    }
    const to = m.index + m[0].length;
    out.push({ start: start + from, end: start + to });
    from = to;
    while (from < slice.length && /\s/.test(slice[from] as string)) from++;
  }
  if (from < slice.length) out.push({ start: start + from, end });
  return out;
}
