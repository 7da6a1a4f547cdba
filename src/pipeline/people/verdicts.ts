// Verdicts: whether a candidate is a person. A name the tagger found is one unless a veto says
// otherwise (a place or organisation, a photo or contributor credit, a name inside a longer
// name, a lone word no table knows, a title alone, a city...); a name the tagger passed over,
// but not by far, is one when the text around it says so (evidence.ts); and names in a list
// of mostly people are people. Not here: who the person is (names.ts).

import { NON_PERSON_HEADS } from '../../data/words.js';
import { firstWordAt, sentenceAt, sentenceViewAt, titleCase, VIEW_CAPS, VIEW_NORMAL } from '../../tagger/features.js';
import { CAPITALISED, type Tokens, tokenAt, tokenText, WORD } from '../../text/tokens.js';
import { type Block, type Draft, draftTokens } from '../draft.js';
import { isSpaceCode, theBefore } from './around.js';
import { type Candidate, nonPersonRule, PLURAL } from './candidate.js';
import type { Evidence } from './evidence.js';
import { phraseInfo, type Token } from './runs.js';
import {
  ALL_CAPS,
  CAPITAL_THEN_LOWER,
  CITY,
  FAMILY_NAME,
  GIVEN,
  IN_FAMILY_TABLE,
  INITIAL,
  isFamilyName,
  isGivenName,
  NOT_A_NAME,
  PERSON_KIND,
  TITLE,
  USUALLY_CAPITAL,
} from './word-info.js';

/** A slash or a credit word right before a name, a slash right after it: a photo credit. */
const CREDIT_BEFORE = /(?:\/\s*|\b(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage|[Cc]redit|[Cc]ourtesy)(?:\s+(?:by|of))?\s*:?\s*)$/;

const CREDIT_AFTER = /^\s*\//;

const PLACE_BEFORE = /\b(?:in|near|across)\s+$/;

const NOTHING_BUT_A_PERIOD = /^[\s.]*$/;

const NAME_COMMA_BEFORE = /[-–—―]\s*\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+, $/u;

const LY_END = /ly$/;

/** Endings of words made from a name for a policy, a creed or a scandal. */
const THING_WORD = /\p{Ll}(?:care|ism|isms|nomics|gate)$/u;

/** Least tagger score for a lone word no name table knows (see vetoOf). */
const LONE_WORD_MIN_SCORE = 5;

const CONTRIBUTED = /\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))/;

