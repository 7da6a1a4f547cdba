// Stage: cuts what is not the story, as a copy editor would, and reports every cut (kind,
// rule, span). It reads the paragraphs line by line (a paragraph may hold several lines):
//   1. a whole line, or two consecutive lines, matching a rule of data/boilerplate.ts
//      (syndication notices, trailers, captions, credits, promos, ads, page stamps, bylines);
//   2. the end of a line after its last sentence: agency tags ("... said. (PTI)", "-- IANS"),
//      notices and credits in brackets, promos ("... Click here to join our channel.");
//   3. related-story links, on their own line or inline in a flattened story, up to the end of
//      the linked headline ("Also Read | Five Things To Know About The Rules" before "The
//      council will meet ...");
//   4. trailer lines that only end a story (PTI desk codes "ABC DEF", "End it", AP's "___").
// It does not cut inside a sentence of the story: "Readers can also read the report" and
// "Watch for ice on the roads" stay. A cut in the middle of a paragraph splits it in two.

import { AGENCY_SPELLINGS, canonicalAgency } from '../data/agencies.js';
import {
  type BoilerplateRule,
  CAPITALISED_LABEL,
  END_HEADLINE_MAX_WORDS,
  END_HEADLINE_MIN_WORDS,
  END_RULES,
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_WORDS,
  LINE_RULES,
  PAGE_TAIL,
  PROSE_OPENERS,
  RELATED_HINT,
  RELATED_LABEL,
  RELATED_SEPARATOR,
  SENTENCE_OPENERS,
  SEPARATOR_ONLY_LABEL,
  SHAPED_LINES_MIN,
  SHAPED_LINES_SHARE,
  SMALL_WORDS,
  SUBJECT_WINDOW,
  WIDGET_ITEM_MAX_WORDS,
} from '../data/boilerplate.js';
import { countWords } from '../text/count.js';
import { FirstMatch } from '../text/first-match.js';
import { splitSentences } from '../text/sentences.js';
import { type Block, type Draft, type RemovedDraft, trimSpan } from './draft.js';

