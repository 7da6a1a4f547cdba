// Calendar dates as datelines write them: "Aug 17", "Jan. 10", "March 3, 2021", "17 August",
// "1996-08-30". Only what datelines use; free-text dates ("last Tuesday") are not parsed.

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

/** A month name or abbreviation, with an optional period: for composing patterns. */
export const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "Aug 17", "Aug. 17, 2020", "17 August", "17 Aug 2020", "1996-08-30". */
export const CALENDAR_DATE = String.raw`(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_FIRST = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?(?:,?\s+(\d{4}))?$/;

export interface ParsedDate {
  iso: string;
  /** The year was not written; it came from the reference date. */
  yearImplied: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True when y-m-d is a real calendar day. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** True for a well-formed, real YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Parses a dateline date. Without a written year, the year is the reference date's, moved back
 * a year when that would put the story more than a month after the reference (a "Dec 31" story
 * read on Jan 2). Null when the date is not real or has no year to be had.
 */
export function parseCalendarDate(s: string, reference: string | null): ParsedDate | null {
  const text = s.trim();
  const iso = ISO.exec(text);
  if (iso) return isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? { iso: text, yearImplied: false } : null;
  let monthWord: string | undefined;
  let dayText: string | undefined;
  let yearText: string | undefined;
  const mf = MONTH_FIRST.exec(text);
  const df = mf ? null : DAY_FIRST.exec(text);
  if (mf) [, monthWord, dayText, yearText] = mf;
  else if (df) [, dayText, monthWord, yearText] = df;
  else return null;
  const month = MONTHS.get((monthWord ?? '').toLowerCase());
  const day = Number(dayText);
  if (!month) return null;
  let year: number;
  let yearImplied = false;
  if (yearText) year = Number(yearText);
  else {
    if (!reference || !isIsoDate(reference)) return null;
    const [ry, rm] = reference.split('-').map(Number) as [number, number];
    year = month > rm + 1 ? ry - 1 : ry;
    yearImplied = true;
  }
  if (!isRealDate(year, month, day)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, yearImplied };
}

/** Month abbreviations as RFC 822 writes them, and full names. */
const RFC_822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?![\d-])/;
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T\d|$)/;
/** Seconds (10 digits) or milliseconds (13 digits) since 1970: what some news APIs send. */
const EPOCH = /^\d{10}(?:\d{3})?$/;

/**
 * The calendar day of a timestamp as feeds and news APIs write it, or null:
 * ISO 8601 ("2024-09-19T01:10:00+09:00", "20240919"), RFC 822 ("Thu, 19 Sep 2024 01:10:00 +0900",
 * "19 Sep 2024"), or seconds or milliseconds since 1970 (a number or digits).
 * A written date is taken as written (the day where the story was published, not in UTC);
 * an epoch count has no place, so its day is the UTC one.
 */
export function parseTimestamp(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? epochDay(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (EPOCH.test(text)) return epochDay(Number(text));
  const iso = ISO_PREFIX.exec(text) ?? ISO_BASIC.exec(text);
  if (iso) return realIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const month = MONTHS.get((rfc[2] as string).toLowerCase());
    const yy = Number(rfc[3]);
    // RFC 822's two-digit years: 70-99 are 19xx, the rest 20xx (as RFC 2822 reads them).
    const year = (rfc[3] as string).length === 2 ? (yy >= 70 ? 1900 + yy : 2000 + yy) : yy;
    return month ? realIso(year, month, Number(rfc[1])) : null;
  }
  return null;
}

function realIso(y: number, m: number, d: number): string | null {
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function epochDay(n: number): string | null {
  // Ten digits or fewer are seconds; more are milliseconds.
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  const t = new Date(ms);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().slice(0, 10);
}