/** The rule that says a name the tagger found names no person, or null. */
function vetoOf(d: Draft, c: Candidate, organisations: Set<string>, mayCredit: () => boolean): string | null {
  const t = draftTokens(d);
  const text = d.text;
  const words = c.tokens;
  const start = (words[0] as Token).start;
  const end = (words[words.length - 1] as Token).end;
  // (Only a name in capitals can stand in a sentence of capitals.)
  const caps = words.every((n) => n.bits & ALL_CAPS) && sentenceViewAt(t, tokenAt(t, start)) === VIEW_CAPS;
  if (words.some((n) => n.text === 'of' || n.text === 'the')) return 'of-the';
  const rule = nonPersonRule(text, words, caps);
  if (rule) return rule;
  const lone = words.length === 1 ? (words[0] as Token) : null;
  // "SHORT STERLING" in a table of capitals: there the tagger has only the words to go on, and
  // a name it finds counts only when a word of it is a known name (or it fits someone named).
  if (caps && !words.some((n) => isGivenName(titleCase(n.text)) || isFamilyName(titleCase(n.text)))) return 'capitals-unknown-words';
  if (lone && lone.bits & INITIAL) return 'initial-alone';
  if (lone && !c.titled) {
    if (organisations.has(lone.text)) return 'organisation-named-so';
    // "the Swede", "a Yorkshireman" capitalised alone: a kind of person, not a name.
    if (lone.info.more & PERSON_KIND && !(lone.bits & (GIVEN | FAMILY_NAME))) return 'kind-of-person';
    // "Obamacare", "Trumpism", "Reaganomics": a word made from a name for a thing.
    if (THING_WORD.test(lone.text) && !(lone.bits & (GIVEN | FAMILY_NAME))) return 'word-for-a-thing';
    // "Unfortunately, ...", "Previously, ...": a word opening a sentence before a comma, that no
    // name table knows, is an adverb or an interjection (when the tagger took it, one in -ly).
    if (
      text.charCodeAt(end) === 0x2c &&
      !(lone.bits & (GIVEN | FAMILY_NAME | IN_FAMILY_TABLE)) &&
      (!c.tagged || LY_END.test(lone.text)) &&
      tokenAt(t, start) === firstWordAt(t, tokenAt(t, start))
    )
      return 'introductory-word';
    // "― Graciela Montoya, Eastside": one word the name tables do not know, that the tagger
    // only just took for a name.
    if (c.score < LONE_WORD_MIN_SCORE && !(lone.bits & (GIVEN | FAMILY_NAME | USUALLY_CAPITAL))) return 'weak-lone-word';
    // "“...” ― Graciela Montoya, Eastside": one word after a signed name and a comma, ending
    // the paragraph, is where they are from or whom they work for. (Not after any name: a team
    // sheet ends "..., Damien Duff, Willie".)
    const paraEnd = (d.blocks[c.para] as Block).end;
    if (
      text.charCodeAt(start - 1) === 0x20 &&
      text.charCodeAt(start - 2) === 0x2c &&
      NAME_COMMA_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
      NOTHING_BUT_A_PERIOD.test(text.slice(end, paraEnd))
    )
      return 'affiliation-after-name';
    // "Fishermen in Vypin said": one word after "in" is a place.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return 'place-after-in';
    // "Judges said ...", "Churches": a plural noun opening a sentence, no name.
    if (PLURAL.test(lone.text) && !(lone.bits & (GIVEN | FAMILY_NAME))) {
      const at = tokenAt(t, start);
      if (at === firstWordAt(t, at)) return 'plural-word';
    }
  }
  // "REUTERS/Denis Balibouse/File photo", "(Photo: Jane Roe)": a photographer's credit.
  if (creditBefore(text, start) || CREDIT_AFTER.test(text.slice(end, end + 4))) return 'photo-credit';
  // "Associated Press writers Jane Roe in Paris and John Doe contributed to this report."
  if (mayCredit()) {
    const [a, b] = sentenceAt(t, tokenAt(t, start));
    if (CONTRIBUTED.test(text.slice(t.start[a] as number, t.end[b - 1] as number))) return 'contributor-credit';
  }
  // "the Steve Harvey Morning Show", "Robert Koch Institute": a name inside a longer one.
  const longer = longerName(d, t, end);
  if (longer !== null && (theBefore(text, start) || NON_PERSON_HEADS.has(longer)) && sentenceViewAt(t, tokenAt(t, start)) === VIEW_NORMAL)
    return 'part-of-a-longer-name';
  // "Mr. President", "Presidential Debates": a title with no name after it.
  if (lone && lone.bits & TITLE && !(lone.bits & (FAMILY_NAME | GIVEN))) return 'title-alone';
  // "Des Moines", "Gulbarga": a city, unless its words are people's names too ("Garland", "Davis").
  if (
    !c.titled &&
    phraseInfo(text, words, false).bits & CITY &&
    !((words[words.length - 1] as Token).bits & FAMILY_NAME) &&
    !((words[0] as Token).bits & GIVEN)
  )
    return 'city';
  return null;
}

/**
 * Whether CREDIT_BEFORE matches the 24 characters before `start`: it ends in white space after
 * a slash, a colon or one of its words, so it is tried only when the last other character before
 * the name is one those end in (/ : o s h e t y f).
 */
export function creditBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  let k = start;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === from) return false;
  const c = text.charCodeAt(k - 1);
  if (!(c === 0x2f || c === 0x3a || c === 0x6f || c === 0x73 || c === 0x68 || c === 0x65 || c === 0x74 || c === 0x79 || c === 0x66))
    return false;
  return CREDIT_BEFORE.test(text.slice(from, start));
}

/** Rules of the text around a name that make it a person's even when the tagger passes it over. */
export const RULES_WITHOUT_TAGGER = new Set<string>(['appositive', 'age', 'initials', 'title-before-full-name']);

/**
 * How far below zero the tagger's score for a name may be for those rules to overrule it: it
 * passes over "Superintendent of Police Naveen Tiwari" at about -14 and over "Leader of the
 * Opposition in the Delhi Assembly Vikram Sahni" at about -33, and over "Federal Tribunal"
 * after "Supreme" at about -120.
 */
export const RULE_FLOOR = -40;

export const NOT_TAGGED = { person: false, rule: 'not-tagged' };

/**
 * The last of the capitalised words that carry on a name ending at `end` ("Morning Show" after
 * "Steve Harvey", up to four, one space apart), or null when none does.
 */
