// Word ids: the same word gets the same id and the same string wherever it stands; different
// words get different ids (on random words, many of them, so that the table grows); a text's
// token ids are found on demand and kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise, tokenText } from '../src/text/tokens.js';
import { idAt, MAX_WORDS, WORDS, wordIds } from '../src/text/word-ids.js';

describe('WORDS', () => {
  it('gives a word one id and one string wherever it stands', () => {
    const a = WORDS.idOf('Delhi said Delhi', 0, 5);
    const b = WORDS.idOf('Delhi said Delhi', 11, 16);
    expect(a).toBe(b);
    expect(WORDS.word(a)).toBe('Delhi');
    expect(WORDS.idOf('delhi', 0, 5)).not.toBe(a);
  });

  it('tells words apart and finds them again as the table grows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 3000 }), (words) => {
        const text = words.join('\u0000');
        const ids: number[] = [];
        let at = 0;
        for (const w of words) {
          ids.push(WORDS.idOf(text, at, at + w.length));
          at += w.length + 1;
        }
        expect(new Set(ids).size).toBe(words.length);
        words.forEach((w, k) => {
          expect(WORDS.word(ids[k] as number)).toBe(w);
          expect(WORDS.idOf(`x${w}x`, 1, 1 + w.length)).toBe(ids[k]);
        });
      }),
      { numRuns: 20 },
    );
  });
});

describe('wordIds and idAt', () => {
  it("find a token's id on demand and keep it", () => {
    const t = tokenise('Rahul Gandhi met Rahul Dravid.');
    const ids = wordIds(t);
    expect(ids[0]).toBe(0);
    const first = idAt(t, ids, 0);
    expect(ids[0]).toBe(first);
    expect(idAt(t, ids, 3)).toBe(first);
    expect(WORDS.word(idAt(t, ids, 4))).toBe(tokenText(t, 4));
    // The same tokens give the same ids; other tokens theirs.
    expect(wordIds(t)).toBe(ids);
    const other = tokenise('Dravid');
    const otherIds = wordIds(other);
    expect(otherIds.length).toBe(1);
    expect(otherIds[0]).toBe(0);
    expect(WORDS.word(idAt(other, otherIds, 0))).toBe('Dravid');
  });
});

describe('the table starts afresh', () => {
  it('when full, and only when the tokens of a new text are asked for', () => {
    const t = tokenise('Asha Verma');
    const ids = wordIds(t);
    const before = WORDS.generation;
    for (let k = WORDS.size; k <= MAX_WORDS; k++) WORDS.idOf(`w${k}`, 0, `w${k}`.length);
    // Still the same text: its ids stand.
    expect(wordIds(t)).toBe(ids);
    expect(WORDS.generation).toBe(before);
    const u = tokenise('Rohan Pillai');
    wordIds(u);
    expect(WORDS.generation).toBe(before + 1);
    expect(WORDS.size).toBe(0);
    expect(WORDS.word(idAt(u, wordIds(u), 1))).toBe('Pillai');
  });
});
