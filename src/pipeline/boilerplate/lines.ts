// The lines of a story's paragraphs, as the boilerplate stage reads and cuts them: each line's
// span and what is left of it after cuts, the line rules each line is matched against (the first
// rule that matches wins), and the paragraphs left when the cuts are taken out. It decides no
// cut itself.

import { type BoilerplateRule, LINE_RULES } from '../../data/boilerplate/index.js';
import { FirstMatch } from '../../text/first-match.js';
import { type Block, type Draft, type RemovedDraft, trimSpan } from '../draft.js';

const LINE_BREAK = /\n/g;

/** A line of a paragraph: [start, end) trimmed; `rest` is what is left of it after cuts. */
export interface Line extends Block {
  rest: Block | null;
}

export type CutFn = (c: Omit<RemovedDraft, 'start' | 'end'>, start: number, end: number, rule?: BoilerplateRule) => void;

/** Every line of every paragraph, trimmed, in order. */
export function linesOf(d: Draft): Line[] {
  const out: Line[] = [];
  for (const b of d.blocks) {
    let from = b.start;
    const inner = d.text.slice(b.start, b.end);
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(inner); m !== null; m = LINE_BREAK.exec(inner)) {
      pushLine(d, out, from, b.start + m.index);
      from = b.start + m.index + 1;
    }
    pushLine(d, out, from, b.end);
  }
  return out;
}

function pushLine(d: Draft, out: Line[], start: number, end: number): void {
  const s = trimSpan(d.text, start, end);
  if (s.end > s.start) out.push({ start: s.start, end: s.end, rest: { start: s.start, end: s.end } });
}

/** The next line when it follows on the very next line (a hard wrap), still uncut. */
export function adjacentLine(d: Draft, lines: Line[], i: number): Line | null {
  const line = lines[i] as Line;
  const next = lines[i + 1];
  if (!next?.rest || next.rest.start !== next.start) return null;
  const between = d.text.slice(line.end, next.start);
  return /^[^\S\n]*\n?[^\S\n]*$/.test(between) ? next : null;
}

/** The line rules, each tried only when its cheap hint passes, and the subsets of them the stage searches. */
export const LINE_MATCH = new FirstMatch(LINE_RULES);

const joins = (r: BoilerplateRule) => r.joins === true;

/** What a line taken for the headline may be instead: not a byline, nor a line that is furniture only inside a story. */
export const notHeadline = (r: BoilerplateRule) => r.kind !== 'byline' && r.bodyOnly !== true;

export const isTail = (r: BoilerplateRule) => r.tail === true;

export const isJoiningTail = (r: BoilerplateRule) => r.tail === true && r.joins === true;

/** A rule matching the whole line, or the line and the next one together. */
export function matchWhole(d: Draft, line: Line, next: Line | null): { rule: BoilerplateRule; end: number } | null {
  const text = d.text.slice(line.start, line.end);
  // Two lines first: a wrapped notice's first line may look like a shorter rule's whole match.
  if (next) {
    const both = d.text.slice(line.start, next.end);
    const joined = LINE_MATCH.findAmong(both, joins);
    if (joined && !LINE_MATCH.find(text)) return { rule: joined, end: next.end };
    if (joined && !LINE_MATCH.find(d.text.slice(next.start, next.end))) {
      // The first line alone matched too ("Reporting by X" + "Editing by Y)"): the pair is one item.
      return { rule: joined, end: next.end };
    }
  }
  const rule = LINE_MATCH.find(text);
  return rule ? { rule, end: line.end } : null;
}

/** The paragraphs with every cut taken out; a cut inside a paragraph splits it. */
export function remainingBlocks(d: Draft, cuts: RemovedDraft[]): Block[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  let c = 0;
  for (const b of d.blocks) {
    let from = b.start;
    while (c < sorted.length && (sorted[c] as RemovedDraft).end <= b.start) c++;
    for (let k = c; k < sorted.length && (sorted[k] as RemovedDraft).start < b.end; k++) {
      const x = sorted[k] as RemovedDraft;
      if (x.start > from) pushPiece(d, out, from, x.start);
      from = Math.max(from, x.end);
    }
    if (from < b.end) pushPiece(d, out, from, b.end);
  }
  return out;
}

function pushPiece(d: Draft, out: Block[], start: number, end: number): void {
  const s = trimSpan(d.text, start, end);
  if (s.end > s.start) out.push(s);
}