function longerName(d: Draft, t: Tokens, end: number): string | null {
  let last: string | null = null;
  let at = end;
  for (let j = tokenAt(t, end), k = 0; j < t.count && k < 4; j++, k++) {
    if (
      t.kind[j] !== WORD ||
      !((t.flags[j] as number) & CAPITALISED) ||
      (t.start[j] as number) !== at + 1 ||
      d.text.charCodeAt(at) !== 0x20
    )
      break;
    last = tokenText(t, j);
    at = t.end[j] as number;
  }
  return last;
}

/** Whether a candidate is a person, and the rule that says so: the tagger, its vetoes, or a rule of the stage's own. */
export function verdictOf(
  d: Draft,
  c: Candidate,
  e: Evidence,
  organisations: Set<string>,
  mayCredit: () => boolean,
): { person: boolean; rule: string } {
  if (c.label) return { person: true, rule: 'transcript-label' };
  if (c.nickname) return { person: true, rule: 'nickname' };
  const rule = c.score > RULE_FLOOR ? e.because.find((r) => RULES_WITHOUT_TAGGER.has(r)) : undefined;
  if (!c.tagged && rule === undefined) return NOT_TAGGED;
  // A team in a results row is the tagger's to tell from a player in a scorecard ("Irani 10-0-45-2").
  const veto = vetoOf(d, c, organisations, mayCredit) ?? (e.thing === 'team-in-results-row' ? null : e.thing);
  if (veto) return { person: false, rule: `veto:${veto}` };
  return { person: true, rule: c.tagged ? 'tagged' : `rule:${rule}` };
}

/** What may stand between two items of a list of names: a comma, "and", a bracketed note. */
const LIST_GAP = /^(?:\s*\([^()]{1,30}\))?\s*(?:,|;|\band\b|,\s*and\b)\s*$/;

/**
 * Names in one list are the same kind of thing: a team sheet ("Aamir Sohail, Saeed Anwar,
 * Ijaz Ahmed, ..."), a leaderboard, "X, Y and Z". When most of a list's names are people,
 * the rest of them are too (two-word names; single words only in a list of surnames).
 */
export function spreadThroughLists(d: Draft, candidates: Candidate[], isPerson: boolean[]): void {
  let start = 0;
  for (let i = 1; i <= candidates.length; i++) {
    const prev = candidates[i - 1] as Candidate;
    const cur = candidates[i];
    // A list may run on to the next line when a line ends with its comma.
    const gap = cur ? d.text.slice((prev.tokens.at(-1) as Token).end, (cur.tokens[0] as Token).start) : '';
    const joined =
      cur !== undefined &&
      ((cur.para === prev.para && LIST_GAP.test(gap)) || (cur.para === prev.para + 1 && /^(?:\s*\([^()]{1,30}\))?\s*,\s*\n\s*$/.test(gap)));
    if (joined) continue;
    // The list: candidates [from, i).
    const from = start;
    const length = i - from;
    start = i;
    if (length < 3) continue;
    let people = 0;
    let singles = 0;
    let surnames = 0;
    let shaped = 0;
    for (let k = from; k < i; k++) {
      const c = candidates[k] as Candidate;
      if (isPerson[k] && !c.city) people++;
      if (c.tokens.length === 1) {
        singles++;
        if ((c.tokens[0] as Token).bits & FAMILY_NAME) surnames++;
      }
      if (nameShaped(c)) shaped++;
    }
    // Two-word and three-word names only, two of them people already: a team sheet.
    const sheet = people >= 2 && shaped * 4 >= length * 3;
    const mostlyPeople = sheet || people * 2 >= length || (singles >= 4 && surnames * 2 >= singles);
    if (!mostlyPeople) continue;
    for (let k = from; k < i; k++) {
      const c = candidates[k] as Candidate;
      if (c.city || nonPersonRule(d.text, c.tokens, false) !== null || c.tokens.some((t) => t.bits & NOT_A_NAME)) continue;
      if (c.tokens.length >= 2 || singles * 2 > length) isPerson[k] = true;
    }
  }
}

/** Two or three words, each a capital then a lower-case letter, none of them more often something else: "Saeed Anwar". */
const nameShaped = (c: Candidate) =>
  c.tokens.length >= 2 &&
  c.tokens.length <= 3 &&
  c.tokens.every((t) => (t.bits & (CAPITAL_THEN_LOWER | NOT_A_NAME)) === CAPITAL_THEN_LOWER);
