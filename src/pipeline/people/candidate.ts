// What a candidate is: a name's words in a paragraph, with what the rules know of it (its role,
// the gender a title or honorific gives, whether a title or a place of origin stands before it,
// whether the tagger found it and with what score); and the rule that says a candidate's words
// name no person at all (a place, an agency, a demonym, an organisation by its last word...).
// Not here: where candidates come from (candidates.ts, tagged.ts) or the verdicts on them.

import { phraseInfo, Token } from './runs.js';
import {
  ACRONYM,
  AGENCY,
  COMPASS_PLACE_END,
  HOME_NATION,
  INITIAL,
  NATIONALITY,
  NATIONALITY_PLURAL,
  NON_PERSON_HEAD,
  NON_PERSON_HEAD_BARE,
  PEOPLE_NOUN,
  PLACE,
  REGION,
  type WordInfo,
  X_BASED,
} from './word-info.js';

/** Most words a person's name has, particles aside. Longer runs are headlines or titles. */
const MAX_NAME_TOKENS = 5;

/** "Judges", "Churches" (not "Ross"). */
export const PLURAL = /[^s]s$/;

export interface Candidate {
  tokens: Token[];
  /** Role words before the name, as written ("Russian President"), or null. */
  role: string | null;
  gender: 'male' | 'female' | null;
  titled: boolean;
  /** A transcript speaker's label at the start of a paragraph: "PENCE: Well, look, ...". */
  label: boolean;
  /** The whole name is a city's: no evidence of its own makes it a person. */
  city: boolean;
  /** It follows "of" in a run: "Ministry of Physical Planning". */
  afterOf: boolean;
  /** A name with a nickname inside it: `Rohan "Bunty" Mehra`. */
  nickname: boolean;
  para: number;
  /** Whether the tagger tagged (part of) it as a name, and its score for that. */
  tagged: boolean;
  score: number;
  /** A name the tagger found overlaps it (readWithTagger). */
  held: boolean;
}

/** A candidate of paragraph `para` with nothing known about it yet (every candidate has the same fields, in the same order). */
export const newCandidate = (tokens: Token[], para: number): Candidate => ({
  tokens,
  role: null,
  gender: null,
  titled: false,
  label: false,
  city: false,
  afterOf: false,
  nickname: false,
  para,
  tagged: false,
  score: 0,
  held: false,
});

/** No words (never added to). */
export const NO_WORDS: Token[] = [];

/** A name's words, the last less its possessive ("Modi's" -> "Modi"). */
export function withoutPossessive(words: Token[]): Token[] {
  const last = words[words.length - 1];
  if (last === undefined) return words;
  const bare = last.info.bare;
  if (bare === last.text) return words;
  const out = words.slice();
  out[out.length - 1] = new Token(bare, last.start, last.start + bare.length);
  return out;
}

/**
 * The rule that says these words name no person, or null. In a sentence of capitals
 * (`caps`) a word in capitals is no acronym.
 */
export function nonPersonRule(text: string, names: Token[], caps: boolean, known: WordInfo | null = null): string | null {
  const last = names[names.length - 1] as Token;
  const whole = known ?? phraseInfo(text, names, false);
  if (whole.bits & PLACE || whole.more & HOME_NATION) return 'place';
  // A state or province alone ("Tennessee said", "Punjab"): a place, though the tagger may take
  // it for a name. Not within a longer name ("Denzel Washington").
  if (whole.more & REGION) return 'region';
  if (whole.more & AGENCY) return 'agency';
  // A lone title word ("President") names no one by itself, but may be a surname ("Mr. King",
  // "Howard Dean" then "Dean"): it is kept, and only evidence or a person it fits makes it one.
  if (names.length === 1 && last.bits & NATIONALITY) return 'demonym';
  if (names.length === 1 && !caps && last.bits & ACRONYM) return 'acronym';
  // "N. Korea", "Korea": a place missing its compass word.
  if (last.info.more & COMPASS_PLACE_END && allHave(names, names.length - 1, INITIAL, 0)) return 'place';
  // "Iraqi Kurds", "Americans": peoples, not persons.
  if (allHave(names, names.length, NATIONALITY | PEOPLE_NOUN | PLACE, NATIONALITY_PLURAL)) return 'peoples';
  if (last.bits & (NON_PERSON_HEAD | NON_PERSON_HEAD_BARE)) return 'organisation-head';
  for (const n of names) if (n.bits & X_BASED) return 'x-based';
  if (!caps && allHave(names, names.length, ACRONYM | NATIONALITY | PLACE, 0)) return 'acronyms-and-places';
  return names.length > MAX_NAME_TOKENS ? 'too-long' : null;
}

/** Whether each of the first `count` words has one of `bits`, or one of `more` (see word-info.ts). */
function allHave(words: Token[], count: number, bits: number, more: number): boolean {
  for (let k = 0; k < count; k++) {
    const w = words[k] as Token;
    if (!(w.bits & bits) && !(w.info.more & more)) return false;
  }
  return true;
}
