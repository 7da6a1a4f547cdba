// The big generated word lists (given and family names, places, cities, demonyms, common words)
// as lookups, shared by the people stage and the people tagger's features. A word is looked up
// in every capitalised table at once, the first time it is asked about, and the answers are kept
// as bits: the stage asks "is it a given name? a place? a city?" of the same words many times,
// and one memory answers them all. Lookups only: what a hit means is for the reader to decide.

import {
  CAPITALISED_WORDS,
  CITY_NAMES,
  COMMON_WORDS_2K,
  COMMON_WORDS_10K,
  COMMON_WORDS_25K,
  COUNTRY_AND_CAPITAL_NAMES,
  DEMONYMS,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  UNISEX_GIVEN_NAMES,
  WORLD_GIVEN_NAMES,
} from '../data/generated/lexicon.js';
import { WordTable } from './word-table.js';

/** The tables of capitalised words, one bit each. */
const SOURCES = [
  MALE_GIVEN_NAMES,
  FEMALE_GIVEN_NAMES,
  UNISEX_GIVEN_NAMES,
  WORLD_GIVEN_NAMES,
  FAMILY_NAMES,
  COUNTRY_AND_CAPITAL_NAMES,
  DEMONYMS,
  CITY_NAMES,
  CAPITALISED_WORDS,
].map((source) => new WordTable(source));

/** Most words whose bits are kept before the memory is cleared. */
const MEMO_LIMIT = 30_000;
/** Longest word kept as it is (a longer slice may keep a whole story alive: see word-table.ts). */
const MAX_KEPT_CHARS = 12;
const memo = new Map<string, number>();

/** The bits of the tables that hold `word` (as written: the tables are capitalised). */
export function nameBits(word: string): number {
  let bits = memo.get(word);
  if (bits === undefined) {
    bits = 0;
    // Every table holds capitalised words only.
    const first = word.charCodeAt(0);
    if (!(first >= 0x61 && first <= 0x7a))
      for (let i = 0; i < SOURCES.length; i++) if ((SOURCES[i] as WordTable).search(word)) bits |= 1 << i;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word.length > MAX_KEPT_CHARS ? `${word} `.slice(0, -1) : word, bits);
  }
  return bits;
}

/** A table as a bit of nameBits, with the `has` of a set. */
const bitTable = (bit: number) => ({ has: (word: string) => (nameBits(word) & bit) !== 0 });

export const MALE = bitTable(1 << 0);
export const FEMALE = bitTable(1 << 1);
export const UNISEX = bitTable(1 << 2);
export const WORLD = bitTable(1 << 3);
export const FAMILY = bitTable(1 << 4);
export const PLACES = bitTable(1 << 5);
export const NATIONALITIES = bitTable(1 << 6);
export const CITIES = bitTable(1 << 7);
/** Words usually written capitalised (names and places of film subtitles). */
export const USUALLY_CAPITALISED = bitTable(1 << 8);
/** Any given name (men's, women's, both, other languages'). */
export const GIVEN_BITS = 0b1111;
/** A family name. */
export const FAMILY_BIT = 1 << 4;

/** Common lower-case words by rank: the first 2,000, up to 10,000, up to 25,000. */
export const COMMON_2K = new WordTable(COMMON_WORDS_2K);
export const COMMON_10K = new WordTable(COMMON_WORDS_10K);
export const COMMON_25K = new WordTable(COMMON_WORDS_25K);
