// What a page puts around a story, judged from more than one line: the lines above a dateline
// that stands lower down, a line taken for the headline that is page furniture, widgets (a
// label and the headlines and captions under it), a line printed twice, a caption pasted twice,
// a related headline left above the trailers, a flattened page's tail, and lines that only end
// a story.

import {
  END_HEADLINE_MAX_WORDS,
  END_HEADLINE_MIN_WORDS,
  END_RULES,
  PAGE_TAIL,
  WIDGET_ITEM_MAX_WORDS,
} from '../../data/boilerplate/index.js';
import { countWords } from '../../text/count.js';
import { type Block, type Draft, type RemovedDraft, trimSpan } from '../draft.js';
import { creditAgenciesIn } from './credits.js';
import { type CutFn, LINE_MATCH, type Line, notHeadline } from './lines.js';

export const WIDGET_ITEM = { kind: 'related-link', rule: 'related-widget' } as const;

export const DOUBLED_LINE = { kind: 'caption', rule: 'doubled-line' } as const;

const CAPTION_PASTED_TWICE = { kind: 'caption', rule: 'caption-pasted-twice' } as const;

/** Fewest words of a line printed twice in a row to count as a picture's title or caption. */
const DOUBLED_MIN_WORDS = 4;

/**
 * A line printed twice in a row that ends as no sentence does: a picture's title or caption
 * the scraper took twice ("Council clears the budget after long debate", twice). A sentence
 * of the story repeated is left to the repeats stage.
 */
export function isDoubledLine(d: Draft, line: Line, twin: Line | undefined): boolean {
  if (!twin?.rest || !line.rest || line.rest.start !== line.start || line.rest.end !== line.end) return false;
  if (twin.end - twin.start !== line.end - line.start) return false;
  const text = d.text.slice(line.start, line.end);
  if (text !== d.text.slice(twin.start, twin.end) || ENDS_AS_SENTENCE.test(text)) return false;
  return countWords(text) >= DOUBLED_MIN_WORDS;
}

/** A caption pasted twice, first without its credit: the line above the cut caption that it begins with. */
export function cutCaptionPastedBefore(d: Draft, lines: Line[], i: number, cut: CutFn): void {
  const caption = lines[i] as Line;
  const before = lines[i - 1];
  if (!before?.rest || before.rest.start !== before.start || before.rest.end !== before.end) return;
  const text = d.text.slice(before.start, before.end);
  if (countWords(text) < DOUBLED_MIN_WORDS || !d.text.startsWith(text, caption.start)) return;
  cut(CAPTION_PASTED_TWICE, before.start, before.end);
  before.rest = null;
}

