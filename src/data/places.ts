// Known places, for telling a dateline's place from a label that looks like one ("Mumbai:" is
// a dateline, "Note:" is not). Country names, official names and capitals (world-countries),
// and cities of 15,000 people or more (GeoNames), generated at build time (scripts/gen-data.mjs).

import { WordTable } from '../text/word-table.js';
import { CITY_NAMES, COUNTRY_AND_CAPITAL_NAMES } from './generated/lexicon.js';

export const COUNTRIES_AND_CAPITALS = new WordTable(COUNTRY_AND_CAPITAL_NAMES);
export const CITIES = new WordTable(CITY_NAMES);

/**
 * Town names that are also words opening a line of page furniture or a sentence ("Police: ...",
 * "Reading: ..."): never taken for a dateline's place without an agency or a date beside them.
 */
export const PLACE_NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  'Police Reading Nice Mobile Bath Split Sale Independence Opportunity Liberty Eagle Enterprise Commerce Progress Media Marine Union Victoria Esperanza Vista Centre Center University Bay Hope Unity Justice Industry Mission Security Pleasant Normal Energy Gratitude Update Delta Sharing'.split(
    ' ',
  ),
);

/** Whether a name is a known country, capital or city. */
export const isKnownPlace = (name: string): boolean => COUNTRIES_AND_CAPITALS.has(name) || CITIES.has(name);
