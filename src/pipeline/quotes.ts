// Stage: finds direct quotations in the paragraphs. Marks are paired by their context:
// a mark after a space or at the start of a paragraph opens, one before a space or
// punctuation closes; curly marks keep their shape when the context is silent.
// A quote left open at the end of a paragraph continues when the next paragraph opens
// with a mark (news style for a quote over several paragraphs); otherwise it is closed at
// the paragraph's end with a warning. Scare quotes and titles (a few words, no punctuation,
// no speech verb before them) are not quotations.
// It does not decide who speaks: that is the attribution stage.

import { DOUBLE_MARKS, MAX_QUOTE_CHARS, MAX_QUOTE_PARAGRAPHS, type MarkShape, SINGLE_MARKS } from '../data/quote-marks.js';
import { SPEECH_VERBS } from '../data/words.js';
import { countSpaced } from '../text/count.js';
import { isTitleCaseStory } from '../text/title-case.js';
import { type Block, type Draft, type QuoteDraft, trimSpan } from './draft.js';

const OPENING_CONTEXT = /[\s([{\-–—/:;,]/;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\-–—…]/;

interface Mark {
  at: number;
  role: 'open' | 'close';
}

function classifyMark(text: string, at: number, block: Block, shape: 'open' | 'close' | 'either'): 'open' | 'close' | 'either' {
  const before = at > block.start ? (text[at - 1] as string) : ' ';
  const after = at + 1 < block.end ? (text[at + 1] as string) : ' ';
  const opensHere = OPENING_CONTEXT.test(before) && !/\s/.test(after);
  const closesHere = !/\s/.test(before) && CLOSING_CONTEXT.test(after);
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return shape;
}

/** Any double mark, to find them without looking at every character. */
const DOUBLE_MARK_ANY = new RegExp(`[${[...DOUBLE_MARKS.keys()].join('')}]`, 'g');

function marksIn(text: string, block: Block): Mark[] {
  const marks: Mark[] = [];
  let expectingClose = false;
  // Jump from mark to mark (most characters are not marks), within the block only.
  const inner = text.slice(block.start, block.end);
  DOUBLE_MARK_ANY.lastIndex = 0;
  for (let m = DOUBLE_MARK_ANY.exec(inner); m !== null; m = DOUBLE_MARK_ANY.exec(inner)) {
    const i = block.start + m.index;
    const shape = DOUBLE_MARKS.get(m[0]) as MarkShape;
    let role = classifyMark(text, i, block, shape);
    if (role === 'either') role = expectingClose ? 'close' : 'open';
    expectingClose = role === 'open';
    marks.push({ at: i, role });
  }
  return marks;
}

/**
 * Single marks as quote marks, for stories that quote with them ('We will win,' she said).
 * Apostrophes are not marks: between letters (don't, Rahul's) or before a year ('90s). A
 * mark after an s and before a word (the farmers' union) closes only if no other close follows.
 */
function singleMarksIn(text: string, block: Block): Mark[] {
  const marks: (Mark & { weak: boolean })[] = [];
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i] as string;
    if (!SINGLE_MARKS.has(ch)) continue;
    const before = i > block.start ? (text[i - 1] as string) : ' ';
    const after = i + 1 < block.end ? (text[i + 1] as string) : ' ';
    const letterBefore = /[\p{L}\p{N}]/u.test(before);
    const letterAfter = /[\p{L}\p{N}]/u.test(after);
    if (letterBefore && letterAfter) continue;
    if (ch !== '’' && OPENING_CONTEXT.test(before) && /[\p{L}\p{N}"“…]/u.test(after) && !/^\d\ds\b/.test(text.slice(i + 1, i + 5))) {
      marks.push({ at: i, role: 'open', weak: false });
    } else if (ch !== '‘' && (letterBefore || /[.,!?;:…]/.test(before)) && (CLOSING_CONTEXT.test(after) || i + 1 === block.end)) {
      marks.push({ at: i, role: 'close', weak: before === 's' && /\s/.test(after) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) });
    }
  }
  return marks.filter((m, k) => !(m.weak && marks[k + 1]?.role === 'close'));
}

