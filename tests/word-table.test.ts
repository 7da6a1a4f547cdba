// WordTable answers membership from the sorted '|'-joined list the build generates, the same
// answer the second time, for short and long words alike; a word cut from a longer text is found
// as the same word; on random lists it answers as a Set of the list's words does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTable } from '../src/text/word-table.js';

const WORDS = ['Abdulrahman', 'Constantinopolitan', 'Eve', 'Mehra', 'Xavier-Fitzgerald'].sort();

describe('WordTable', () => {
  it.each([
    ['Eve', true],
    ['Mehra', true],
    ['Constantinopolitan', true], // longer than the words kept as they are
    ['Xavier-Fitzgerald', true],
    ['Constantinople', false],
    ['eve', false],
    ['', false],
  ])('%j -> %s, and the same again from memory', (word, known) => {
    const table = new WordTable(WORDS.join('|'));
    expect(table.has(word)).toBe(known);
    expect(table.has(word)).toBe(known);
  });

  it('finds a long word cut from a story, and again once the story is gone', () => {
    const table = new WordTable(WORDS.join('|'));
    let story: string | null = `${'x'.repeat(100)} Constantinopolitan ${'y'.repeat(100)}`;
    const word = story.slice(101, 119);
    expect(table.has(word)).toBe(true);
    story = null;
    expect(table.has('Constantinopolitan')).toBe(true);
    expect(table.has(`Constantinopolita${'n'}`)).toBe(true);
    expect(table.has('Constantinopolita')).toBe(false);
  });

  it('answers right past the number of answers it keeps', () => {
    const table = new WordTable(WORDS.join('|'));
    for (let i = 0; i < 25_000; i++) expect(table.has(`Name${i}`)).toBe(false);
    for (const w of WORDS) expect(table.has(w)).toBe(true);
  });

  it('answers as a Set of the words split from its list', () => {
    const word = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (listed, asked) => {
        const source = listed.map((w) => w.replaceAll('|', '')).join('|');
        const set = new Set(source.split('|'));
        const table = new WordTable(source);
        for (const w of [...set, ...asked, 'a|b', '']) expect(table.has(w)).toBe(set.has(w));
      }),
      { numRuns: 2000 },
    );
  });
});
