// What the people stage asks of a single word, answered once per distinct word and kept: is it
// a known given name, a family name, a title, an honorific, an initial, a place, a demonym, a
// word that is never a name ("The", "Monday")... Each answer is a bit of one number, so a rule
// that asks five questions of a word looks it up once, not five times in five tables; the
// words of news repeat, story after story, so nearly every word is found already known.
//
// Only single words, as written (case matters: "Will" is a given name, "will" is not), and the
// whole strings the stage joins from them ("Sri Lanka" for the place test). Not here: what the
// stage does with the answers (the rules of candidates, roles and verdicts), the tables
// themselves (src/data/words.ts, src/data/generated/lexicon.ts via src/text/name-tables.ts).

import { AGENCIES } from '../../data/agencies.js';
import { COUNTRY_AND_CAPITAL_NAMES } from '../../data/generated/lexicon.js';
import { PERSON_KINDS, REGION_NAMES } from '../../data/generated/speaker-words.js';
import {
  HOME_NATIONS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_PERSON_HEADS,
  NOT_NAME_WORDS,
  PEOPLES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../../data/words.js';
import {
  CITIES,
  COMMON_2K,
  COMMON_10K,
  COMMON_25K,
  FAMILY,
  FAMILY_BIT,
  FEMALE,
  GIVEN_BITS,
  MALE,
  NATIONALITIES,
  nameBits,
  PLACES,
  USUALLY_CAPITALISED,
} from '../../text/name-tables.js';
import { WORDS } from '../../text/word-ids.js';
import { WordTable } from '../../text/word-table.js';

// ---- the answers, one bit each --------------------------------------------------------------

/** A known given name that is not, more often, something else (isGivenName). */
export const GIVEN = 1 << 0;
/** The word, less a possessive, is a known family name that is not, more often, something else (isFamilyName). */
export const FAMILY_NAME = 1 << 1;
/** In NOT_NAME_WORDS: "The", "Monday", "Mr". */
export const NOT_NAME = 1 << 2;
/** Less a possessive, in NOT_NAME_WORDS ("Monday's"). */
export const NOT_NAME_BARE = 1 << 3;
/** A title word, or a role noun written as a title (isTitleWord). */
export const TITLE = 1 << 4;
export const HONORIFIC = 1 << 5;
/** "M", "M.", "U.S." (isInitial). */
export const INITIAL = 1 << 6;
/** Two to six capitals: "NATO", "BJP" (isAcronym). */
export const ACRONYM = 1 << 7;
export const NATIONALITY = 1 << 8;
export const PLACE = 1 << 9;
export const CITY = 1 << 10;
/** In the table of family names, whatever else it is. */
export const IN_FAMILY_TABLE = 1 << 11;
export const NON_PERSON_HEAD = 1 << 12;
/** Less a possessive, a word that ends organisations' names ("Ministry's"). */
export const NON_PERSON_HEAD_BARE = 1 << 13;
/** In PEOPLES ("Kurds", "Tamils"). */
export const PEOPLE_NOUN = 1 << 14;
/** A lower-case name particle as written: "van", "de", "bin". */
export const PARTICLE = 1 << 15;
/** A word the name lists carry that is far more often something else (notAName). */
export const NOT_A_NAME = 1 << 16;
/** "Delhi-based", "Kerala-born". */
export const X_BASED = 1 << 17;
/** "I", "IV", "VIII": a regnal number. */
export const REGNAL = 1 << 18;
/** A common word that is a given name too ("Will", "Hope"). */
export const GIVEN_COMMON = 1 << 19;
/** North, South, East or West. */
export const COMPASS = 1 << 20;
/** Lower-cased, a speech verb ("Said" opening a sentence). */
export const SPEECH_VERB = 1 << 21;
/** Where someone is from: a demonym, or a place's or city's possessive ("Mexico's") (isOrigin). */
export const ORIGIN = 1 << 22;
/** A word that says what someone is (isRoleLike): "Leg-spinner", "Minister", "Ex-Yankee". */
export const ROLE_LIKE = 1 << 23;
/** Usually written capitalised, by the subtitles table. */
export const USUALLY_CAPITAL = 1 << 24;
/** A man's given name by the tables (givenGender). */
export const MALE_NAME = 1 << 25;
/** A woman's given name by the tables (and not a man's). */
export const FEMALE_NAME = 1 << 26;
/** Ends in "'s" or "’s". */
export const POSSESSIVE_END = 1 << 27;
/** "Crooked", "Injecting": a capital, lower-case letters, then -ing or -ed. */
export const PARTICIPLE = 1 << 28;
/** A capital, then a lower-case letter: "Tiger" (not "TIGER", "McCain" yes). */
export const CAPITAL_THEN_LOWER = 1 << 29;
/** Written as it is in capitals: "NATO", "U.S.", "123" (toUpperCase changes nothing). */
export const ALL_CAPS = 1 << 30;
/** It holds a lower-case letter (\p{Ll}): "Clinton", not "CLINTON". */
export const HAS_LOWER = 1 << 31;

// More answers, in a second number (`more`).
/** A home nation: "Scotland", "Wales". */
export const HOME_NATION = 1 << 0;
/** An agency's spelling: "Reuters", "PTI". */
export const AGENCY = 1 << 1;
/** A demonym less a plural s: "Americans", "Iraqis". */
export const NATIONALITY_PLURAL = 1 << 2;
/** What follows a compass word in a country's or capital's name: "Korea", "Sudan". */
export const COMPASS_PLACE_END = 1 << 3;
/** Lower-cased, a state, province or region (compromise's Region words): "Tennessee", "Punjab". */
export const REGION = 1 << 4;
/** A speech verb as a Title Case headline writes it: "Said", "Told". */
export const HEADLINE_VERB = 1 << 5;
/**
 * Not a name by its looks: a common lower-case word written with a capital ("Outspoken",
 * "Veteran") that no name table knows, or a word joined by a hyphen to a lower-case one
 * ("Top-seeded", "123rd-ranked").
 */
export const PLAIN_WORD = 1 << 6;
/** In PERSON_KINDS (or its plural), whatever the name tables say: "Spaniard", "Pole", "Finn", "Democrats". */
export const PERSON_KIND = 1 << 7;

export class WordInfo {
  constructor(
    readonly bits: number,
    readonly more: number,
    /** The word lower-cased. */
    readonly lower: string,
    /** The word less a possessive ("Modi's" -> "Modi"). */
    readonly bare: string,
    /** That, lower-cased ("MODI'S" -> "modi's": only "'s" is a possessive). */
    readonly bareLower: string,
  ) {}
}

// ---- the questions, as the stage asked them before they were kept ----------------------------

const INITIAL_LETTER = /^\p{Lu}\.?$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
const X_BASED_WORD = /-(?:based|born|led|backed|owned|run|made|listed|controlled)$/;
const REGNAL_WORD = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
const COMPASS_WORD = /^(?:North|South|East|West)$/;
const POSSESSIVE_WORD = /['’]s$/;
const PARTICIPLE_WORD = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u;
const CAPITAL_THEN_LOWER_WORD = /^\p{Lu}\p{Ll}/u;
const LOWER_LETTER = /\p{Ll}/u;
/** "Ex-Yankee", "Former-MP": what someone was. */
const EX_ROLE = /^(?:[Ee]x|[Ff]ormer)-\p{L}/u;
/** A word that says what someone is: "Leg-spinner", "Climatologist", "Probationer". */
const ROLE_SUFFIX = /(?:ist|er|or|ian)$/;

/** "Modi's" -> "Modi", "Jones'" -> "Jones". */
export const stripPossessive = (t: string): string => {
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x27 || last === 0x2019) return t.slice(0, -1);
  if (last !== 0x73 || t.length < 2) return t;
  const mark = t.charCodeAt(t.length - 2);
  return mark === 0x27 || mark === 0x2019 ? t.slice(0, -2) : t;
};

/** Common words that are given names too, when a family name follows: "Will Carling". */
const GIVEN_COMMON_WORDS = new Set([
  'Will',
  'Hope',
  'Grace',
  'Faith',
  'Joy',
  'Rose',
  'Mark',
  'Bill',
  'Jack',
  'Frank',
  'Art',
  'Guy',
  'Dean',
  'Jan',
  'Per',
]);

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Role nouns written as titles ("Forecaster", "Collector"). */
const CAPITALISED_ROLES = new Set([...ROLE_NOUNS].map(capitalise));
const titleOrRole = (t: string) => TITLE_WORDS.has(t) || CAPITALISED_ROLES.has(t);

/** Words the name lists carry that are far more often something else ("Royal", "General", "North"). */
const notAName = (t: string, lower: string) =>
  X_BASED_WORD.test(t) ||
  NAME_PARTICLES.has(lower) ||
  NOT_NAME_WORDS.has(t) ||
  TITLE_WORDS.has(t) ||
  NON_PERSON_HEADS.has(t) ||
  PLACES.has(t) ||
  NATIONALITIES.has(t);

/** The bits of a word itself, less those that ask of its bare form. */
function ownBits(t: string, lower: string): number {
  let bits = 0;
  const tables = nameBits(t);
  const notName = notAName(t, lower);
  if (notName) bits |= NOT_A_NAME;
  else {
    if (tables & GIVEN_BITS) bits |= GIVEN;
    if (tables & FAMILY_BIT) bits |= FAMILY_NAME;
  }
  if (NOT_NAME_WORDS.has(t)) bits |= NOT_NAME;
  if (titleOrRole(t) || (t.includes('-') && t.split('-').every(titleOrRole))) bits |= TITLE;
  if (HONORIFICS.has(t)) bits |= HONORIFIC;
  if (INITIAL_LETTER.test(t) || INITIALS.test(t)) bits |= INITIAL;
  if (ACRONYM_WORD.test(t)) bits |= ACRONYM;
  if (NATIONALITIES.has(t)) bits |= NATIONALITY;
  if (PLACES.has(t)) bits |= PLACE;
  if (CITIES.has(t)) bits |= CITY;
  if (FAMILY.has(t)) bits |= IN_FAMILY_TABLE;
  if (NON_PERSON_HEADS.has(t)) bits |= NON_PERSON_HEAD;
  if (PEOPLES.has(t)) bits |= PEOPLE_NOUN;
  if (NAME_PARTICLES.has(t)) bits |= PARTICLE;
  if (X_BASED_WORD.test(t)) bits |= X_BASED;
  if (REGNAL_WORD.test(t)) bits |= REGNAL;
  if (GIVEN_COMMON_WORDS.has(t)) bits |= GIVEN_COMMON;
  if (COMPASS_WORD.test(t)) bits |= COMPASS;
  if (SPEECH_VERBS.has(lower)) bits |= SPEECH_VERB;
  if (USUALLY_CAPITALISED.has(t)) bits |= USUALLY_CAPITAL;
  if (MALE.has(t)) bits |= MALE_NAME;
  else if (FEMALE.has(t)) bits |= FEMALE_NAME;
  if (POSSESSIVE_WORD.test(t)) bits |= POSSESSIVE_END;
  if (PARTICIPLE_WORD.test(t)) bits |= PARTICIPLE;
  if (CAPITAL_THEN_LOWER_WORD.test(t)) bits |= CAPITAL_THEN_LOWER;
  if (t.toUpperCase() === t) bits |= ALL_CAPS;
  if (LOWER_LETTER.test(t)) bits |= HAS_LOWER;
  return bits;
}

/** Capitalised words for a kind of person ("Spaniard", "Dutchman", "Methodist"): role-like unless also a name. */
const personKinds = new WordTable(PERSON_KINDS);

const AGENCY_SPELLINGS = new Set(AGENCIES.flatMap((a) => a.spellings));
const PLURAL_S = /s$/;
const COMPASS_PLACE = /^(?:North|South|East|West) (.+)$/;
/** "Korea" for "North Korea", "Sudan" for "South Sudan" (made on first use). */
let compassPlaceEnds: Set<string> | null = null;
/** States, provinces and regions (compromise's Region words, generated at build time; made on first use). */
let regions: ReadonlySet<string> | null = null;
/** Speech verbs as a Title Case headline writes them: "Said", "Told" (made on first use). */
let headlineVerbs: ReadonlySet<string> | null = null;

function moreBits(t: string): number {
  compassPlaceEnds ??= new Set(COUNTRY_AND_CAPITAL_NAMES.split('|').flatMap((place) => COMPASS_PLACE.exec(place)?.slice(1) ?? []));
  regions ??= new Set(REGION_NAMES.split('|'));
  headlineVerbs ??= new Set([...SPEECH_VERBS].map(capitalise));
  let more = 0;
  if (regions.has(t.toLowerCase())) more |= REGION;
  if (headlineVerbs.has(t)) more |= HEADLINE_VERB;
  if (HOME_NATIONS.has(t)) more |= HOME_NATION;
  if (AGENCY_SPELLINGS.has(t)) more |= AGENCY;
  if (NATIONALITIES.has(t.replace(PLURAL_S, ''))) more |= NATIONALITY_PLURAL;
  if (compassPlaceEnds.has(t)) more |= COMPASS_PLACE_END;
  return more;
}

const HYPHEN_LOWER = /-\p{Ll}/u;

/** PLAIN_WORD of a word whose own bits are `bits`. */
function plainWord(t: string, lower: string, bits: number): boolean {
  if (bits & (GIVEN | FAMILY_NAME | IN_FAMILY_TABLE | INITIAL | HONORIFIC | NATIONALITY | PLACE | CITY)) return false;
  if (HYPHEN_LOWER.test(t)) return true;
  return (bits & CAPITAL_THEN_LOWER) !== 0 && (COMMON_2K.has(lower) || COMMON_10K.has(lower) || COMMON_25K.has(lower));
}

/** Most words whose answers are kept before the memory is cleared. */
const MEMO_LIMIT = 30_000;
/** Longest word kept as it is (a longer slice may keep a whole story alive: see word-table.ts). */
const MAX_KEPT_CHARS = 12;
const ownCopy = (word: string) => `${word} `.slice(0, -1);
const memo = new Map<string, WordInfo>();

/** What the people stage knows of `word`, found once and kept. */
export function wordInfo(word: string): WordInfo {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const bare = stripPossessive(word);
  let bits = ownBits(word, lower);
  // The questions asked of the word less its possessive.
  const bareBits = bare === word ? bits : ownBits(bare, bare.toLowerCase());
  bits = (bits & ~FAMILY_NAME) | (bareBits & FAMILY_NAME);
  if (bareBits & NOT_NAME) bits |= NOT_NAME_BARE;
  if (bareBits & NON_PERSON_HEAD) bits |= NON_PERSON_HEAD_BARE;
  if (bits & NATIONALITY || (bits & POSSESSIVE_END && bareBits & (PLACE | CITY))) bits |= ORIGIN;
  if (
    EX_ROLE.test(word) ||
    bits & TITLE ||
    ROLE_NOUNS.has(lower) ||
    lower.split('-').some((part) => ROLE_NOUNS.has(part)) ||
    (ROLE_SUFFIX.test(lower) && !(bits & (GIVEN | FAMILY_NAME))) ||
    (!(bits & (GIVEN | FAMILY_NAME)) && personKinds.search(word))
  )
    bits |= ROLE_LIKE;
  const more =
    moreBits(word) |
    (plainWord(word, lower, bits) ? PLAIN_WORD : 0) |
    (personKinds.search(word) || (PLURAL_S.test(word) && personKinds.search(word.slice(0, -1))) ? PERSON_KIND : 0);
  const info = new WordInfo(bits, more, lower, bare, bare === word ? lower : bare.toLowerCase());
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word.length > MAX_KEPT_CHARS ? ownCopy(word) : word, info);
  return info;
}

