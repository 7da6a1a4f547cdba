// Stage: the lines above the story. A feed header ("date 2020-08-17", glued or on its own
// line), a headline line, and a byline between the headline and the dateline.
// It does not look past the first few lines: a story's own lines are never a header. When the
// dateline stands lower down, the headline is the first line above it, and the rest above it
// is left to the boilerplate stage.

import { LINE_RULES } from '../data/boilerplate/index.js';
import { CALENDAR_DATE, isIsoDate, parseCalendarDate } from '../text/dates.js';
import { datelineAt } from './dateline.js';
import { type Block, blockText, type Draft, trimSpan } from './draft.js';

/** "date 2020-08-17" or "Date: 2020-08-17" at the very start of the text. */
const HEADER_DATE = /^date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?)?/i;
const HEADER_DATE_GROUP = 1;

/** A line that is only an ISO 8601 time stamp: "2014-03-10T08:15:00", "2014-03-10 08:15:00Z". */
const TIMESTAMP_LINE = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** How many lines from the top a time stamp line may stand. */
const TIMESTAMP_LINES = 4;

function findHeaderTimestamp(d: Draft): void {
  for (let i = 0; i < Math.min(TIMESTAMP_LINES, d.blocks.length); i++) {
    const b = d.blocks[i] as Block;
    const m = TIMESTAMP_LINE.exec(blockText(d, b));
    if (!m || !isIsoDate(m[1] as string)) continue;
    d.headerDate = m[1] as string;
    d.removed.push({ kind: 'header', rule: 'header-timestamp', start: b.start, end: b.end });
    d.blocks.splice(i, 1);
    d.trace?.(`header: time stamp ${d.headerDate}`);
    return;
  }
}

/** The page's stamps ("Updated 4:05 PM EET, March 12, 2024"): the boilerplate rules of kind timestamp. */
const STAMP_RULES = LINE_RULES.filter((r) => r.kind === 'timestamp');
/** A date with its year in a stamp: "March 12, 2024", "12 Mar 2024", "2024-03-12". */
const DATE_WITH_YEAR = new RegExp(String.raw`(?:${CALENDAR_DATE})(?<=\d{4})`, 'i');
/** A d/m/y or m/d/y date; only read when the day tells which (over 12): "22/03/2024". */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** What both date shapes above hold. */
const YEAR = /\d{4}/;
/** How many lines from the top a page's stamp may stand to date the story. */
const STAMP_LINES = 8;

/**
 * A page's time stamp among the first lines, when nothing else dates the story: its date, as
 * written, is the header date (the fallback story date, and the year of a dateline without
 * one). The line itself is left for the boilerplate stage to cut.
 */
function findPageStampDate(d: Draft): void {
  for (let i = 0; i < Math.min(STAMP_LINES, d.blocks.length); i++) {
    const line = blockText(d, d.blocks[i] as Block);
    // A stamp dates the story only with a year in it: no other line is tried against the rules.
    if (line.length > 160 || !YEAR.test(line) || !STAMP_RULES.some((r) => r.pattern.test(line))) continue;
    const date = stampDate(line);
    if (date === null) continue;
    d.headerDate = date;
    d.trace?.(`header: page stamp ${date}`);
    return;
  }
}

function stampDate(line: string): string | null {
  const written = DATE_WITH_YEAR.exec(line);
  if (written) return parseCalendarDate(written[0].replace(/,\s*/, ', '), null)?.iso ?? null;
  const numeric = NUMERIC_DATE.exec(line);
  if (!numeric) return null;
  const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3] as string];
  const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Most a headline runs to. Longer first lines are a lede, not a headline. */
