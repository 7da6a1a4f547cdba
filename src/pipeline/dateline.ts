// Stage: the dateline that opens the story ("Minsk, Aug 17 (AP)", "NEW DELHI, Jan 5 (PTI)",
// "Mumbai (Maharashtra) [India], March 3 (ANI):", "WASHINGTON (Reuters) -", "LONDON 1996-08-30").
// Patterns are tried in order; the first that matches the start of the first paragraph wins.
// It never invents one: a first sentence that starts with a city is not a dateline unless it
// has an agency tag, a date, or stands on its own line.

import { AGENCY_SPELLINGS, canonicalAgency } from '../data/agencies.js';
import { CALENDAR_DATE, parseCalendarDate } from '../text/dates.js';
import { blockText, type Draft, trimSpan } from './draft.js';

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PLACE_PARTICLE = String.raw`(?:de|del|da|do|dos|la|le|of|al|el|es|sur|upon|am|an|on|en)`;
const PLACE = String.raw`(?<place>${PLACE_WORD}(?: (?:${PLACE_PARTICLE} )?${PLACE_WORD}){0,3})`;
const REGION = String.raw`(?:, (?<region>${PLACE_WORD}(?: ${PLACE_WORD}){0,2}))`;
const STATE = String.raw`(?: ?\((?<state>\p{Lu}[^()\n]{1,30})\))`;
const COUNTRY = String.raw`(?: ?\[(?<country>\p{Lu}[^[\]\n]{0,30})\])`;
const DATE = String.raw`(?<date>${CALENDAR_DATE})`;
const AGENCY = String.raw`(?: ?[([](?<agency>${AGENCY_SPELLINGS})[)\]])`;
const SEPARATOR = String.raw`(?<sep> *(?:[-–—]{1,2}|:|•)? *)`;
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
];

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
      return w.toLowerCase().replace(/(^|[-'’.])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
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
    const sep = g.sep ?? '';
    return { rule: p.rule, length: m[0].length, textLength: m[0].length - sep.length, groups: g };
  }
  return null;
}

/**
 * Whether a line opens with a dateline (used by the headline stage): 'strong' when it has an
 * agency tag or a date, 'weak' for a bare place in capitals ("KABUL —", "CHENNAI:").
 */
export function datelineAt(line: string): 'strong' | 'weak' | null {
  const m = matchDateline(line);
  if (!m) return null;
  return m.rule.startsWith('caps-') ? 'weak' : 'strong';
}

export const startsWithDateline = (line: string): boolean => datelineAt(line) !== null;

/** Finds the dateline at the start of the first paragraph and cuts it from the body. */
export function findDateline(d: Draft): void {
  const first = d.blocks[0];
  if (!first) return;
  const m = matchDateline(blockText(d, first));
  if (!m) {
    d.trace?.('dateline: none');
    return;
  }
  const g = m.groups;
  const reference = d.options.date ?? d.headerDate;
  const parsed = g.date ? parseCalendarDate(g.date, reference) : null;
  if (g.date && !parsed) {
    d.warnings.push({
      code: 'dateline-date-unresolved',
      message: `dateline date "${g.date}" has no year and no reference date (use --date)`,
      start: first.start,
      end: first.start + m.textLength,
    });
  }
  const agency = g.agency ? canonicalAgency(g.agency) : null;
  const region =
    [g.region, g.state, g.country]
      .filter((x): x is string => !!x)
      .map(titleCasePlace)
      .join(', ') || null;
  d.dateline = {
    start: first.start,
    end: first.start + m.textLength,
    place: g.place ? titleCasePlace(g.place) : null,
    region,
    date: parsed?.iso ?? null,
    yearImplied: parsed?.yearImplied ?? false,
    agency,
    rule: m.rule,
  };
  if (agency) d.credits.push({ agency, at: first.start });
  const rest = trimSpan(d.text, first.start + m.length, first.end);
  if (rest.end > rest.start) d.blocks[0] = rest;
  else d.blocks.shift();
  d.trace?.(`dateline: ${m.rule} ${JSON.stringify(d.text.slice(d.dateline.start, d.dateline.end))}`);
}
