// The tail of a line after its last sentence: an agency tag ("... said. (PTI)", "-- IANS"), a
// notice or credit in brackets, a stray end mark, a truncation mark, or a rule marked `tail`
// matching the last sentence ("... Click here to join our channel."). Never a cut inside a sentence.

import { AGENCY_SPELLINGS } from '../../data/agencies.js';
import type { BoilerplateRule } from '../../data/boilerplate/index.js';
import { splitSentences } from '../../text/sentences.js';
import { type Block, type Draft, trimSpan } from '../draft.js';
import { type CutFn, isJoiningTail, isTail, LINE_MATCH, type Line } from './lines.js';

/** "(AP)", "[PTI]" or "-- IANS" closing a line. */
const TRAILING_AGENCY_TAG = new RegExp(
  String.raw`(?:[([](?<bracketed>${AGENCY_SPELLINGS})[)\]]|(?:--|[-–—]) ?(?<dashed>${AGENCY_SPELLINGS}))\s*$`,
  'u',
);

/** A stray end mark after the last sentence: "... he said. ■" */
const TRAILING_END_MARK = /\s[■□▪◼◾]+\s*$/u;

/** Where a news API or retrieval tool cut the text, mid-sentence: "... until Friday… [+2345 chars]". */
const TRUNCATION_MARK = /(?:…|\.\.\.)?\s*\[(?:\+\d[\d,]*|\d[\d,]* more) (?:characters|chars|words)\]\s*$/u;

/** What may stand before a tail or an inline link: the end of a sentence or a bracket. */
const ENDS_SENTENCE = /[.!?'"”’)\]]\s*$/u;

/** Only so much of a long line is read for its tail: tails are short. */
const TAIL_WINDOW = 1200;

/** Most tails cut from one line: a line of a thousand "(PTI)" stays linear. */
const MAX_TAIL_CUTS = 8;

/** Cuts tails from the end of a line, one at a time, while one is there. */
export function cutTails(d: Draft, line: Line, next: Line | null, cut: CutFn): void {
  for (let n = 0; n < MAX_TAIL_CUTS && line.rest; n++) {
    const rest: Block = line.rest;
    // Once a tail is cut, what is left of the line may be a tail itself: "Doe reported from
    // Lima." before "Roe contributed.", alone on the line.
    const found = findTail(d, rest, n === 0 ? next : null) ?? (n > 0 ? wholeTail(d, rest) : null);
    if (!found) return;
    cut({ kind: found.rule.kind, rule: found.rule.rule }, found.start, found.end, found.rule);
    if (found.end > rest.end && next) next.rest = null;
    const left = trimSpan(d.text, rest.start, found.start);
    line.rest = left.end > left.start ? left : null;
  }
}

interface Tail extends Block {
  rule: BoilerplateRule;
}

const AGENCY_TAG_RULE: BoilerplateRule = { kind: 'agency-tag', rule: 'trailing-agency-tag', pattern: /$^/ };

const END_MARK_RULE: BoilerplateRule = { kind: 'trailer', rule: 'end-mark', pattern: /$^/ };

const TRUNCATION_RULE: BoilerplateRule = { kind: 'trailer', rule: 'truncation-marker', pattern: /$^/ };

/** The last item of a line that is not the story, when story text stands before it. */
function findTail(d: Draft, rest: Block, next: Line | null): Tail | null {
  const from = Math.max(rest.start, rest.end - TAIL_WINDOW);
  const text = d.text.slice(from, rest.end);
  const afterSentence = (start: number) => start > rest.start && ENDS_SENTENCE.test(d.text.slice(Math.max(rest.start, start - 4), start));

  const tag = TRAILING_AGENCY_TAG.exec(text);
  if (tag) {
    const start = from + tag.index + (tag[0].length - tag[0].trimStart().length);
    if (start === rest.start || afterSentence(start)) return { start, end: rest.end, rule: AGENCY_TAG_RULE };
  }
  const mark = TRAILING_END_MARK.exec(text);
  if (mark) return { start: from + mark.index, end: rest.end, rule: END_MARK_RULE };
  const cutShort = text.endsWith(']') ? TRUNCATION_MARK.exec(text) : null;
  if (cutShort && cutShort.index > 0) return { start: from + cutShort.index, end: rest.end, rule: TRUNCATION_RULE };

  const candidates: Block[] = [];
  const open = openingBracket(text);
  if (open !== null) candidates.push({ start: from + open, end: rest.end });
  // A bracket opened on this line and closed on the next: a notice hard-wrapped mid-line.
  const unclosed = next ? unclosedBracket(text) : null;
  if (next && unclosed !== null) candidates.push({ start: from + unclosed, end: next.end });
  // A credit behind a bar after the last sentence: "... on Monday. | Photo Credit: Reuters".
  const bar = text.lastIndexOf(' | ');
  if (bar > 0) candidates.push({ start: from + bar + 1, end: rest.end });
  const sentences = splitSentences(d.text, from, rest.end);
  const last = sentences.at(-1);
  if (last && sentences.length > 1) candidates.push(last);

  for (const c of candidates) {
    if (!afterSentence(c.start)) continue;
    const piece = d.text.slice(c.start, c.end);
    const rule = LINE_MATCH.findAmong(piece, c.end <= rest.end ? isTail : isJoiningTail);
    if (rule) return { start: c.start, end: c.end, rule };
  }
  return null;
}

/** The rest of a line, whole, when a tail rule matches it. */
function wholeTail(d: Draft, rest: Block): Tail | null {
  const rule = LINE_MATCH.findAmong(d.text.slice(rest.start, rest.end), isTail);
  return rule ? { start: rest.start, end: rest.end, rule } : null;
}

/** Where the bracket closing `text` opens, or null ("... said. (With inputs from PTI)"). */
function openingBracket(text: string): number | null {
  let end = text.length;
  if (text.endsWith('.')) end--;
  if (text[end - 1] !== ')') return null;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return null;
}

/** Where a bracket still open at the end of `text` opens, or null. */
function unclosedBracket(text: string): number | null {
  const open = text.lastIndexOf('(');
  return open >= 0 && text.indexOf(')', open) < 0 ? open : null;
}
