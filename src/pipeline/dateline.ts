// Stage: the dateline where the story starts ("Minsk, Aug 17 (AP)", "NEW DELHI, Jan 5 (PTI)",
// "Mumbai (Maharashtra) [India], March 3 (ANI):", "WASHINGTON (Reuters) -", "LONDON 1996-08-30",
// "Mumbai:", "(Reuters) -"). Patterns are tried in order at the start of a line; the first that
// matches wins. The story may start below a headline, byline, timestamp, caption or standfirst
// (a page copied as text), so the top of the text is searched, line by line: a dateline with an
// agency tag or a date anywhere in the first lines, a bare place ("KABUL —", "Mumbai:") only
// under a few short lines, and below the first line only a known place. In a story flattened
// onto one line, a dateline with an agency tag may follow the furniture on that line
// ("... By Jane Doe June 28 (Reuters) - U.S. stocks").
// Everything above the dateline is left for the boilerplate stage to cut (`storyStart`).
// It never invents one, and never takes one from the middle of a story: a first sentence that
// starts with a city is not a dateline unless it has an agency tag or a date, stands on its own
// line, or is a known place followed by a colon.

import { AGENCY_SPELLINGS, canonicalAgency, DATELINE_OUTLET_TAGS } from '../data/agencies.js';
import { isKnownPlace, PLACE_NAMES_THAT_ARE_WORDS } from '../data/places.js';
import { CALENDAR_DATE, parseCalendarDate } from '../text/dates.js';
import { type Block, type Draft, trimSpan } from './draft.js';

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PLACE_PARTICLE = String.raw`(?:de|del|da|do|dos|la|le|of|al|el|es|sur|upon|am|an|on|en)`;
/** One place or two with one dateline ("LONDON/SINGAPORE"). */
const PLACE = String.raw`(?<place>${PLACE_WORD}(?: (?:${PLACE_PARTICLE} )?${PLACE_WORD}){0,3}(?:\/${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?)`;
const REGION = String.raw`(?:, (?<region>${PLACE_WORD}(?: ${PLACE_WORD}){0,2}))`;
const STATE = String.raw`(?: ?\((?<state>\p{Lu}[^()\n]{1,30})\))`;
const COUNTRY = String.raw`(?: ?\[(?<country>\p{Lu}[^[\]\n]{0,30})\])`;
const DATE = String.raw`(?<date>${CALENDAR_DATE})`;
const TAG = `${AGENCY_SPELLINGS}|${DATELINE_OUTLET_TAGS.join('|')}`;
/** "(AP)", "[PTI]", after one space or a scraper's doubled ones ("GAUHATI, India  (AP)"). */
const AGENCY = String.raw`(?: *[([](?<agency>${TAG})[)\]])`;
/** "-", "—", ":", "•", or two dashes a feed doubled ("PARIS (AFP) - –"); may be absent. */
const SEPARATOR = String.raw`(?<sep> *(?:(?:[-–—]{1,2}|:|•)(?: *[-–—](?= ))?)? *)`;
/** The same, present: a dateline found inside a line must be closed by one. */
const CLOSING_SEPARATOR = String.raw`(?<sep> *(?:[-–—]{1,2}|:)(?: *[-–—](?= ))? *)`;
/** A place written in capitals, as datelines without an agency write it: "NEW DELHI", "ST. LOUIS". */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.\-]*\p{Lu}\.?`;
const CAPS_PLACE = String.raw`(?<place>${CAPS_WORD}(?: (?:DE |DEL |DA |DO |LA |LE |OF |AL |EL )?${CAPS_WORD}){0,3})`;
/** What follows a dateline: the story's first word or an opening quote mark. */
const STORY_STARTS = String.raw`(?=["“‘'(]?\p{Lu})`;

interface DatelinePattern {
  rule: string;
  pattern: RegExp;
  /** The pattern must match the whole paragraph (a dateline on its own line). */
  wholeLine: boolean;
}

/** In order of trust. */
const PATTERNS: readonly DatelinePattern[] = [
  {
    // AP, PTI, ANI, IANS, AFP, Reuters with a place: "Minsk, Aug 17 (AP)", "LONDON (Reuters) -"
    rule: 'place-agency',
    pattern: new RegExp(String.raw`^${PLACE}${REGION}?${STATE}?${COUNTRY}?(?:,? ${DATE})?${AGENCY}${SEPARATOR}`, 'u'),
    wholeLine: false,
  },
  {
    // Reuters and Xinhua without a place: "Aug 17 (Reuters) -"
    rule: 'date-agency',
    pattern: new RegExp(String.raw`^${DATE}${AGENCY}${SEPARATOR}`, 'u'),
    wholeLine: false,
  },
  {
    // An agency tag alone: "(Reuters) -", "(CNN) --"
    rule: 'agency-only',
    pattern: new RegExp(String.raw`^[([](?<agency>${TAG})[)\]]${CLOSING_SEPARATOR}${STORY_STARTS}`, 'u'),
    wholeLine: false,
  },
  {
    // CoNLL and older wire style, alone on its line: "LONDON 1996-08-30", "NICE, France 1996-08-30"
    rule: 'place-iso-date-line',
    pattern: new RegExp(String.raw`^${PLACE}${REGION}? (?<date>\d{4}-\d{2}-\d{2})$`, 'u'),
    wholeLine: true,
  },
  {
    // Outlet style with a date and a colon or dash: "New Delhi, July 16:", "Pune, Jan 3 -"
    rule: 'place-date-colon',
    pattern: new RegExp(String.raw`^${PLACE}${REGION}?${STATE}?${COUNTRY}?,? ${DATE}(?<sep>(?: *[:—–]| +-{1,2}) *)${STORY_STARTS}`, 'u'),
    wholeLine: false,
  },
  {
    // ANI copy that lost its date and tag: "New Delhi [India], : The ..."; the bracketed country vouches.
    rule: 'place-country-colon',
    pattern: new RegExp(String.raw`^${PLACE}${STATE}?${COUNTRY}(?<sep>,? *[:—–-] *)${STORY_STARTS}`, 'u'),
    wholeLine: false,
  },
  {
    // AP copy with its agency tag stripped: "KABUL, Afghanistan — Gunmen ..."; capitals only.
    rule: 'caps-place-dash',
    pattern: new RegExp(String.raw`^${CAPS_PLACE}${REGION}?(?<sep> *(?:—|–|--) *)${STORY_STARTS}`, 'u'),
    wholeLine: false,
  },
  {
    // Outlet style with no date or agency: "CHENNAI: The ...", "NEW DELHI • The ..."; capitals only.
    rule: 'caps-place-colon',
    pattern: new RegExp(String.raw`^${CAPS_PLACE}${REGION}?(?<sep> *[:•] *)${STORY_STARTS}`, 'u'),
    wholeLine: false,
  },
  {
    // Outlet style in mixed case: "Mumbai: In a possible ...", "New York: President-elect ...";
    // only a known place (a country, capital or city), so that "Note:" or "Watch:" is not one.
    rule: 'place-colon',
    pattern: new RegExp(String.raw`^${PLACE}${REGION}?(?<sep> *: *)${STORY_STARTS}`, 'u'),
    wholeLine: false,
  },
];

/** Patterns that vouch for a dateline only at the top of a story: a bare place, no agency or date. */
const WEAK_RULES: ReadonlySet<string> = new Set(['caps-place-dash', 'caps-place-colon', 'place-colon']);
/** Patterns a dateline inside a flattened line may have: an agency tag is what finds it there. */
const INLINE_RULES: ReadonlySet<string> = new Set(['place-agency', 'date-agency', 'agency-only']);

/** How far down a dateline is looked for: a page's headline, byline, timestamps and captions fit. */
const TOP_LINES = 12;
const TOP_CHARS = 2000;
/** A bare place ("KABUL —") is a dateline only under this many lines (a headline, a kicker, a standfirst). */
const WEAK_MAX_LINES_ABOVE = 3;
/**
 * Most lines of prose (a long sentence ending in a full stop) above a dateline with a tag or
 * date: a standfirst or a caption may stand there, paragraphs of a story may not. Above a bare
 * place, at most one line may end as a sentence does (a headline, byline or timestamp does not).
 */
const MAX_PROSE_ABOVE_STRONG = 2;
const MAX_SENTENCES_ABOVE_WEAK = 1;
const PROSE_MIN_WORDS = 15;
const ENDS_AS_SENTENCE = /[.!?]["”’]?$/u;
/** How far into a flattened first line a dateline with an agency tag is looked for. */
const INLINE_WINDOW = 700;
/** How far before an agency tag the dateline that holds it may start. */
const INLINE_LOOKBACK = 60;
const INLINE_TAG = new RegExp(String.raw`[([](?:${AGENCY_SPELLINGS})[)\]]`, 'gu');
/** Where a word starts: after a space, or right after a sentence glued to it ("... agency PTI.New Delhi"). */
const WORD_START = /(?<=^|\s|[.!?]["”’]?)\S/gu;

/** Capitalised labels that open a line with a colon or dash but are not places. */
const NOT_PLACE_LABELS = new Set(
  "BREAKING|BREAKING NEWS|UPDATE|UPDATED|EXCLUSIVE|WATCH|NOTE|EDITORS|EDITOR’S NOTE|EDITOR'S NOTE|PHOTO|PHOTOS|VIDEO|ALERT|FLASH|URGENT|ANALYSIS|OPINION|CORRECTION|CLARIFICATION|ADVISORY|LIVE|LIVE UPDATES|REPORT|FACT CHECK|EXPLAINED|EXPLAINER|READ|READ MORE|ALSO READ|ALSO WATCH|WARNING|SPOILER|FILE|EDITORIAL|COMMENT|INTERVIEW|REVIEW|Q|A|FAQ|TOP STORIES|HIGHLIGHTS|KEY POINTS|TAKEAWAYS|WHAT NEXT|WHY IT MATTERS|THE BIG PICTURE|SOURCE|SOURCES|UPDATE 1|UPDATE 2|UPDATE 3|RPT|CORRECTED|REFILE|INSIGHT|FACTBOX|TIMELINE|QUOTES|SNAP|WRAPUP|PREVIEW|DEALTALK|BUZZ|POLL|ELECTION|RESULTS|DISCLAIMER|SPONSORED|ADVERTISEMENT".split(
    '|',
  ),
);

/** Words that look like a place at the start of a line but are not one. */
const NOT_PLACES = new Set([
  'The',
  'On',
  'In',
  'At',
  'By',
  'From',
  'Since',
  'Until',
  'Today',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Updated',
  'Posted',
  'Published',
]);

const LOWER_PARTICLES = new RegExp(String.raw`^${PLACE_PARTICLE}$`, 'i');

/** "NEW DELHI" -> "New Delhi", "RIO DE JANEIRO" -> "Rio de Janeiro"; mixed case is kept. */
export function titleCasePlace(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  return s
    .split(' ')
    .map((w, i) => {
      if (i > 0 && LOWER_PARTICLES.test(w)) return w.toLowerCase();
      if (/^(?:\p{Lu}\.)+$/u.test(w) || w.length <= 2) return w; // "U.S.", "N.H.", "UK"
      return w.toLowerCase().replace(/(^|[-'’./])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

interface DatelineMatch {
  rule: string;
  length: number;
  textLength: number;
  groups: Record<string, string | undefined>;
}

function matchDateline(line: string): DatelineMatch | null {
  for (const p of PATTERNS) {
    const m = p.pattern.exec(line);
    if (!m) continue;
    const g = m.groups ?? {};
    // "The" or a weekday opens sentences, not places, unless an agency tag vouches for it ("The Hague (AFP)").
    if (g.place && !g.agency && (NOT_PLACES.has(g.place.split(' ')[0] as string) || NOT_PLACE_LABELS.has(g.place))) continue;
    // A slug is not a place: "US-CHINA TALKS: ..." (Arabic "AL-" places keep their hyphen).
    if (p.rule === 'caps-place-colon' && /(?<!^(?:AL|EL))-/u.test(g.place ?? '')) continue;
    // After a capitals-only dateline comes story text, not more capitals (a headline's "SOCCER -- ...").
    if (p.rule.startsWith('caps-') && !/\p{Ll}/u.test(line.slice(m[0].length, m[0].length + 40))) continue;
    if (p.rule === 'place-colon' && !isPlaceName(g.place ?? '')) continue;
    const sep = g.sep ?? '';
    return { rule: p.rule, length: m[0].length, textLength: m[0].length - sep.length, groups: g };
  }
  return null;
}

/** A known place that is not also a word opening a line ("Police:"). */
function isPlaceName(place: string): boolean {
  return isKnownPlace(place) && !PLACE_NAMES_THAT_ARE_WORDS.has(place) && !NOT_PLACES.has(place);
}

/**
 * Whether a line opens with a dateline: 'strong' when it has an agency tag, a date or a
 * bracketed country, 'weak' for a bare place ("KABUL —", "CHENNAI:", "Mumbai:").
 */
export function datelineAt(line: string): 'strong' | 'weak' | null {
  const m = matchDateline(line);
  if (!m) return null;
  return WEAK_RULES.has(m.rule) ? 'weak' : 'strong';
}

export const startsWithDateline = (line: string): boolean => datelineAt(line) !== null;

/** A dateline found: where its line (or, inside a flattened line, the dateline itself) starts. */
interface Found {
  start: number;
  match: DatelineMatch;
}

/** Below the first line, a bare place must be a known one ("LVIV, Ukraine —", not "ISSUER:"). */
const knownPlace = (m: DatelineMatch): boolean => m.groups.place !== undefined && isPlaceName(titleCasePlace(m.groups.place));

/** A line ending as a sentence does, and long: story text, a standfirst or a caption. */
function isProse(line: string): boolean {
  let words = 1;
  for (let i = line.indexOf(' '); i >= 0 && words < PROSE_MIN_WORDS; i = line.indexOf(' ', i + 1)) words++;
  return words >= PROSE_MIN_WORDS;
}

/**
 * The dateline at the top of the story: on the first line, or lower under the page's
 * furniture (see the header comment for how far and under what).
 */
function scanTop(d: Draft): Found | null {
  const top = d.blocks[0]?.start ?? 0;
  let above = 0;
  let prose = 0;
  let sentences = 0;
  let weakFirst: Found | null = null;
  for (const b of d.blocks) {
    for (let from = b.start; from < b.end; ) {
      let end = d.text.indexOf('\n', from);
      if (end < 0 || end > b.end) end = b.end;
      const span = trimSpan(d.text, from, end);
      from = end + 1;
      if (span.end <= span.start) continue;
      if (above >= TOP_LINES || span.start - top > TOP_CHARS) return weakFirst;
      const line = d.text.slice(span.start, span.end);
      const m = matchDateline(line);
      if (m) {
        const found = { start: span.start, match: m };
        const weak = WEAK_RULES.has(m.rule);
        if (above === 0 && !weak) return found;
        if (above === 0) weakFirst = found;
        else if (!weak && prose <= MAX_PROSE_ABOVE_STRONG) return found;
        else if (weak && !weakFirst && above <= WEAK_MAX_LINES_ABOVE && sentences <= MAX_SENTENCES_ABOVE_WEAK && knownPlace(m))
          return found;
      }
      // A bare place on the first line yields only to a dateline with a tag or date on the next
      // ("IPO FILING -- Homegate Inc." above "WASHINGTON 1996-08-30").
      if (weakFirst && above >= 1) return weakFirst;
      if (above === 0 && !m) {
        const inline = findInline(line, span.start);
        if (inline) return inline;
      }
      if (ENDS_AS_SENTENCE.test(line)) {
        sentences++;
        if (isProse(line)) prose++;
      }
      above++;
    }
  }
  return weakFirst;
}

/**
 * A dateline with an agency tag inside a flattened first line, after the furniture on it:
 * "* Indexes up ... (Updates to early afternoon) By Jane Doe June 28 (Reuters) - U.S. stocks",
 * "... reported the news agency PTI.New Delhi, Jan 5 (PTI) TRAI will". It is closed by a dash or
 * colon, or opens right after a sentence. Of the starts that give a dateline ending at the tag,
 * the earliest whose place is a known place wins ("NEW DELHI", not "DELHI"; "KABUL", not "AM ET
 * KABUL"); else the earliest written in capitals; else the one with no place ("June 28 (Reuters) -").
 */
function findInline(line: string, lineStart: number): Found | null {
  const window = line.slice(0, INLINE_WINDOW);
  INLINE_TAG.lastIndex = 0;
  for (let tag = INLINE_TAG.exec(window); tag !== null; tag = INLINE_TAG.exec(window)) {
    const tagEnd = tag.index + tag[0].length;
    let capitals: Found | null = null;
    let placeless: Found | null = null;
    WORD_START.lastIndex = Math.max(0, tag.index - INLINE_LOOKBACK);
    for (let w = WORD_START.exec(window); w !== null && w.index <= tag.index; w = WORD_START.exec(window)) {
      if (w.index === 0) continue; // the line's own start was tried as a whole
      const m = matchDateline(line.slice(w.index));
      if (!m || !INLINE_RULES.has(m.rule) || m.textLength !== tagEnd - w.index) continue;
      const afterSentence = /[.!?]["”’]?\s?$/u.test(window.slice(Math.max(0, w.index - 3), w.index));
      if (!afterSentence && !/[-–—:]/.test(m.groups.sep ?? '')) continue;
      const found = { start: lineStart + w.index, match: m };
      const place = m.groups.place;
      if (place === undefined) placeless ??= found;
      else if (isPlaceName(titleCasePlace(place))) return found;
      else if (!/\p{Ll}/u.test(place)) capitals ??= found;
    }
    if (capitals ?? placeless) return capitals ?? placeless;
  }
  return null;
}

/**
 * Finds the dateline where the story starts and cuts it from the body. What stands above it
 * stays as blocks, before `storyStart`, for the headline and boilerplate stages.
 */
export function findDateline(d: Draft): void {
  const found = scanTop(d);
  if (!found) {
    d.trace?.('dateline: none');
    return;
  }
  const m = found.match;
  const g = m.groups;
  const reference = d.options.date ?? d.headerDate;
  const parsed = g.date ? parseCalendarDate(g.date, reference) : null;
  if (g.date && !parsed) {
    d.warnings.push({
      code: 'dateline-date-unresolved',
      message: `dateline date "${g.date}" has no year and no reference date (use --date)`,
      start: found.start,
      end: found.start + m.textLength,
    });
  }
  const agency = g.agency ? canonicalAgency(g.agency) : null;
  const start = found.start;
  const region =
    [g.region, g.state, g.country]
      .filter((x): x is string => !!x)
      .map(titleCasePlace)
      .join(', ') || null;
  d.dateline = {
    start,
    end: start + m.textLength,
    place: g.place ? titleCasePlace(g.place) : null,
    region,
    date: parsed?.iso ?? null,
    yearImplied: parsed?.yearImplied ?? false,
    agency,
    rule: m.rule,
  };
  if (agency) d.credits.push({ agency, at: start });
  d.storyStart = start;
  splitAtDateline(d, start, start + m.length);
  d.trace?.(`dateline: ${m.rule} ${JSON.stringify(d.text.slice(d.dateline.start, d.dateline.end))}`);
}

/** The block holding the dateline loses it: what stood before it and what follows are blocks of their own. */
function splitAtDateline(d: Draft, start: number, end: number): void {
  const i = d.blocks.findIndex((b) => b.start <= start && start < b.end);
  const b = d.blocks[i] as Block;
  const pieces = [trimSpan(d.text, b.start, start), trimSpan(d.text, end, b.end)].filter((p) => p.end > p.start);
  d.blocks.splice(i, 1, ...pieces);
}