/** Whether a story quotes with single marks: no double marks, or fewer than its single openings. */
function quotesWithSingles(d: Draft): boolean {
  let doubles = 0;
  let singleOpens = 0;
  for (const b of d.blocks) {
    const text = d.text.slice(b.start, b.end);
    doubles += text.match(DOUBLE_MARK_ANY)?.length ?? 0;
    singleOpens += text.match(/(?:^|[\s(])['‘]\p{Lu}/gu)?.length ?? 0;
  }
  return singleOpens >= 1 && (doubles === 0 || (singleOpens >= 2 && doubles < singleOpens));
}

/** Nouns that report speech: "Trump's claim that there have been “thousands of shootings”". */
const SPEECH_NOUNS =
  'claim|claims|statement|remark|remarks|comment|comments|words|pledge|promise|warning|assertion|accusation|slogan|phrase|chant|chants|cry|rallying cry';

/** Words that, right before a short quoted phrase, make it a partial quote, not a scare quote. */
const CUE_BEFORE_SHORT = new RegExp(
  String.raw`(?<!so-)\b(?:${[...SPEECH_VERBS].join('|')}|${SPEECH_NOUNS}|call|described (?:it|him|her|them|this|that)? ?as|as)\b(?! (?:themselves|itself|himself|herself)\b)[^.!?"“”]{0,30}$`,
  'i',
);
/**
 * The text after the last of `.!?"“”` in `before`: no cue can stand before that mark (only a
 * cue with none of them after it counts), so a story with a quote mark before every word
 * does not read the same 60 characters again for each one. The mark is no word character,
 * so the cue's word boundary and look-behind read the same.
 */
function afterLastStop(before: string): string {
  for (let i = before.length - 1; i >= 0; i--) if (CUE_STOPS.has(before[i] as string)) return before.slice(i + 1);
  return before;
}
const CUE_STOPS = new Set(['.', '!', '?', '"', '“', '”']);
/** Words that make the short quote after them a name: "dubbed the “iron lady”", "a so-called “safe zone”". */
const NAMING_BEFORE =
  /\b(?:call(?:ed|s|ing)? (?:themselves|itself|himself|herself)|known as|dubbed|nicknamed|so-called|named|codenamed|code-named|titled|entitled)\s+(?:the\s+|an?\s+)?$/i;
/** Fewer words than this, with no end punctuation and no cue before, reads as a scare quote or title. */
const MIN_QUOTE_WORDS = 4;

/** Stories set in Title Case, asked once each: there a quote in capitals is speech ("We Will Not Back Down"). */
const TITLE_CASE_STORIES = new WeakMap<Draft, boolean>();
function titleCaseStory(d: Draft): boolean {
  let answer = TITLE_CASE_STORIES.get(d);
  if (answer === undefined) {
    const first = d.blocks[0];
    answer = first !== undefined && isTitleCaseStory(d.text.slice(first.start));
    TITLE_CASE_STORIES.set(d, answer);
  }
  return answer;
}

function isRealQuote(d: Draft, q: Block, openAt: number, para: Block): boolean {
  const inner = d.text.slice(q.start, q.end);
  const before = d.text.slice(Math.max(para.start, openAt - 60), openAt);
  if (isTitle(inner) && !SPEECH_BEFORE_TITLE.test(before) && !titleCaseStory(d)) return false;
  const words = countSpaced(inner);
  if (words >= MIN_QUOTE_WORDS) return true;
  if (/[.!?,]$/.test(inner)) return true;
  // Words in lower case are a partial quote ("a “grave threat” to the region") or a scare quote
  // ("the “experts”"): both are quoted words, and both benchmarks count them (PolNeAR and the
  // wire stories: quotes F1 +0.7 on each). A capitalised word is a name or title unless a cue
  // comes before it. (Not when the words before make it a name: who called themselves the
  // “night riders”.)
  if (/^\p{Ll}/u.test(inner) && !NAMING_BEFORE.test(before)) return true;
  return CUE_BEFORE_SHORT.test(afterLastStop(before)) || continuesQuote(d, openAt, para);
}

/**
 * `... that Machado was “disgusting” and “a con”`: a short quote joined by "and", "or" or a
 * comma to the quote just kept, in the same paragraph, is quoted the same way.
 */
const MAX_JOIN_CHARS = 12;

function continuesQuote(d: Draft, openAt: number, para: Block): boolean {
  const prev = d.quotes.at(-1);
  // (Only a few characters can join them: the gap is never scanned further than that.)
  if (!prev || prev.end < para.start || prev.end > openAt || openAt - prev.end > MAX_JOIN_CHARS) return false;
  return /^["”»’']?[,;]?\s*(?:(?:and|or|but not)\s+)?$/.test(d.text.slice(prev.end, openAt));
}

/** Small words a title leaves in lower case: "Justice Against Sponsors of Terrorism Act". */
const TITLE_SMALL_WORDS = new Set('a an and as at but by for from in into nor of on or the to up with vs'.split(' '));
/** A speech verb right before a quote in title case makes it speech after all: chanted “Clean Water Now”. */
const SPEECH_BEFORE_TITLE = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].join('|')})\b[,:]?\s*$`);

/**
 * A name in quote marks, not speech: a title, a scheme, an act ("The Apprentice,", “Justice
 * Against Sponsors of Terrorism Act”): two or more words, every word but the small ones
 * capitalised, no sentence punctuation but a trailing comma (“Peace Through Strength.” is a slogan
 * quoted as said).
 */
function isTitle(inner: string): boolean {
  const text = inner.replace(/,$/, '');
  if (/[.!?;:]/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.every((w) => /^\p{Lu}{2,}/u.test(w))) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** A transcript turn: `"PENCE: Well, ...`. It starts a new quote even where a quote runs on. */
const TURN_LABEL = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}:\s/u;

/** Marks of another shape inside an open quote are a quote within it: `"... “Shark Tank.” ..."`. */
const nests = (outer: string, inner: string) => (outer === '"') !== (inner === '"');
const closesNested = (inner: string, mark: string) => (inner === '"' ? mark === '"' : mark !== '"');

