// The text right around a name, read character by character from where the name stands: white
// space as \s and trimEnd see it, the words that end the text before a name (read from their
// end, not by splitting all of it), "the " right before a name. Small readers shared by the
// candidates, their evidence and the vetoes, so that a pattern is tried only where it can match.
// Not here: the patterns themselves, or what a match means.

/** "the " right before a name (tested in place, sticky, at the name's start less four). */
const THE_BEFORE = /[Tt]he\s/y;

/** Whether the four characters before `at` are "the ". */
export function theBefore(text: string, at: number): boolean {
  if (at < 4) return false;
  THE_BEFORE.lastIndex = at - 4;
  return THE_BEFORE.test(text);
}

/** White space as \s and trimEnd see it. */
export const isSpaceCode = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Where the run of non-space characters that ends at `end` of `s` starts. */
export function chunkStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run of white space that ends at `end` of `s` starts. */
export function spaceStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The last `n` (at most) of `s.slice(0, to).split(/\s+/)`, for `to` where no white space ends
 * it: the words before a name, read from the end without splitting all 90 characters.
 */
export function lastWords(s: string, to: number, n: number): string[] {
  const words: string[] = [];
  let end = to;
  while (words.length < n) {
    const start = chunkStart(s, end);
    words.unshift(s.slice(start, end));
    if (start === 0) break;
    end = spaceStart(s, start);
    // White space opening `s`: split gives an empty first word.
    if (end === 0) {
      if (words.length < n) words.unshift('');
      break;
    }
  }
  return words;
}
