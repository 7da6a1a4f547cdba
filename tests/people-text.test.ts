// The people stage reads the text around a name from where the name stands, and tries its
// patterns only on the part of the text they can match. Each reader gives what the code it
// replaced gave (kept here as it was: trimEnd, split(/\s+/), the patterns over the whole text
// before a name), on random text made of what decides them: white space of several kinds,
// commas and other marks, role nouns, articles, the link words, credit words, capitals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_PAST, ROLE_NOUNS, SPEECH_VERBS } from '../src/data/words.js';
import { lastWords } from '../src/pipeline/people/around.js';
import { titleInThe } from '../src/pipeline/people/candidates.js';
import { employerBefore, endingOf, kindBefore, roleBefore } from '../src/pipeline/people/evidence.js';
import { creditBefore } from '../src/pipeline/people/verdicts.js';

// ---- as it was ------------------------------------------------------------------------------

const ROLE_THEN_COMMA =
  /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|an?)|\p{Lu}\p{Ll}+['’]s)\s+(?<role>(?:[\p{Ll}\d-]+\s+){0,2}(?<head>\p{Ll}+)),\s+$/u;
const ROLE_OF_THEN_COMMA = /\b[Tt]he\s+(?<role>(?:[\p{Ll}-]+\s+){0,2}(?<head>\p{Ll}+)\s+of\s+[^,;:"“”()]{2,60}),\s+$/u;
const NAMED_THING_BEFORE =
  /\b(?:carrier|ship|vessel|spacecraft|lander|rover|satellite|rocket|telescope|drone|chatbot|app|consultancy|firm|company|startup|frigate|destroyer|submarine|tanker|ferry|yacht|newspaper|weekly|daily|magazine|film|movie|album|song|book|novel|hotel|restaurant|brand|label|club|band|horse|storm|hurricane|typhoon|cyclone|operation|(?:village|town|city|district|province|state|county|region|island|port|capital|suburb|municipality) of)\s+$/;
const EMPLOYER_BEFORE = /\b(?<role>\p{Ll}[\p{Ll}-]*)\s+(?:at|with|for)\s+$/u;
const CREDIT_BEFORE = /(?:\/\s*|\b(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage|[Cc]redit|[Cc]ourtesy)(?:\s+(?:by|of))?\s*:?\s*)$/;
const TITLE_IN_THE =
  /(?<title>\p{Lu}[\p{L}-]*(?: (?:of the|of|for) \p{Lu}[\p{L}-]*| \p{Lu}[\p{L}-]*)*) (?<link>in the|of the|at the|in|of|at) $/u;
const ROLE_STOP = new Set(
  'the a an of and or but to by for with from at in on as said says told that who which its his her their our'.split(' '),
);

function oldEnding(text: string) {
  const trimmed = text.trimEnd();
  const n = trimmed.length;
  const astral = n >= 2 && (trimmed.codePointAt(n - 2) as number) > 0xffff;
  const start = astral ? n - 2 : n - 1;
  return { trimmed, spaced: n < text.length, last: n === 0 ? '' : String.fromCodePoint(trimmed.codePointAt(start) as number) };
}

function oldRoleBefore(before: string): string | null {
  const ending = oldEnding(before);
  const described = ending.spaced && ending.last === ',' ? (ROLE_OF_THEN_COMMA.exec(before) ?? ROLE_THEN_COMMA.exec(before)) : null;
  if (described?.groups && ROLE_NOUNS.has(described.groups.head as string)) return described.groups.role as string;
  const words = ending.trimmed.split(/\s+/);
  const head = words.at(-1);
  if (!head || !ROLE_NOUNS.has(head) || /[^\p{L}-]/u.test(head)) return null;
  let i = words.length - 1;
  while (i > 0 && words.length - i < 3) {
    const w = words[i - 1] as string;
    if (ROLE_STOP.has(w.toLowerCase()) || /[^\p{L}-]/u.test(w) || SPEECH_VERBS.has(w) || /^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST.has(w))
      break;
    i--;
  }
  return words.slice(i).join(' ');
}

// ---- random text ----------------------------------------------------------------------------

const PIECES = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  ',',
  ', ',
  ';',
  ':',
  '"',
  '“',
  '(',
  ')',
  '/',
  '-',
  '.',
  'the',
  'The',
  'a',
  'an',
  'his',
  'of',
  'at',
  'with',
  'for',
  'and',
  'said',
  'led',
  'chief',
  'spokesman',
  'leader',
  'union',
  'analyst',
  'governor',
  'head',
  'x',
  'carrier',
  'village of',
  'municipality',
  'weekly',
  'Photo',
  'photographs',
  'by',
  'Courtesy',
  'Reuters',
  'India’s',
  'Smith',
  'Leader',
  'Opposition',
  'Delhi Assembly',
  'in',
  'in the',
  'Vice-President',
  'É',
  '7',
  'é',
  '𝐀',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('the text before a name, read from its end', () => {
  it('lastWords gives the last words of split(/\\s+/)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (s, n) => {
        const to = s.trimEnd().length;
        expect(lastWords(s, to, n)).toEqual(s.slice(0, to).split(/\s+/).slice(-n));
      }),
      { numRuns: 5000 },
    );
  });

  it('endingOf measures what trimEnd cut', () => {
    fc.assert(
      fc.property(text, (s) => {
        const old = oldEnding(s);
        const now = endingOf(s);
        expect([now.trimmed, now.spaced, now.last]).toEqual([old.trimmed.length, old.spaced, old.last]);
      }),
      { numRuns: 5000 },
    );
  });

  it('roleBefore gives the role the whole-text patterns gave', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(roleBefore(s, endingOf(s))).toBe(oldRoleBefore(s));
      }),
      { numRuns: 10000 },
    );
  });

  it('kindBefore, employerBefore and creditBefore match as their patterns over the whole text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = s.trimEnd().length;
        expect(kindBefore(s, n)).toBe(NAMED_THING_BEFORE.test(s));
        expect(employerBefore(s, n)).toBe(EMPLOYER_BEFORE.exec(s)?.groups?.role);
        const padded = `${s}Jane`; // a name after the text: the credit is read in the 24 characters before it
        expect(creditBefore(padded, s.length)).toBe(CREDIT_BEFORE.test(padded.slice(Math.max(0, s.length - 24), s.length)));
      }),
      { numRuns: 10000 },
    );
  });

  it('titleInThe finds what TITLE_IN_THE finds in the whole text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = TITLE_IN_THE.exec(s);
        const found = titleInThe(s, 0, s.length);
        expect([found?.groups?.title, found?.groups?.link]).toEqual([m?.groups?.title, m?.groups?.link]);
      }),
      { numRuns: 10000 },
    );
  });

  it.each([
    ['said union leader ', 'union leader'],
    ['The governor, ', 'governor'],
    ['The head of the UN refugee agency, ', 'head of the UN refugee agency'],
    ['and then ', null],
  ])('roleBefore(%j) is %j', (before, role) => {
    expect(roleBefore(before, endingOf(before))).toBe(role);
  });
});
