// Syndication notices as rules: one rule per outlet (outlets.ts), the shape they share, "with
// inputs from" credits and copyright lines. A new outlet's notice goes in outlets.ts, not here.

import { GENERIC_NOTICE, GENERIC_NOTICE_WORD, OUTLETS } from '../outlets.js';
import type { BoilerplateRule } from './rule.js';

/** A notice's source words -> a pattern for the whole line: brackets and full stop optional. */
function noticePattern(source: string): RegExp {
  const words = source.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`);
  return new RegExp(String.raw`^\(?\s*(?:${words})\s*\.?\s*\)?\s*\.?$`, 'i');
}

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a line holds any notice's word: one test instead of one per outlet, asked by every
 * outlet's hint for the same line in turn, so the answer for the last line asked about is kept.
 */
const ANY_NOTICE_WORD = new RegExp([...OUTLETS.map((o) => o.word), GENERIC_NOTICE_WORD].map(escapeRegex).join('|'), 'i');
let lastLine: string | null = null;
let lastHeldAny = false;
function holdsAnyNoticeWord(line: string): boolean {
  if (line !== lastLine) {
    lastLine = line;
    lastHeldAny = ANY_NOTICE_WORD.test(line);
  }
  return lastHeldAny;
}

/** A hint that a line holds `word`, in any case. */
function holds(word: string): (line: string) => boolean {
  const pattern = new RegExp(escapeRegex(word), 'i');
  return (line) => holdsAnyNoticeWord(line) && pattern.test(line);
}

/** Syndication notices, one rule per outlet, then the shape they share. */
export const OUTLET_NOTICES: readonly BoilerplateRule[] = [
  ...OUTLETS.map(
    (o): BoilerplateRule => ({
      kind: 'disclaimer',
      rule: o.rule,
      hint: holds(o.word),
      pattern: noticePattern(o.notices.join('|')),
      tail: true,
      joins: true,
      credits: true,
    }),
  ),
  {
    kind: 'disclaimer',
    rule: 'syndicated-feed-notice',
    hint: holds(GENERIC_NOTICE_WORD),
    pattern: noticePattern(GENERIC_NOTICE),
    tail: true,
    joins: true,
    credits: true,
  },
  {
    kind: 'disclaimer',
    rule: 'with-inputs',
    // "(With inputs from PTI)", "(With agency inputs)", "- With inputs from agencies", "(Inputs: IANS)".
    pattern:
      /^\(?\s*[-–—]?\s*(?:with\s+(?:additional\s+)?(?:inputs?\s+from|agency\s+inputs?\b)|inputs?\s*(?:from|:))[^()\n]{0,80}?\s*\.?\s*\)?\s*\.?$/i,
    tail: true,
    credits: true,
  },
  {
    kind: 'disclaimer',
    rule: 'copyright-notice',
    // "Copyright 2024 The Associated Press. All rights reserved. This material may not be ..."
    pattern:
      /^(?:©|\(c\)|copyright\b)[^\n]{0,200}?\b(?:all rights reserved|may not be (?:published|reproduced|redistributed|broadcast))\b[^\n]{0,300}$/i,
    tail: true,
    joins: true,
    credits: true,
  },
];
