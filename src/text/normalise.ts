// Repairs the text in one pass and keeps a map back to the input, so every later stage can
// work on clean text while every span it reports still points into the input as given.
//
// Repairs: HTML entities (`&quot;` -> `"`), CRLF and lone CR -> LF, non-breaking and other
// odd spaces -> space, zero-width characters dropped. Each kind of repair is reported once as
// a warning with its count. It does not touch quote marks or dashes: later stages read them
// as they are.

import { decodeHTMLStrict } from 'entities';
import type { Warning } from '../types.js';

/** One replaced stretch: input [inStart, inEnd) became output [outStart, outEnd). */
interface Edit {
  inStart: number;
  inEnd: number;
  outStart: number;
  outEnd: number;
}

export interface NormText {
  /** The repaired text that every stage reads. */
  readonly text: string;
  /** Maps an offset in `text` to the input offset where that character starts. */
  toInputStart(offset: number): number;
  /** Maps an end offset in `text` to the input offset where that stretch ends. */
  toInputEnd(offset: number): number;
  readonly warnings: Warning[];
}

const ENTITY = String.raw`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`;
const NEWLINE = String.raw`\r\n?`;
const ODD_SPACE = String.raw`[\u00A0\u2000-\u200A\u202F\u205F\u3000]`;
const ZERO_WIDTH = String.raw`[\u200B-\u200D\u2060\uFEFF\u00AD]`;
/** Every repair, as one alternation so the text is scanned once. */
const REPAIRABLE = new RegExp(`(${ENTITY})|(${NEWLINE})|(${ODD_SPACE})|(${ZERO_WIDTH})`, 'g');
const ENTITY_GROUP = 1;
const NEWLINE_GROUP = 2;
const ODD_SPACE_GROUP = 3;

type RepairKind = 'html-entity' | 'line-ending' | 'odd-space' | 'zero-width';

const REPAIR_MESSAGES: Record<RepairKind, string> = {
  'html-entity': 'HTML entities decoded',
  'line-ending': 'CR and CRLF line endings changed to LF',
  'odd-space': 'non-breaking and other unusual spaces changed to plain spaces',
  'zero-width': 'zero-width characters and soft hyphens removed',
};

function replacementFor(match: RegExpExecArray): { text: string; kind: RepairKind } | null {
  if (match[ENTITY_GROUP] !== undefined) {
    const decoded = decodeHTMLStrict(match[0]);
    if (decoded === match[0] || decoded.length > 2) return null; // not one known entity: leave it
    // A non-breaking space entity is a space to every later stage.
    return { text: decoded.replace(/\u00A0/g, ' '), kind: 'html-entity' };
  }
  if (match[NEWLINE_GROUP] !== undefined) return { text: '\n', kind: 'line-ending' };
  if (match[ODD_SPACE_GROUP] !== undefined) return { text: ' ', kind: 'odd-space' };
  return { text: '', kind: 'zero-width' };
}

/** Repairs `input` and returns the repaired text with its map back to `input`. */
export function normaliseText(input: string): NormText {
  const edits: Edit[] = [];
  const counts = new Map<RepairKind, { n: number; first: number; firstEnd: number }>();
  let out = '';
  let last = 0;
  REPAIRABLE.lastIndex = 0;
  for (let m = REPAIRABLE.exec(input); m !== null; m = REPAIRABLE.exec(input)) {
    const r = replacementFor(m);
    if (!r) continue;
    out += input.slice(last, m.index);
    const outStart = out.length;
    out += r.text;
    edits.push({ inStart: m.index, inEnd: m.index + m[0].length, outStart, outEnd: out.length });
    last = m.index + m[0].length;
    const c = counts.get(r.kind);
    if (c) c.n++;
    else counts.set(r.kind, { n: 1, first: m.index, firstEnd: last });
  }
  if (edits.length === 0) return identity(input);
  out += input.slice(last);
  const warnings: Warning[] = [];
  for (const [kind, c] of counts) {
    // Line endings are routine, not odd input: repaired silently.
    if (kind === 'line-ending') continue;
    warnings.push({ code: kind, message: `${REPAIR_MESSAGES[kind]} (${c.n})`, start: c.first, end: c.firstEnd });
  }
  return {
    text: out,
    warnings,
    toInputStart: (o) => mapOffset(edits, o, 'start'),
    toInputEnd: (o) => mapOffset(edits, o, 'end'),
  };
}

function identity(text: string): NormText {
  return { text, warnings: [], toInputStart: (o) => o, toInputEnd: (o) => o };
}

/** Finds the last edit starting at or before `o` (binary search) and shifts by its delta. */
function mapOffset(edits: Edit[], o: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = edits.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((edits[mid] as Edit).outStart <= o) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return o;
  const e = edits[found] as Edit;
  if (o >= e.outEnd) {
    // Past this edit (for an empty replacement, o === outStart === outEnd lands here too).
    if (o === e.outEnd && e.outStart === e.outEnd) return side === 'start' ? e.inEnd : e.inStart;
    return e.inEnd + (o - e.outEnd);
  }
  // Inside a replacement: a start maps to where it began, an end to where it finished.
  if (o === e.outStart) return e.inStart;
  return side === 'start' ? e.inStart : e.inEnd;
}
