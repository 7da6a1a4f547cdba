// WordTable answers membership from the sorted '|'-joined list the build generates, and gives
// the same answer the second time, from its memory, for short and long words alike; a word cut
// from a longer text is found as the same word.
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
    expect(table.has('Constantinopolita')).toBe(false); // what is remembered is the word itself
  });

  it('answers right past the number of answers it keeps', () => {
    const table = new WordTable(WORDS.join('|'));
    for (let i = 0; i < 25_000; i++) expect(table.has(`Name${i}`)).toBe(false);
    for (const w of WORDS) expect(table.has(w)).toBe(true);
  });
});
