// The big generated word lists (given and family names, places, cities, demonyms, common words) as WordTables,
// made once and shared by the people stage and the people tagger's features. Lookups only: what
// a hit means is for the reader to decide.

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

export const MALE = new WordTable(MALE_GIVEN_NAMES);
export const FEMALE = new WordTable(FEMALE_GIVEN_NAMES);
export const UNISEX = new WordTable(UNISEX_GIVEN_NAMES);
export const WORLD = new WordTable(WORLD_GIVEN_NAMES);
export const PLACES = new WordTable(COUNTRY_AND_CAPITAL_NAMES);
export const NATIONALITIES = new WordTable(DEMONYMS);
export const FAMILY = new WordTable(FAMILY_NAMES);
export const CITIES = new WordTable(CITY_NAMES);
/** Common lower-case words by rank: the first 2,000, up to 10,000, up to 25,000. */
export const COMMON_2K = new WordTable(COMMON_WORDS_2K);
export const COMMON_10K = new WordTable(COMMON_WORDS_10K);
export const COMMON_25K = new WordTable(COMMON_WORDS_25K);
/** Words usually written capitalised (names and places of film subtitles). */
export const USUALLY_CAPITALISED = new WordTable(CAPITALISED_WORDS);
