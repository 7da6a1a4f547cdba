// The tokenizer: what it cuts a text into ([input, tokens] tables), the bits it sets, where it
// says sentences open, and on random text that its tokens cover every character but white
// space exactly once, in order, with line breaks as tokens of their own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPITALISED,
  HAS_HYPHEN,
  HAS_PERIOD,
  LINE,
  LOWER,
  NUMBER,
  ODD_CHARS,
  PARAGRAPH,
  POSSESSIVE,
  PUNCT,
  QUOTE,
  SENTENCE_START,
  SPACE_BEFORE,
  tokenAfter,
  tokenise,
  tokenText,
  UPPER,
  WORD,
} from '../src/text/tokens.js';

const texts = (s: string) => {
  const t = tokenise(s);
  return Array.from({ length: t.count }, (_, i) => tokenText(t, i));
};

describe('tokenise cuts words, numbers, marks and breaks', () => {
  it.each([
    ['Rahul Gandhi said', ['Rahul', 'Gandhi', 'said']],
    ['Modi\u2019s visit', ['Modi', '\u2019s', 'visit']],
    ["Germany's O'Neill", ['Germany', "'s", "O'Neill"]],
    ["don't go", ["don't", 'go']],
    ['Mr. P. Chidambaram', ['Mr.', 'P.', 'Chidambaram']],
    ['the U.S. economy', ['the', 'U.S.', 'economy']],
    ['at 10:30 a.m. on Jan. 5, 2024.', ['at', '10:30', 'a.m.', 'on', 'Jan.', '5', ',', '2024', '.']],
    ['Rs 1,500.50 crore', ['Rs', '1,500.50', 'crore']],
    ['Jean-Pierre al-Assad', ['Jean-Pierre', 'al-Assad']],
    ['AT&T and S&P', ['AT&T', 'and', 'S&P']],
    ['"We won," he said', ['"', 'We', 'won', ',', '"', 'he', 'said']],
    ['\u201cYes\u201d -- no...', ['\u201c', 'Yes', '\u201d', '--', 'no', '...']],
    ['(ANI)', ['(', 'ANI', ')']],
    ['one\ntwo\n\nthree', ['one', '\n', 'two', '\n\n', 'three']],
    ["players' union", ['players', "'", 'union']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives each token its kind', () => {
    const t = tokenise('He paid $5 ("cash").\n\nDone');
    expect(Array.from(t.kind.subarray(0, t.count))).toEqual([
      WORD,
      WORD,
      PUNCT,
      NUMBER,
      PUNCT,
      QUOTE,
      WORD,
      QUOTE,
      PUNCT,
      PUNCT,
      PARAGRAPH,
      WORD,
    ]);
    expect(tokenise('a\nb').kind[1]).toBe(LINE);
  });

  it('sets case and shape bits', () => {
    const t = tokenise("NATO Delhi said al-Assad U.S. Trump's");
    const flags = (i: number) => t.flags[i] as number;
    expect(flags(0) & (CAPITALISED | UPPER)).toBe(CAPITALISED | UPPER);
    expect(flags(1) & (CAPITALISED | UPPER | LOWER)).toBe(CAPITALISED);
    expect(flags(2) & LOWER).toBe(LOWER);
    expect(flags(3) & (CAPITALISED | LOWER | HAS_HYPHEN)).toBe(HAS_HYPHEN);
    expect(flags(4) & HAS_PERIOD).toBe(HAS_PERIOD);
    expect(flags(6) & POSSESSIVE).toBe(POSSESSIVE);
    expect(flags(1) & SPACE_BEFORE).toBe(SPACE_BEFORE);
    expect(flags(6) & SPACE_BEFORE).toBe(0);
  });
});

describe('tokenise marks odd characters in words', () => {
  it.each([
    ['AT&T', true],
    ['Jose\u0301', true],
    ['\u01c5emal', true],
    ['Ta\u2011Nehisi', true],
    ['Jean-Pierre', false],
    ["O'Neill", false],
    ['U.S.', false],
    ['\u00c9mile', false],
    ['\u5317\u4eac', false],
  ])('%j: %s', (input, odd) => {
    const t = tokenise(input);
    expect(t.count).toBe(1);
    expect(((t.flags[0] as number) & ODD_CHARS) !== 0).toBe(odd);
  });
});

describe('tokenise marks where sentences open', () => {
  const starts = (s: string) => {
    const t = tokenise(s);
    return Array.from({ length: t.count }, (_, i) => i)
      .filter((i) => (t.flags[i] as number) & SENTENCE_START)
      .map((i) => tokenText(t, i));
  };
  it.each([
    ['He left. She stayed.', ['He', 'She']],
    ['"We won." Then they left.', ['"', 'Then']],
    ['It rose (sharply). 5 people came.', ['It', '5']],
    ['Who? Me!', ['Who', 'Me']],
    ['headline\nBody text here', ['headline', 'Body']],
  ])('%j', (input, expected) => {
    expect(starts(input)).toEqual(expected);
  });
  // Not sentence ends: abbreviations, initials, a lower-case word after the period.
  it.each([
    ['Mr. Smith met Dr. Jones.', ['Mr.']],
    ['M. K. Stalin spoke.', ['M.']],
    ['The U.S. Senate voted.', ['The']],
    ['It fell 3.5 per cent. and rose', ['It']],
    ['On Jan. 5 it rained.', ['On']],
  ])('not after an abbreviation: %j', (input, expected) => {
    expect(starts(input)).toEqual(expected);
  });
});

describe('tokenAfter', () => {
  it('finds the first token ending after an offset', () => {
    const t = tokenise('ab cd ef');
    expect(tokenAfter(t, 0)).toBe(0);
    expect(tokenAfter(t, 2)).toBe(1);
    expect(tokenAfter(t, 3)).toBe(1);
    expect(tokenAfter(t, 8)).toBe(3);
  });
});

const PIECES = [
  'Ab',
  'cd',
  'X',
  '7',
  '.',
  ',',
  "'",
  '’',
  's',
  '-',
  '&',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '"',
  '“',
  '(',
  'é',
  '𝐀',
  'e\u0301',
  '中',
  '…',
  '\t',
];

describe('tokens cover the text', () => {
  it('every character but white space is in exactly one token, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const t = tokenise(text);
        const covered = new Uint8Array(text.length);
        let last = 0;
        for (let i = 0; i < t.count; i++) {
          const s = t.start[i] as number;
          const e = t.end[i] as number;
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          last = e;
          covered.fill(1, s, e);
          const kind = t.kind[i];
          if (kind === LINE || kind === PARAGRAPH) expect(/^\s+$/.test(tokenText(t, i))).toBe(true);
          else expect(/\s/.test(tokenText(t, i))).toBe(false);
        }
        for (let k = 0; k < text.length; k++) if (!/\s/.test(text[k] as string)) expect(covered[k]).toBe(1);
      }),
    );
  });
});
