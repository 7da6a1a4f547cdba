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
