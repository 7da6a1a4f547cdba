// capitalisedRuns reads a paragraph's capitalised runs from its tokens; it gives what trying
// CAPITALISED_RUN at every word start gave before (the function it replaced, kept here), on
// random text made of what decides a run: capitalised words, initials, titles' abbreviations,
// particles, possessives, hyphens, apostrophes, digits, marks, spaces and line breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPITALISED_RUN, capitalisedRuns } from '../src/pipeline/people/runs.js';
import { isWordChar } from '../src/text/count.js';
import { CAPITALISED, HAS_HYPHEN, LOWER, tokenAt, tokenise, WORD } from '../src/text/tokens.js';

const AT = new RegExp(CAPITALISED_RUN.source, 'uy');
const AL_PREFIX = /^(?:[Aa]l|[Ee]l)-\p{Lu}/u;
const isNameChar = (cp: number) => isWordChar(cp) || cp === 0x27 || cp === 0x2019;
function wordCharBefore(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  const from = at >= 2 && unit >= 0xdc00 && unit <= 0xdfff ? at - 2 : at - 1;
  return isNameChar(text.codePointAt(from) as number);
}

/** The runs as the pattern alone finds them: [start, text] in the whole text. */
function byPattern(whole: string, paraStart: number, paraEnd: number): [number, string][] {
  const t = tokenise(whole);
  const text = whole.slice(paraStart, paraEnd);
  const runs: [number, string][] = [];
  let covered = 0;
  const tryAt = (at: number) => {
    if (at < covered || (at > 0 && wordCharBefore(text, at))) return;
    AT.lastIndex = at;
    const m = AT.exec(text);
    if (m === null) return;
    runs.push([paraStart + at, m[0]]);
    covered = at + m[0].length;
  };
  const last = tokenAt(t, paraEnd);
  for (let i = tokenAt(t, paraStart); i < last; i++) {
    if (t.kind[i] !== WORD) continue;
    const f = t.flags[i] as number;
    const at = (t.start[i] as number) - paraStart;
    if (f & CAPITALISED) tryAt(at);
    else if (f & LOWER) continue;
    else if (AL_PREFIX.test(text.slice(at, at + 4))) tryAt(at);
    if (f & HAS_HYPHEN) {
      const word = text.slice(at, (t.end[i] as number) - paraStart);
      for (const h of word.matchAll(/-(?=\p{Lu})/gu)) tryAt(at + (h.index ?? 0) + 1);
    }
  }
  return runs;
}

function byTokens(whole: string, paraStart: number, paraEnd: number): [number, string][] {
  const runs = capitalisedRuns(tokenise(whole), whole, paraStart, paraEnd);
  // Each run's words are its text cut at its spaces.
  for (const r of runs) expect(r.words.map((w) => w.text).join(' ')).toBe(whole.slice(r.start, r.end));
  for (const r of runs) for (const w of r.words) expect(whole.slice(w.start, w.end)).toBe(w.text);
  return runs.map((r) => [r.start, whole.slice(r.start, r.end)]);
}

const PIECES = [
  'Smith',
  'John',
  "O'Neill",
  'D’Souza',
  'Jean-Pierre',
  'al-Assad',
  'el-Sisi',
  'Al-Jazeera',
  'anti-Modi',
  'pro-Trump',
  'Mr.',
  'Mr',
  'Mrs.',
  'Sen.',
  'Dr.',
  'St.',
  'Jr.',
  'Jan.',
  'U.S.',
  'U.S',
  'J.',
  'K.',
  'É.',
  'Émile',
  'A',
  'I',
  'VIII',
  'X2',
  '3',
  'AT&T',
  'NATO',
  'McCain',
  'eBay',
  'ǅemal',
  'Jose\u0301',
  '𝐀',
  'Ta‑Nehisi',
  "'s",
  '’s',
  "'S",
  "'",
  '’',
  '-',
  '.',
  '..',
  ',',
  '"',
  '“',
  '(',
  'de',
  'van',
  'der',
  'del',
  'of',
  'the',
  'y',
  'said',
  'smith',
  'bin',
  'la',
  'The',
  'U.S.A.',
  'A.B.C',
  'Gen',
  'X.',
  'É',
  'Ǆ',
  '1996',
  "Dato'",
  '\t',
  '\u00a0',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
];

describe('capitalisedRuns', () => {
  it.each([
    ['Lithuanian Foreign Minister Linas Linkevicius said', [[0, 'Lithuanian Foreign Minister Linas Linkevicius']]],
    [
      'Ursula von der Leyen and Mr. Smith',
      [
        [0, 'Ursula von der Leyen'],
        [25, 'Mr. Smith'],
      ],
    ],
    [
      "Modi's visit, M. K. Stalin",
      [
        [0, "Modi's"],
        [14, 'M. K. Stalin'],
      ],
    ],
    [
      'the anti-Modi camp, al-Assad',
      [
        [9, 'Modi'],
        [20, 'al-Assad'],
      ],
    ],
    ['Martin Luther King Jr. spoke', [[0, 'Martin Luther King Jr']]],
    ['Secretary of State John Kerry', [[0, 'Secretary of State John Kerry']]],
  ])('%j', (text, runs) => {
    expect(byTokens(text, 0, text.length)).toEqual(runs);
  });

  it('gives the runs the pattern gives, tried at every word start', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        // The whole text as one paragraph, and a paragraph cut from it anywhere.
        expect(byTokens(s, 0, s.length)).toEqual(byPattern(s, 0, s.length));
        const from = s.length ? a % s.length : 0;
        const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
        expect(byTokens(s, from, to)).toEqual(byPattern(s, from, to));
      }),
      { numRuns: 20000 },
    );
  });
});