/** "(AP)", "[PTI]" or "-- IANS" closing a line. */
const TRAILING_AGENCY_TAG = new RegExp(
  String.raw`(?:[([](?<bracketed>${AGENCY_SPELLINGS})[)\]]|(?:--|[-–—]) ?(?<dashed>${AGENCY_SPELLINGS}))\s*$`,
  'u',
);
/** A stray end mark after the last sentence: "... he said. ■" */
const TRAILING_END_MARK = /\s[■□▪◼◾]+\s*$/u;
/** Where a news API or retrieval tool cut the text, mid-sentence: "... until Friday… [+2345 chars]". */
const TRUNCATION_MARK = /(?:…|\.\.\.)?\s*\[(?:\+\d[\d,]*|\d[\d,]* more) (?:characters|chars|words)\]\s*$/u;
/** Agencies named in a notice ("With inputs from PTI and ANI"). */
// (Every spelling starts with a capital but "dpa": the look-ahead lets the scan skip other positions.)
const AGENCY_IN_NOTICE = new RegExp(String.raw`\b(?=[A-Zd])(?:${AGENCY_SPELLINGS})\b`, 'gu');
/** What may stand before a tail or an inline link: the end of a sentence or a bracket. */
const ENDS_SENTENCE = /[.!?'"”’)\]]\s*$/u;
const ENDS_SENTENCE_BEFORE_SPACE = /[.!?"”’)\]]\s+$/u;
/** Only so much of a long line is read for its tail: tails are short. */
const TAIL_WINDOW = 1200;
/** Most tails cut from one line: a line of a thousand "(PTI)" stays linear. */
const MAX_TAIL_CUTS = 8;
/** Only so much after a label is read for its headline. */
const HEADLINE_WINDOW = 400;
const TOKEN = /\S+/gu;
const LINE_BREAK = /\n/g;

/** A line of a paragraph: [start, end) trimmed; `rest` is what is left of it after cuts. */
interface Line extends Block {
  rest: Block | null;
}

export function stripBoilerplate(d: Draft): void {
  const lines = linesOf(d);
  const cuts: RemovedDraft[] = [];
  dropFalseHeadline(d, cuts);
  cutAboveStory(d, lines, cuts);
  const cut = (c: Omit<RemovedDraft, 'start' | 'end'>, start: number, end: number, rule?: BoilerplateRule): void => {
    const s = trimSpan(d.text, start, end);
    if (s.end <= s.start) return;
    cuts.push({ kind: c.kind, rule: c.rule, start: s.start, end: s.end });
    if (rule?.credits || c.kind === 'agency-tag') creditAgenciesIn(d, s.start, s.end);
    d.trace?.(`boilerplate: ${c.rule} ${JSON.stringify(d.text.slice(s.start, Math.min(s.end, s.start + 60)))}`);
  };

  // A widget's label ("Also Read", "More coverage") takes the headlines and captions below it.
  let widget = false;
  // Lines cut for their shape alone wait until the story's own shape is known. The headline
  // printed again is left to the repeats stage, which cuts it with the copy of the body below it.
  const shaped: { line: Line; rule: BoilerplateRule }[] = [];
  const headline = d.headline ? d.text.slice(d.headline.start, d.headline.end) : null;
  lines.forEach((line, i) => {
    if (!line.rest) return;
    const next = adjacentLine(d, lines, i);
    const whole = matchWhole(d, line, next);
    if (whole?.rule.shapeOnly && !widget) {
      // A line the next one continues in lower case is a wrapped sentence, not a headline.
      const wrapped = next !== null && /^\p{Ll}/u.test(d.text.slice(next.start, next.start + 1));
      if (!wrapped && d.text.slice(line.start, line.end) !== headline) shaped.push({ line, rule: whole.rule });
      else cutTails(d, line, next, cut);
      return;
    }
    if (whole) {
      cut(whole.rule, line.start, whole.end, whole.rule);
      line.rest = null;
      if (whole.end > line.end && next) next.rest = null;
      widget = whole.rule.opensWidget === true || widget;
      if (whole.rule.kind === 'caption') cutCaptionPastedBefore(d, lines, i, cut);
      return;
    }
    if (isDoubledLine(d, line, lines[i + 1])) {
      const twin = lines[i + 1] as Line;
      cut(DOUBLED_LINE, line.start, line.end);
      cut(DOUBLED_LINE, twin.start, twin.end);
      line.rest = null;
      twin.rest = null;
      return;
    }
    if (widget && isWidgetItem(d.text.slice(line.start, line.end))) {
      cut(WIDGET_ITEM, line.start, line.end);
      line.rest = null;
      return;
    }
    widget = false;
    cutTails(d, line, next, cut);
    // A related link that takes its whole line opens a widget: more headlines may follow it.
    if (line.rest && cutRelatedLinks(d, line, cut)) widget = true;
  });
  const bodyLines = lines.filter((l) => d.storyStart === null || l.start >= d.storyStart).length;
  if (shaped.length < SHAPED_LINES_MIN || shaped.length < bodyLines * SHAPED_LINES_SHARE) {
    for (const { line, rule } of shaped) {
      cut(rule, line.start, line.end, rule);
      line.rest = null;
    }
  }
  cutPageTail(d, lines, cut);
  cutEndLines(d, lines, cut);
  cutHeadlineBeforeTrailers(d, lines, cut);

  d.removed.push(...cuts);
  d.blocks = remainingBlocks(d, cuts);
  creditInlineReports(d);
}

const WIDGET_ITEM = { kind: 'related-link', rule: 'related-widget' } as const;
const DOUBLED_LINE = { kind: 'caption', rule: 'doubled-line' } as const;
const CAPTION_PASTED_TWICE = { kind: 'caption', rule: 'caption-pasted-twice' } as const;
/** Fewest words of a line printed twice in a row to count as a picture's title or caption. */
const DOUBLED_MIN_WORDS = 4;

/**
 * A line printed twice in a row that ends as no sentence does: a picture's title or caption
 * the scraper took twice ("Council clears the budget after long debate", twice). A sentence
 * of the story repeated is left to the repeats stage.
 */
function isDoubledLine(d: Draft, line: Line, twin: Line | undefined): boolean {
  if (!twin?.rest || !line.rest || line.rest.start !== line.start || line.rest.end !== line.end) return false;
  if (twin.end - twin.start !== line.end - line.start) return false;
  const text = d.text.slice(line.start, line.end);
  if (text !== d.text.slice(twin.start, twin.end) || ENDS_AS_SENTENCE.test(text)) return false;
  return countWords(text) >= DOUBLED_MIN_WORDS;
}

/** A caption pasted twice, first without its credit: the line above the cut caption that it begins with. */
function cutCaptionPastedBefore(d: Draft, lines: Line[], i: number, cut: CutFn): void {
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
function isWidgetItem(text: string): boolean {
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
function cutHeadlineBeforeTrailers(d: Draft, lines: Line[], cut: CutFn): void {
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

/** "..., PTI reported.": the copy credits its agency inline. */
const INLINE_REPORT = new RegExp(String.raw`,\s+(?:the\s+)?(?:news\s+)?(?:agency\s+)?(${AGENCY_SPELLINGS})\s+reported[.,]`, 'gu');

function creditInlineReports(d: Draft): void {
  for (const b of d.blocks) {
    const text = d.text.slice(b.start, b.end);
    if (!text.includes(' reported')) continue;
    INLINE_REPORT.lastIndex = 0;
    for (let m = INLINE_REPORT.exec(text); m !== null; m = INLINE_REPORT.exec(text)) {
      const agency = canonicalAgency(m[1] as string);
      if (agency) d.credits.push({ agency, at: b.start + m.index });
    }
  }
}

/**
 * A line above the story taken for its headline may be page furniture ("Updated: Mar 4, 2024
 * 11:02 IST", "ADVERTISEMENT"): then it is cut like any other line and there is no headline.
 */
function dropFalseHeadline(d: Draft, cuts: RemovedDraft[]): void {
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
function cutAboveStory(d: Draft, lines: Line[], cuts: RemovedDraft[]): void {
  const storyStart = d.storyStart;
  if (storyStart === null) return;
  for (const line of lines) {
    if (line.end > storyStart) return;
    const rule = LINE_MATCH.find(d.text.slice(line.start, line.end));
    const cut = rule ? { kind: rule.kind, rule: rule.rule } : ABOVE_DATELINE;
    cuts.push({ kind: cut.kind, rule: cut.rule, start: line.start, end: line.end });
    if (rule?.credits) creditAgenciesIn(d, line.start, line.end);
    line.rest = null;
    d.trace?.(
      `boilerplate: ${cut.rule} (above the dateline) ${JSON.stringify(d.text.slice(line.start, Math.min(line.end, line.start + 60)))}`,
    );
  }
}
const ABOVE_DATELINE = { kind: 'standfirst', rule: 'above-dateline' } as const;

/** Every line of every paragraph, trimmed, in order. */
function linesOf(d: Draft): Line[] {
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
function adjacentLine(d: Draft, lines: Line[], i: number): Line | null {
  const line = lines[i] as Line;
  const next = lines[i + 1];
  if (!next?.rest || next.rest.start !== next.start) return null;
  const between = d.text.slice(line.end, next.start);
  return /^[^\S\n]*\n?[^\S\n]*$/.test(between) ? next : null;
}

/** The line rules, each tried only when its cheap hint passes, and the subsets of them the stage searches. */
const LINE_MATCH = new FirstMatch(LINE_RULES);
const joins = (r: BoilerplateRule) => r.joins === true;
/** What a line taken for the headline may be instead: not a byline, nor a line that is furniture only inside a story. */
const notHeadline = (r: BoilerplateRule) => r.kind !== 'byline' && r.bodyOnly !== true;
const isTail = (r: BoilerplateRule) => r.tail === true;
const isJoiningTail = (r: BoilerplateRule) => r.tail === true && r.joins === true;

/** A rule matching the whole line, or the line and the next one together. */
function matchWhole(d: Draft, line: Line, next: Line | null): { rule: BoilerplateRule; end: number } | null {
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

type CutFn = (c: Omit<RemovedDraft, 'start' | 'end'>, start: number, end: number, rule?: BoilerplateRule) => void;

/** Cuts tails from the end of a line, one at a time, while one is there. */
function cutTails(d: Draft, line: Line, next: Line | null, cut: CutFn): void {
  for (let n = 0; n < MAX_TAIL_CUTS && line.rest; n++) {
    const rest: Block = line.rest;
    const found = findTail(d, rest, n === 0 ? next : null);
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

/** Related-story links in a line: the label and the headline after it. True when they took the whole line. */
function cutRelatedLinks(d: Draft, line: Line, cut: CutFn): boolean {
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
  const words = text.slice(first.start, first.end).split(/\s+/);
  if (words.length > HEADLINE_MAX_WORDS) return null;
  const resumes = proseBreak(text, first.start, first.end);
  if (resumes !== null) return resumes;
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
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const word = m[0];
    if (prev && count >= HEADLINE_MIN_WORDS && PROSE_OPENERS.has(word) && /^\p{Ll}[\p{L}\p{N}'’-]*$/u.test(prev.word)) {
      if (!SMALL_WORDS.has(prev.word)) return prev.end;
    }
    prev = { end: m.index + word.length, word };
    count++;
  }
  return null;
}

/**
 * A flattened page's tail (PAGE_TAIL) in the second half of the story: cut from there to the
 * end of the text, what is left of its line and every line after it. Only in a story that was
 * flattened (its paragraphs inferred): elsewhere the tail's items are lines of their own.
 */
function cutPageTail(d: Draft, lines: Line[], cut: CutFn): void {
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
function cutEndLines(d: Draft, lines: Line[], cut: CutFn): void {
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

/** The paragraphs with every cut taken out; a cut inside a paragraph splits it. */
function remainingBlocks(d: Draft, cuts: RemovedDraft[]): Block[] {
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

function creditAgenciesIn(d: Draft, start: number, end: number): void {
  const text = d.text.slice(start, end);
  for (const m of text.matchAll(AGENCY_IN_NOTICE)) {
    const agency = canonicalAgency(m[0]);
    if (agency) d.credits.push({ agency, at: start + (m.index ?? 0) });
  }
}
