// Stage: the lines above the story. A feed header ("date 2020-08-17", glued or on its own
// line), a headline line, and a byline between the headline and the dateline.
// It does not look past the first few lines: a story's own lines are never a header.

import { isIsoDate } from '../text/dates.js';
import { datelineAt, startsWithDateline } from './dateline.js';
import { type Block, blockText, type Draft, trimSpan } from './draft.js';

/** "date 2020-08-17" or "Date: 2020-08-17" at the very start of the text. */
const HEADER_DATE = /^date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?)?/i;
const HEADER_DATE_GROUP = 1;

/** Most a headline runs to. Longer first lines are a lede, not a headline. */
const HEADLINE_MAX_WORDS = 30;
/** Share of long words capitalised for a line to read as Title Case. */
const TITLE_CASE_SHARE = 0.6;
/** "By Jane Doe" or a bare name line of two to four capitalised words. */
const BYLINE = /^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const EXPLICIT_BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){1,5}$/u;

/** Cuts a leading `date YYYY-MM-DD` header and keeps its date as a fallback story date. */
export function findHeader(d: Draft): void {
  const first = d.blocks[0];
  if (!first) return;
  const m = HEADER_DATE.exec(blockText(d, first));
  if (!m || !isIsoDate(m[HEADER_DATE_GROUP] as string)) return;
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

/** A first line in headline case, not itself a dateline, with the story below it. */
export function findHeadline(d: Draft): void {
  const first = d.blocks[0];
  if (!first || d.blocks.length < 2) return;
  const line = blockText(d, first);
  const words = line.split(/\s+/).length;
  const next = blockText(d, d.blocks[1] as Block);
  // A line that itself opens like a dateline is one, unless a stronger dateline follows it
  // ("IPO FILING -- Homegate Inc." above "WASHINGTON 1996-08-30").
  const own = datelineAt(line);
  if (words > HEADLINE_MAX_WORDS || own === 'strong' || (own === 'weak' && datelineAt(next) !== 'strong')) return;
  // Any case goes when a dateline follows (directly or after a byline): the line above a
  // dateline is the headline. Otherwise only headline case says so.
  const third = d.blocks[2];
  const datelineBelow = startsWithDateline(next) || (BYLINE.test(next) && third !== undefined && startsWithDateline(blockText(d, third)));
  if (!datelineBelow && !isHeadlineCase(line)) return;
  // A one-sentence paragraph in sentence case ending in a period is the lede, not a headline;
  // headline case decides, and feeds' headlines sometimes end with a period.
  d.headline = first;
  d.blocks.shift();
  d.trace?.(`headline: ${JSON.stringify(line)}`);
  findByline(d);
}

/** A name line between the headline and a dateline, or an explicit "By ..." line. */
function findByline(d: Draft): void {
  const first = d.blocks[0];
  const next = d.blocks[1];
  if (!first) return;
  const line = blockText(d, first);
  const bare = BYLINE.test(line) && next !== undefined && startsWithDateline(blockText(d, next));
  if (!bare && !EXPLICIT_BYLINE.test(line)) return;
  d.removed.push({ kind: 'byline', rule: bare ? 'name-line-before-dateline' : 'by-line', start: first.start, end: first.end });
  d.blocks.shift();
}
