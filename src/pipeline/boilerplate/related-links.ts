// Related-story links inside a line, on their own line or inline in a flattened story: the
// label ("Also Read |", "READ MORE:") and the linked headline after it, up to where the story
// resumes ("Also Read | Five Things To Know About The Rules" before "The council will meet").
// "Also read between the lines" inside a sentence is story text.

import {
  CAPITALISED_LABEL,
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_WORDS,
  PROSE_OPENERS,
  RELATED_HINT,
  RELATED_LABEL,
  RELATED_SEPARATOR,
  SENTENCE_OPENERS,
  SEPARATOR_ONLY_LABEL,
  SMALL_WORDS,
  SUBJECT_WINDOW,
} from '../../data/boilerplate/index.js';
import { splitSentences } from '../../text/sentences.js';
import { type Block, type Draft, trimSpan } from '../draft.js';
import type { CutFn, Line } from './lines.js';

const ENDS_SENTENCE_BEFORE_SPACE = /[.!?"”’)\]]\s+$/u;

/** Only so much after a label is read for its headline. */
const HEADLINE_WINDOW = 400;

const TOKEN = /\S+/gu;

/** Related-story links in a line: the label and the headline after it. True when they took the whole line. */
export function cutRelatedLinks(d: Draft, line: Line, cut: CutFn): boolean {
  const rest = line.rest as Block;
  const text = d.text.slice(rest.start, rest.end);
  if (!RELATED_HINT.test(text)) return false;
  const found: Block[] = [];
  RELATED_LABEL.lastIndex = 0;
  for (let m = RELATED_LABEL.exec(text); m !== null; m = RELATED_LABEL.exec(text)) {
    const at = rest.start + m.index;
    if (m.index > 0 && !ENDS_SENTENCE_BEFORE_SPACE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const labelEnd = at + m[0].length;
    RELATED_SEPARATOR.lastIndex = labelEnd;
    const sep = RELATED_SEPARATOR.exec(d.text);
    const hasSep = sep !== null && sep.index + sep[0].length < rest.end;
    const label = m[0].replace(/\s+/g, ' ');
    if (!hasSep && (SEPARATOR_ONLY_LABEL.test(label) || !CAPITALISED_LABEL.test(label))) continue;
    const from = hasSep && sep ? sep.index + sep[0].length : trimSpan(d.text, labelEnd, rest.end).start;
    if (from >= rest.end) continue;
    const end = headlineEnd(d.text, from, rest.end, hasSep, at === rest.start);
    if (end === null) continue;
    found.push({ start: at, end });
    RELATED_LABEL.lastIndex = end - rest.start;
  }
  // A link opening its line is the usual case; one after a sentence is inline in a flattened story.
  for (const f of found) cut({ kind: 'related-link', rule: f.start === rest.start ? 'also-read' : 'also-read-inline' }, f.start, f.end);
  if (found.length > 0 && found.at(-1)?.end === rest.end) {
    const left = trimSpan(d.text, rest.start, (found.at(-1) as Block).start);
    line.rest = left.end > left.start ? left : null;
  }
  return line.rest === null;
}

interface Token extends Block {
  core: string;
  capitalised: boolean;
  small: boolean;
}

/**
 * Where a related headline starting at `from` ends, or null when that is not clear enough to
 * cut. A Title Case headline runs while words are capitalised (or small words); the story
 * resumes at the sentence opener before the first lower-case word. Without Title Case, a
 * headline after a separator is its first sentence, or the rest of the line.
 */
function headlineEnd(text: string, from: number, to: number, hasSep: boolean, lineStart: boolean): number | null {
  const limit = Math.min(to, from + HEADLINE_WINDOW);
  const tokens: Token[] = [];
  let stop = -1;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < limit; m = TOKEN.exec(text)) {
    if (tokens.length > HEADLINE_MAX_WORDS) return fallbackEnd(text, from, to, hasSep, lineStart);
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(m.index, end);
    const core = raw.replace(/^["“‘'([]+/u, '').replace(/["”’',;:!?.)\]]+$/u, '');
    const capitalised = core === '' || /^[\p{Lu}\p{N}]/u.test(core) || /^\p{Ll}+\p{Lu}/u.test(core);
    const small = SMALL_WORDS.has(core.toLowerCase());
    if (!capitalised && !small) {
      stop = tokens.length;
      break;
    }
    tokens.push({ start: m.index, end, core, capitalised, small });
    // A headline that ends with a full stop: "... No Casualties Reported."
    if (/[.!?]["”’)]*$/u.test(raw) && core.length > 1 && !core.includes('.') && tokens.length >= HEADLINE_MIN_WORDS) {
      return end;
    }
  }
  if (stop < 0) {
    if (tokens.length >= HEADLINE_MIN_WORDS && (tokens.at(-1) as Token).end >= limit && limit === to) return to;
    return fallbackEnd(text, from, to, hasSep, lineStart);
  }
  const story = storyStart(tokens, stop);
  if (story === null || story < HEADLINE_MIN_WORDS) return fallbackEnd(text, from, to, hasSep, lineStart);
  return (tokens[story - 1] as Token).end;
}

/** The index of the token where the story resumes, looking back from the first lower-case word. */
function storyStart(tokens: Token[], stop: number): number | null {
  const low = Math.max(0, stop - SUBJECT_WINDOW);
  for (let k = stop - 1; k >= low; k--) {
    const t = tokens[k] as Token;
    const before = tokens[k - 1];
    // "in The Hague" is not where a sentence starts.
    if (SENTENCE_OPENERS.has(t.core) && !(before?.small && /^\p{Ll}/u.test(before.core))) return k;
  }
  // No opener: the earliest capitalised word in reach. Some headline words may stay in the
  // body, but no story word is cut.
  for (let k = low; k < stop; k++) if (/^\p{Lu}/u.test((tokens[k] as Token).core)) return k;
  return null;
}

/** A headline not in Title Case: only after a separator, as its own sentence. */
function fallbackEnd(text: string, from: number, to: number, hasSep: boolean, lineStart: boolean): number | null {
  if (!hasSep) return null;
  const limit = Math.min(to, from + HEADLINE_WINDOW);
  const first = splitSentences(text, from, limit)[0];
  if (!first) return null;
  // "Also Read - Cup final: board adds extra seats for fans As a result, the board ...": the
  // story resumes inside what reads as one long sentence.
  const resumes = proseBreak(text, first.start, first.end);
  if (resumes !== null) return resumes;
  const words = text.slice(first.start, first.end).split(/\s+/);
  if (words.length > HEADLINE_MAX_WORDS) return null;
  const closed = /[.!?]["”’)]*$/u.test(text.slice(first.start, first.end));
  // The rest of the line is the headline: a link on its own line ("ALSO READ: Cold wave grips
  // Rajasthan"), or, inline, a headline with no full stop ending the line.
  if (first.end >= to) return lineStart || !closed ? to : null;
  // Inline, a headline closed by a full stop before the next sentence.
  return closed ? first.end : null;
}

/**
 * The end of a sentence-case headline run into the story with no full stop: the word before
 * a capitalised opener that follows a lower-case word ("... new rules The council will").
 */
function proseBreak(text: string, from: number, to: number): number | null {
  let prev: { end: number; word: string } | null = null;
  let count = 0;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to && count <= HEADLINE_MAX_WORDS; m = TOKEN.exec(text)) {
    const word = m[0];
    if (prev && count >= HEADLINE_MIN_WORDS && PROSE_OPENERS.has(word) && /^\p{Ll}[\p{L}\p{N}'’-]*$/u.test(prev.word)) {
      if (!SMALL_WORDS.has(prev.word)) return prev.end;
    }
    prev = { end: m.index + word.length, word };
    count++;
  }
  return null;
}
