// Abbreviations whose final period belongs to the word for the tokenizer (src/text/tokens.ts):
// "Mr.", "Gen.", "Jan.", "Inc.". Such a period never ends a sentence there, as in sentences.ts,
// whose list this one holds. Lower case; the tokenizer lower-cases the word to look it up.
import { ABBREVIATED_TITLES } from './words.js';

const OTHER_ABBREVIATIONS =
  'no vs etc inc ltd corp co jan feb mar apr jun jul aug sep sept oct nov dec ft pt approx dept est govt univ'.split(' ');

export const TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...[...ABBREVIATED_TITLES].map((t) => t.toLowerCase()),
  ...OTHER_ABBREVIATIONS,
]);
