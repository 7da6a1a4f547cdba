// Word counts without building the list of words: each story is counted several times, and an
// array of its words is garbage the moment it is counted. Both functions give exactly what the
// regex they replace gives (tests/count.test.ts compares them on random text).

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/;

/** \p{L} or \p{N}, for one code point; ASCII without a regex. */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

const isJoiner = (cp: number) => cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d; // ' ’ . -

/**
 * How many words `text` has: `text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu).length`,
 * so "don't", "U.S." and "well-known" are one word each.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false; // the last code point was a letter or digit
  let joined = false; // the last was ' ’ . or - right after a letter or digit
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isWordChar(cp)) {
      if (!inWord && !joined) count++;
      inWord = true;
      joined = false;
    } else {
      joined = inWord && isJoiner(cp);
      inWord = false;
    }
  }
  return count;
}

/** Whitespace as \s has it, for one UTF-16 unit (no astral code point is whitespace). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(String.fromCharCode(c));
}

/** How many pieces of text whitespace separates: `text.split(/\s+/).filter(Boolean).length`. */
export function countSpaced(text: string): number {
  let count = 0;
  let inPiece = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inPiece) count++;
    inPiece = !space;
  }
  return count;
}
