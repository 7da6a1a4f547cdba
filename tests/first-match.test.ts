// FirstMatch gives what `rules.find(...)` gives: the first rule, in list order, whose hint and
// pattern both pass, and findAmong the first of those a filter keeps. Checked on small lists
// that put the joined regexes' traps in the way (rules with other flags, groups inside
// patterns, named groups, `\k`, hints, unanchored patterns), then on the boilerplate line
// rules against every line of the fixtures and random lines made of their words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BoilerplateRule, LINE_RULES } from '../src/data/boilerplate/index.js';
import { FirstMatch, type Rule } from '../src/text/first-match.js';

interface Named extends Rule {
  name: string;
}

const hintPasses = (hint: Rule['hint'], text: string) => !hint || (typeof hint === 'function' ? hint(text) : hint.test(text));
const oneByOne = <R extends Rule>(rules: readonly R[], text: string) => rules.find((r) => hintPasses(r.hint, text) && r.pattern.test(text));

describe('FirstMatch', () => {
  const rules: Named[] = [
    { name: 'caps', pattern: /^(AB)+C$/u },
    { name: 'groups', pattern: /^(x)(y)?z|^(q)/i },
    { name: 'hinted', pattern: /^h.*$/i, hint: /hint/ },
    { name: 'hinted-by-a-function', pattern: /^f.*$/i, hint: (text: string) => text.endsWith('!') },
    { name: 'unanchored', pattern: /middle/ },
    { name: 'later-i', pattern: /^abc$/i },
    { name: 'plain', pattern: /^(?:xz|abc|q)$/ },
    { name: 'named', pattern: /^(?<r0>nam)ed$/ }, // a group named like FirstMatch's own
    { name: 'k', pattern: /^\k$/ }, // a plain "k" without the u flag
  ];
  const first = new FirstMatch(rules);
  const cases: [string, string | undefined][] = [
    ['ABABC', 'caps'],
    ['abc', 'later-i'], // "caps" is case-sensitive; "plain" comes after "later-i"
    ['XZ', 'groups'], // a group inside a pattern does not shift which rule is named
    ['xz', 'groups'],
    ['Q', 'groups'],
    ['h with a hint', 'hinted'],
    ['h without one', undefined], // the pattern matches but the hint does not
    ['f ends so!', 'hinted-by-a-function'],
    ['f ends so', undefined],
    ['the middle h hint', 'unanchored'],
    ['hint in the middle', 'hinted'], // both match: the earlier rule wins
    ['named', 'named'],
    ['k', 'k'],
    ['nothing', undefined],
    ['', undefined],
  ];
  it.each(cases)('%j -> %s', (text, name) => {
    expect(first.find(text)?.name).toBe(name);
    expect(oneByOne(rules, text)?.name).toBe(name);
  });

  it.each([
    ['abc', 'plain'], // the first match, "later-i", is filtered out: the next one that matches
    ['ABABC', 'caps'],
    ['XZ', undefined], // only "groups" matches, and it is filtered out
    ['xz', 'plain'],
  ])('findAmong %j, without "later-i" and "groups" -> %s', (text, name) => {
    const keep = (r: Named) => r.name !== 'later-i' && r.name !== 'groups';
    expect(first.findAmong(text, keep)?.name).toBe(name);
    expect(rules.find((r) => keep(r) && oneByOne([r], text))?.name).toBe(name);
  });

  it('is an empty list', () => {
    expect(new FirstMatch<Rule>([]).find('anything')).toBeUndefined();
  });
});

describe('FirstMatch on the boilerplate line rules', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n|\r/))
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const variants = [LINE_RULES, LINE_RULES.filter((r) => r.joins), LINE_RULES.filter((r) => r.tail), [...LINE_RULES].reverse()];
  const filters = [
    (r: BoilerplateRule) => r.joins === true,
    (r: BoilerplateRule) => r.tail === true,
    (r: BoilerplateRule) => r.kind !== 'byline',
  ];

  it('gives the same rule as trying each in turn, on every fixture line', () => {
    expect(lines.length).toBeGreaterThan(300);
    let matched = 0;
    for (const rules of variants) {
      const first = new FirstMatch(rules);
      for (const line of lines) {
        const expected = oneByOne(rules, line);
        if (expected) matched++;
        expect(first.find(line), line).toBe(expected);
      }
    }
    expect(matched).toBeGreaterThan(40); // the fixtures hold notices, credits, captions and promos
  });

  it('findAmong gives the same rule as trying each kept rule in turn, on every fixture line', () => {
    const first = new FirstMatch(LINE_RULES);
    for (const keep of filters) {
      for (const line of lines) expect(first.findAmong(line, keep), line).toBe(oneByOne(LINE_RULES.filter(keep), line));
    }
  });

  it('gives the same rule on lines made of the fixtures’ words', () => {
    const words = [...new Set(lines.flatMap((line) => line.split(/\s+/)))];
    const first = new FirstMatch(LINE_RULES);
    const line = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 })
      .chain((picked) => fc.constantFrom(picked.join(' '), `(${picked.join(' ')})`, picked.join(' ').toUpperCase()));
    fc.assert(
      fc.property(line, (text) => first.find(text) === oneByOne(LINE_RULES, text)),
      { numRuns: 3000 },
    );
  });
});
