// lastClauseBreakEnd reads a quote's sentence from the end; it gives what the left-to-right
// regex it replaced gives (the end of its last match), on random text made of what decides it:
// commas, spaces, the words that open a clause, marks, and other words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastClauseBreakEnd } from '../src/pipeline/attribution/before-quote.js';

const CLAUSE_BREAK = /[.!?“”";]|,\s+(?:even as|even though|while|whereas|although|though|but|as|when|after|before)\s/g;
const byRegex = (text: string) => Math.max(0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length));

const PIECES = [',', ' ', '  ', '\n', 'but', 'even', 'as', 'though', 'when', 'x', 'said', '.', '!', '“', '”', '"', ';', "'", ':'];

describe('lastClauseBreakEnd', () => {
  it.each([
    ['', 0],
    ['no break here', 0],
    ['He left. She said', 8],
    ['He spoke, even as the crowd jeered', 18],
    ['He spoke,  but  then', 15],
    ['He spoke, butter', 0],
    ['“Go,” he said, when', 5], // the word after the comma needs a space after it
    ['“Go,” he said, when ', 20],
  ])('%j -> %i', (text, end) => {
    expect(lastClauseBreakEnd(text)).toBe(end);
  });

  it('gives the end of the last match of the regex it replaced', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => lastClauseBreakEnd(t) === byRegex(t)),
      { numRuns: 5000 },
    );
  });
});