const HEADLINE_MAX_WORDS = 30;
/** Fewest words of a headline above a dateline: one or two are a section kicker ("GENERAL"). */
const HEADLINE_MIN_WORDS = 3;
/** A sentence this long ending in a full stop is a standfirst, not a headline. */
const STANDFIRST_MIN_WORDS = 15;
/** Share of long words capitalised for a line to read as Title Case. */
const TITLE_CASE_SHARE = 0.6;
/** "By Jane Doe" or a bare name line of two to four capitalised words. */
const BYLINE = /^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const EXPLICIT_BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){1,5}$/u;
/** A byline that says so: "Written By: Jane Roe", "Reported by Jane Roe". */
const WRITTEN_BY = /^(?:Written|Edited|Reported|Compiled)\s+[Bb]y\b/;

/**
 * Cuts a leading `date YYYY-MM-DD` header, or a record's own time stamp on a line of its own
 * among the first lines (an SGML wire archive's <DATE_TIME>2014-03-10T08:15:00</DATE_TIME>),
 * and keeps its date as a fallback story date.
 */
export function findHeader(d: Draft): void {
  const first = d.blocks[0];
  if (!first) return;
  const m = HEADER_DATE.exec(blockText(d, first));
  if (!m || !isIsoDate(m[HEADER_DATE_GROUP] as string)) {
    findHeaderTimestamp(d);
    if (d.headerDate === null && !d.options.date) findPageStampDate(d);
    return;
  }
  d.headerDate = m[HEADER_DATE_GROUP] as string;
  d.removed.push({ kind: 'header', rule: 'header-date', ...trimSpan(d.text, first.start, first.start + m[0].length) });
  const rest = trimSpan(d.text, first.start + m[0].length, first.end);
  if (rest.end > rest.start) d.blocks[0] = rest;
  else d.blocks.shift();
  d.trace?.(`header: date ${d.headerDate}`);
}

function isHeadlineCase(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper / letters.length > 0.8) return true;
  const long = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length === 0) return false;
  const capped = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capped / long.length >= TITLE_CASE_SHARE;
}

/**
 * The headline: above a dateline that stands below the first line, that first line (in any
 * case, unless it is a kicker or a standfirst); in a story with no dateline, a first line in
 * headline case with the story below it. None when the dateline opens the text.
 */
export function findHeadline(d: Draft): void {
  const first = d.blocks[0];
  if (!first) return;
  const line = blockText(d, first);
  const words = line.split(/\s+/).length;
  // "Written By: Jane Roe" opening a page is its byline, left to the boilerplate stage. ("By
  // Jane Roe" may be too, but "By Election Results Due" is a headline: that one is not decided here.)
  if (words > HEADLINE_MAX_WORDS || WRITTEN_BY.test(line)) return;
  if (d.dateline) {
    if (d.storyStart === null || first.end > d.storyStart) return;
    // The furniture before a dateline inside a flattened line is not a headline.
    if (!d.text.slice(first.end, d.storyStart).includes('\n')) return;
    const standfirst = words >= STANDFIRST_MIN_WORDS && /[.!?]["”’]?$/u.test(line) && !isHeadlineCase(line);
    if (words < HEADLINE_MIN_WORDS || standfirst) return;
  } else {
    if (d.blocks.length < 2 || datelineAt(line) !== null || !isHeadlineCase(line)) return;
  }
  // A one-sentence paragraph in sentence case ending in a period is the lede, not a headline;
  // headline case decides, and feeds' headlines sometimes end with a period.
  d.headline = first;
  d.blocks.shift();
  d.trace?.(`headline: ${JSON.stringify(line)}`);
  findByline(d);
}

/** A name line between the headline and the dateline, or an explicit "By ..." line. */
function findByline(d: Draft): void {
  const first = d.blocks[0];
  const next = d.blocks[1];
  if (!first) return;
  const line = blockText(d, first);
  const aboveDateline = d.storyStart !== null && first.end <= d.storyStart && (next === undefined || next.start >= d.storyStart);
  const bare = BYLINE.test(line) && aboveDateline;
  if (!bare && !EXPLICIT_BYLINE.test(line)) return;
  d.removed.push({ kind: 'byline', rule: bare ? 'name-line-before-dateline' : 'by-line', start: first.start, end: first.end });
  d.blocks.shift();
}
