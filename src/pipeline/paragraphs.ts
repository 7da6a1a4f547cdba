// Stage: recovers paragraphs in a story that a scraper flattened onto one line. News
// paragraphs are one to three sentences; a quotation usually opens its own paragraph and an
// attribution ("..., he said.") closes one. A block is treated as flattened only when it is far
// longer than any real paragraph; the breaks are inferred, never edits of the text, and a
// warning says so. It does not break inside a quotation.

import { splitSentences } from '../text/sentences.js';
import type { Block, Draft } from './draft.js';

/** A paragraph longer than this, with at least FLATTENED_MIN_SENTENCES, was flattened. */
const FLATTENED_MIN_CHARS = 800;
const FLATTENED_MIN_SENTENCES = 7;
/** Most sentences an inferred paragraph holds. */
const SENTENCES_PER_PARAGRAPH = 3;
const OPENS_WITH_QUOTE = /^["“‘(]/;
/** ") (": a trailing tag and a notice in brackets run together, "... said. (AP) (This is ...)". */
const BRACKETS_MEET = /\)\s+(?=\()/g;

/** Sentences, with bracketed runs that meet split apart ("(AP) (This story ...)"). */
function sentencesOf(text: string, start: number, end: number): Block[] {
  const out: Block[] = [];
  for (const s of splitSentences(text, start, end)) {
    let from = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(BRACKETS_MEET)) {
      const cut = s.start + (m.index ?? 0) + 1;
      out.push({ start: from, end: cut });
      from = cut + m[0].length - 1;
    }
    out.push({ start: from, end: s.end });
  }
  return out;
}
const ENDS_WITH_ATTRIBUTION = /["”’]\s*,?\s*[^"“”.]{0,60}\b(?:said|says|told|added|according to)\b[^"“”]{0,80}\.$/;

/** Whether a quotation is still open at the end of `s` (straight marks toggle, curly marks set). */
function leavesQuoteOpen(s: string, open: boolean): boolean {
  let inside = open;
  for (const ch of s) {
    if (ch === '“') inside = true;
    else if (ch === '”') inside = false;
    else if (ch === '"') inside = !inside;
  }
  return inside;
}

export function inferParagraphs(d: Draft): void {
  const out: Block[] = [];
  let inferred = 0;
  for (const block of d.blocks) {
    if (block.end - block.start < FLATTENED_MIN_CHARS) {
      out.push(block);
      continue;
    }
    const sentences = sentencesOf(d.text, block.start, block.end);
    if (sentences.length < FLATTENED_MIN_SENTENCES) {
      out.push(block);
      continue;
    }
    let start = (sentences[0] as Block).start;
    let count = 0;
    let inQuote = false;
    sentences.forEach((s, i) => {
      const text = d.text.slice(s.start, s.end);
      inQuote = leavesQuoteOpen(text, inQuote);
      count++;
      const next = sentences[i + 1];
      if (!next || inQuote) return;
      const nextText = d.text.slice(next.start, next.end);
      if (count >= SENTENCES_PER_PARAGRAPH || OPENS_WITH_QUOTE.test(nextText) || ENDS_WITH_ATTRIBUTION.test(text)) {
        out.push({ start, end: s.end });
        start = next.start;
        count = 0;
        inferred++;
      }
    });
    out.push({ start, end: block.end });
  }
  if (inferred > 0) {
    d.warnings.push({
      code: 'flattened',
      message: `story text on one line; ${inferred} paragraph breaks inferred from sentences and quotations`,
    });
    d.trace?.(`paragraphs: ${inferred} breaks inferred in flattened text`);
  }
  d.blocks = out;
}
