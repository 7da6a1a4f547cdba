// The allocation-free word counts give what the regexes they replace give, on random text
// weighted towards what decides a count: letters, digits, joiners, spaces, astral letters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSpaced, countWords } from '../src/text/count.js';

const PIECES = [
  'a',
  'Z',
  '7',
  'é',
  'ß',
  '中',
  '𝒜',
  '😀',
  "'",
  '’',
  '.',
  '-',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\ufeff',
  ',',
  '"',
  'e\u0301',
  '٣',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('word counts', () => {
  it('countWords matches the word regex', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(countWords(s)).toBe(s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('countSpaced matches splitting on whitespace', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(countSpaced(s)).toBe(s.split(/\s+/).filter(Boolean).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the words of a sentence', () => {
    expect(countWords("U.S. officials didn't say -- well-known, 3.5%")).toBe(6);
    expect(countSpaced('  two  words ')).toBe(2);
  });
});