/** What is known of each word id (src/text/word-ids.ts), of the generation `infosGeneration`. */
let infos: (WordInfo | null)[] = [];
let infosGeneration = -1;

/** What the people stage knows of the word of id `id`. */
export function infoOfId(id: number): WordInfo {
  if (infosGeneration !== WORDS.generation) {
    infos = [];
    infosGeneration = WORDS.generation;
  }
  while (infos.length <= id) infos.push(null);
  let info = infos[id] as WordInfo | null;
  if (info === null) {
    info = wordInfo(WORDS.word(id));
    infos[id] = info;
  }
  return info;
}

/** Whether `word` has any of `bits`. */
export const wordHas = (word: string, bits: number): boolean => (wordInfo(word).bits & bits) !== 0;

export const isGivenName = (t: string): boolean => wordHas(t, GIVEN);
export const isFamilyName = (t: string): boolean => wordHas(t, FAMILY_NAME);
export const isTitleWord = (t: string): boolean => wordHas(t, TITLE);
export const isInitial = (t: string): boolean => wordHas(t, INITIAL);
export const isAcronym = (t: string): boolean => wordHas(t, ACRONYM);
export const isNotAName = (t: string): boolean => wordHas(t, NOT_A_NAME);
export const isOrigin = (t: string): boolean => wordHas(t, ORIGIN);
export const isRoleLike = (t: string): boolean => wordHas(t, ROLE_LIKE);
/** A place (or a home nation: "Scotland"): for joined names too ("Sri Lanka"). */
export const isPlace = (t: string): boolean => {
  const info = wordInfo(t);
  return (info.bits & PLACE) !== 0 || (info.more & HOME_NATION) !== 0;
};
export const givenGender = (t: string): 'male' | 'female' | null => genderOfBits(wordInfo(t).bits);
/** The gender a given name's bits say (givenGender of a word whose bits are known). */
export const genderOfBits = (bits: number): 'male' | 'female' | null => (bits & MALE_NAME ? 'male' : bits & FEMALE_NAME ? 'female' : null);
