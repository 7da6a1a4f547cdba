// Quotation marks: which characters open and close a quotation. Straight marks are read by
// their context (what stands on each side), curly ones by their shape unless the context
// plainly says otherwise (feeds mix them: “ ... " and " ... ”).

export type MarkShape = 'open' | 'close' | 'either';

/** Double quotation marks and guillemets. Single quotes are apostrophes far more often. */
export const DOUBLE_MARKS: ReadonlyMap<string, MarkShape> = new Map([
  ['"', 'either'],
  ['\u201C', 'open'], // “
  ['\u201D', 'close'], // ”
  ['\u201E', 'open'], // „
  ['\u201F', 'open'], // ‟
  ['\u00AB', 'open'], // «
  ['\u00BB', 'close'], // »
]);

/** Single marks: quote marks only in a story that quotes with them (British style, headlines). */
export const SINGLE_MARKS: ReadonlySet<string> = new Set(["'", '\u2018', '\u2019']);

/** Longest a quote may run, in characters, before it is cut and a warning says so. */
export const MAX_QUOTE_CHARS = 4000;
/** Most paragraphs one quote may run over. */
export const MAX_QUOTE_PARAGRAPHS = 8;

/**
 * Nouns that, right after a few quoted words, make them the name of a thing, not speech: the
 * “defund the police” slogan, a “two-plus-two” dialogue, the “zero tolerance” policy.
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set(
  `slogan slogans dialogue dialogues policy policies agenda programme program programs programmes
  scheme schemes doctrine label labels tag tags term terms narrative narratives theory theories
  format initiative initiatives concept framework rhetoric brand category meme hashtag chant
  chants banner banners motto mantra catchphrase era mechanism formula talks summit`
    .split(/\s+/)
    .filter(Boolean),
);