/** `“... what he calls “hell” than ...”`: two closing marks still to come mean this opening is nested. */
function closesTwice(marks: Mark[], index: number): boolean {
  let closes = 0;
  for (let k = index + 1; k < marks.length && closes < 2; k++) {
    if ((marks[k] as Mark).role === 'open') return false;
    closes++;
  }
  return closes >= 2;
}

export function findQuotes(d: Draft): void {
  const paras = d.blocks;
  const singles = quotesWithSingles(d);
  const isMark = singles ? (ch: string) => SINGLE_MARKS.has(ch) : (ch: string) => DOUBLE_MARKS.has(ch);
  let open: { at: number; para: number } | null = null;
  /** Where a quote nested in the open one opened, if one is open. */
  let nested: number | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Block;
    const marks = singles ? singleMarksIn(d.text, para) : marksIn(d.text, para);
    let first = true;
    if (nested !== null) nested = null; // a quote within a quote does not run over paragraphs
    for (let index = 0; index < marks.length; index++) {
      const mark = marks[index] as Mark;
      const leading = first && mark.at === para.start;
      first = false;
      const char = d.text[mark.at] as string;
      if (mark.role === 'open') {
        if (open && open.para < p && leading) {
          // continuation of a quote over paragraphs, unless a new transcript turn starts
          if (!TURN_LABEL.test(d.text.slice(mark.at + 1, mark.at + 40))) continue;
          addQuote(d, open, (paras[p - 1] as Block).end, p - 1);
          open = null;
        }
        if (open && nested === null && open.para === p && (nests(d.text[open.at] as string, char) || closesTwice(marks, index))) {
          nested = mark.at;
          continue;
        }
        if (open) closeUnbalanced(d, open, p, mark.at);
        open = { at: mark.at, para: p };
        nested = null;
      } else if (open && nested !== null && closesNested(d.text[nested] as string, char)) {
        nested = null;
      } else if (open) {
        addQuote(d, open, mark.at, p);
        open = null;
        nested = null;
      } else if (!singles) {
        d.warnings.push({ code: 'stray-quote-mark', message: 'closing quote mark with no opening mark', start: mark.at, end: mark.at + 1 });
      }
    }
    if (open) {
      const next = paras[p + 1];
      const continues = next !== undefined && isMark(d.text[next.start] as string) && p + 1 - open.para < MAX_QUOTE_PARAGRAPHS;
      if (!continues) {
        closeUnbalanced(d, open, p, para.end);
        open = null;
      }
    }
  }
}

/**
 * A quote whose closing mark never came. When its own attribution follows a comma inside it
 * (`“We are relieved, union negotiator Sipho Dlamini said after ...`), the mark was lost
 * there and the quote ends at the comma; otherwise it ends where its paragraph (or the next
 * quote) starts.
 */
function closeUnbalanced(d: Draft, open: { at: number; para: number }, lastPara: number, end: number): void {
  const inner = d.text.slice(open.at + 1, end);
  const attribution = LOST_CLOSE_BEFORE.exec(inner);
  const cut = attribution ? open.at + 1 + attribution.index + 1 : end;
  d.warnings.push({
    code: 'unclosed-quote',
    message: attribution
      ? 'quote mark opened but never closed; quote ends before its attribution'
      : 'quote mark opened but never closed; quote ends at the paragraph end',
    start: open.at,
    end: open.at + 1,
  });
  addQuote(d, open, cut, attribution ? open.para : lastPara);
}

/** `, union negotiator Sipho Dlamini said`: an attribution inside text a quote ran over. */
const LOST_CLOSE_BEFORE = new RegExp(
  String.raw`,\s(?=(?:(?:[\p{Ll}-]+\s){0,3}(?:\p{Lu}[\p{L}.'’-]*\s){1,4}|(?:he|she|they)\s)(?:${[...SPEECH_VERBS].join('|')})\b)`,
  'u',
);

function addQuote(d: Draft, open: { at: number; para: number }, closeAt: number, lastPara: number): void {
  let span = trimSpan(d.text, open.at + 1, closeAt);
  if (span.end <= span.start) return;
  if (span.end - span.start > MAX_QUOTE_CHARS) {
    d.warnings.push({
      code: 'quote-too-long',
      message: `quote longer than ${MAX_QUOTE_CHARS} characters; cut there`,
      start: span.start,
      end: span.end,
    });
    span = { start: span.start, end: span.start + MAX_QUOTE_CHARS };
  }
  const para = d.blocks[open.para] as Block;
  if (!isRealQuote(d, span, open.at, para)) {
    d.trace?.(`quote: skipped scare quote or title ${JSON.stringify(d.text.slice(span.start, span.end))}`);
    return;
  }
  // (Properties written out, not spread from the span: on a story of a thousand quotes, V8
  // spent a fifth of the time building these objects from a spread.)
  const q: QuoteDraft = {
    start: span.start,
    end: span.end,
    firstPara: open.para,
    lastPara,
    speaker: null,
    speakerType: null,
    cue: null,
    attribution: 'none',
  };
  d.quotes.push(q);
}