const ENDS_AS_SENTENCE = /[.!?:;]["”’)]*$/u;

const TRUNCATED = /(?:\.\.\.|…)["”’]?$/u;

const OPENS_WITH_QUOTE_MARK = /^["“‘'«]/u;

/** A sentence ending inside a line, after a word in lower case: "... she said. (PTI)". */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’]?\s+\S/u;

/** A widget's item: a related headline (no sentence end, or cut short with "..."), or a scrap of one. */
export function isWidgetItem(text: string): boolean {
  const words = countWords(text);
  if (words <= 3) return true;
  if (words > WIDGET_ITEM_MAX_WORDS || SENTENCE_INSIDE.test(text)) return false;
  return TRUNCATED.test(text) || !ENDS_AS_SENTENCE.test(text);
}

/**
 * A related story's headline in sentence case, left as the story's last line right above its
 * trailers ("How a firm turns plastic into roads" before "Reporting by ..."): a line that ends
 * as no sentence does, with only cut lines below it.
 */
export function cutHeadlineBeforeTrailers(d: Draft, lines: Line[], cut: CutFn): void {
  let last = lines.length - 1;
  while (last >= 0 && !(lines[last] as Line).rest) last--;
  if (last < 0 || last === lines.length - 1) return;
  const line = lines[last] as Line;
  const rest = line.rest as Block;
  if (rest.start !== line.start || rest.end !== line.end) return;
  const text = d.text.slice(rest.start, rest.end);
  const words = countWords(text);
  if (words < END_HEADLINE_MIN_WORDS || words > END_HEADLINE_MAX_WORDS) return;
  if (ENDS_AS_SENTENCE.test(text) || OPENS_WITH_QUOTE_MARK.test(text) || !/^\p{Lu}/u.test(text)) return;
  cut(HEADLINE_BEFORE_TRAILERS, rest.start, rest.end);
  line.rest = null;
}

const HEADLINE_BEFORE_TRAILERS = { kind: 'related-link', rule: 'headline-before-trailers' } as const;

/**
 * A line above the story taken for its headline may be page furniture ("Updated: Mar 4, 2024
 * 11:02 IST", "ADVERTISEMENT"): then it is cut like any other line and there is no headline.
 */
export function dropFalseHeadline(d: Draft, cuts: RemovedDraft[]): void {
  if (!d.headline) return;
  const text = d.text.slice(d.headline.start, d.headline.end);
  const rule = LINE_MATCH.findAmong(text, notHeadline);
  if (!rule) return;
  cuts.push({ kind: rule.kind, rule: rule.rule, ...d.headline });
  if (rule.credits) creditAgenciesIn(d, d.headline.start, d.headline.end);
  d.trace?.(`boilerplate: ${rule.rule} (was taken for the headline) ${JSON.stringify(text.slice(0, 60))}`);
  d.headline = null;
}

/**
 * Lines above a dateline that stands lower down (a page's byline, timestamps, captions, a
 * standfirst) are not the story: each goes as the rule it matches says, or as a standfirst.
 */
export function cutAboveStory(d: Draft, lines: Line[], cuts: RemovedDraft[]): void {
  const storyStart = d.storyStart;
  if (storyStart === null) return;
  let byline: string | null = null;
  for (const line of lines) {
    if (line.end > storyStart) return;
    const text = d.text.slice(line.start, line.end);
    const rule = LINE_MATCH.find(text);
    // "Written By: Jane Roe" then "Jane Roe": an author block prints the name twice.
    const repeated: boolean = !rule && byline !== null && NAME_LINE.test(text) && byline.endsWith(text);
    const cut: { kind: RemovedDraft['kind']; rule: string } = rule
      ? { kind: rule.kind, rule: rule.rule }
      : repeated
        ? BYLINE_REPEATED
        : ABOVE_DATELINE;
    byline = cut.kind === 'byline' ? text : null;
    cuts.push({ kind: cut.kind, rule: cut.rule, start: line.start, end: line.end });
    if (rule?.credits) creditAgenciesIn(d, line.start, line.end);
    line.rest = null;
    d.trace?.(
      `boilerplate: ${cut.rule} (above the dateline) ${JSON.stringify(d.text.slice(line.start, Math.min(line.end, line.start + 60)))}`,
    );
  }
}

const ABOVE_DATELINE = { kind: 'standfirst', rule: 'above-dateline' } as const;

const BYLINE_REPEATED = { kind: 'byline', rule: 'byline-name-repeated' } as const;

/** Two to four capitalised words: a name on a line of its own. */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;

/**
 * A flattened page's tail (PAGE_TAIL) in the second half of the story: cut from there to the
 * end of the text, what is left of its line and every line after it. Only in a story that was
 * flattened (its paragraphs inferred): elsewhere the tail's items are lines of their own.
 */
export function cutPageTail(d: Draft, lines: Line[], cut: CutFn): void {
  const last = lines.at(-1);
  if (!last || !d.warnings.some((w) => w.code === 'flattened')) return;
  const half = ((lines[0] as Line).start + last.end) / 2;
  for (let i = 0; i < lines.length; i++) {
    const rest = (lines[i] as Line).rest;
    if (!rest || rest.end < half) continue;
    const m = PAGE_TAIL.exec(d.text.slice(rest.start, rest.end));
    if (!m || rest.start + m.index < half) continue;
    for (let k = i; k < lines.length; k++) {
      const line = lines[k] as Line;
      if (!line.rest) continue;
      cut(PAGE_TAIL_CUT, k === i ? rest.start + m.index : line.rest.start, line.rest.end);
      if (k === i && m.index > 0) line.rest = trimSpan(d.text, rest.start, rest.start + m.index);
      else line.rest = null;
    }
    return;
  }
}

const PAGE_TAIL_CUT = { kind: 'trailer', rule: 'page-tail' } as const;

/** Lines that end a story: cut from the last line back while they match. */
export function cutEndLines(d: Draft, lines: Line[], cut: CutFn): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (!line.rest) continue;
    const text = d.text.slice(line.rest.start, line.rest.end);
    const rule = END_RULES.find((r) => r.pattern.test(text));
    if (!rule) return;
    cut({ kind: rule.kind, rule: rule.rule }, line.rest.start, line.rest.end, rule);
    line.rest = null;
  }
}
