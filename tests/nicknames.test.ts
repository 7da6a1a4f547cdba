// nicknamesIn finds `Rohan "Bunty" Mehra` from the spaces before opening marks; it gives what
// matching the pattern over the whole paragraph gives, on random text made of what decides it:
// capitalised and lower-case words, marks of each kind, spaces, hyphens and apostrophes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nicknamesIn } from '../src/pipeline/people/nicknames.js';

const NICKNAMED = /(?<![\p{L}'’])(?<first>\p{Lu}[\p{L}'’-]+) ["“](?<nick>[^"“”\n]{1,30})["”] (?<last>\p{Lu}[\p{L}'’-]+)/gu;
const byMatchAll = (text: string) => [...text.matchAll(NICKNAMED)].map((m) => [m.index, m[0], m.groups?.nick]);
const found = (text: string) => nicknamesIn(text).map((m) => [m.index, m[0], m.groups?.nick]);

const PIECES = ['Rohan', 'Mehra', 'Ab', 'x', 'bunty', ' ', ' ', '\n', '"', '“', '”', "'", '’', '-', 'Ö', '𝐀', '.', ','];

describe('nicknamesIn', () => {
  it.each([
    ['Rohan "Bunty" Mehra said', [[0, 'Rohan "Bunty" Mehra', 'Bunty']]],
    [
      'He met Rohan “Bunty” Mehra and Sara "Su" Khan.',
      [
        [7, 'Rohan “Bunty” Mehra', 'Bunty'],
        [31, 'Sara "Su" Khan', 'Su'],
      ],
    ],
    ['he said "we will go" Friday', []],
    ['xRohan "Bunty" Mehra', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives what matchAll gives', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => JSON.stringify(found(t)) === JSON.stringify(byMatchAll(t))),
      { numRuns: 20000 },
    );
  });
});
