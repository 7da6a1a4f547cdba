// Property-based tests (fast-check) on random and mutated stories. For arbitrary unicode, for
// stories built from news-feed fragments, and for the fixtures with slices deleted, duplicated,
// inserted or their quote marks swapped, `extract` never throws, every span slices back into the
// input, and the same input gives the same record. Through the built CLI, N NDJSON lines (some
// broken) give N records in order. Worst-case inputs (huge runs of quote marks, capitals, "said",
// brackets...) finish and stay sane; their timing is the benchmark's job, not this file's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ArticleRecord } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const CLI = join(ROOT, 'bin', 'wirecut.js');
const fixtureTexts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

/** Runs per property: enough to find shallow bugs, few enough to keep the file near 20 s. */
const RUNS = 150;
const CLI_RUNS = 15;

// ---- Generators ----

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»'] as const;

/** Pieces of real feeds, glued together at random into story-like text. */
const FRAGMENTS = [
  'LONDON (Reuters) - ',
  'New Delhi, Jan 5 (PTI) ',
  'Mumbai (Maharashtra) [India], March 3 (ANI): ',
  'WASHINGTON (AP) — ',
  'PARIS, May 6, 2024 (AFP) - ',
  'Beijing, June 1 (Xinhua) -- ',
  '(AP)',
  '(IANS)',
  ...QUOTE_MARKS,
  '“We are not immune,” said Mr. Smith. ',
  "'It is over,' she told reporters. ",
  '"We will finish the road by winter," Gadkari added.',
  ' said ',
  ' said.',
  ', he said.',
  ' told reporters',
  'Prime Minister Narendra Modi',
  'Mr. ',
  'Dr. Jane Smith',
  'Smith',
  'the ministry',
  'Also Read | Five Things To Know ',
  'Reporting by Sipho Dlamini; Editing by Anna Berg',
  'ADVERTISEMENT',
  '___',
  '&quot;',
  '&amp;',
  '&#8217;',
  '<p>',
  '</p>',
  'â€œ',
  'â€�',
  'â€™',
  'Ã£',
  'BREAKING NEWS ON THE MARKETS TODAY ',
  'IN THE CAPITAL',
  '2024',
  '10.5%',
  '17',
  '\r\n',
  '\n',
  '\n\n',
  '\r',
  ' ',
  '. ',
  ', ',
  ' -- ',
  ' – ',
  '(',
  ')',
  '[',
  ']',
  '\u00a0',
  '\u200b',
  '\uFEFF',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 300 });
/** Any UTF-16 code unit, lone surrogates included, as a bad decode upstream can leave them. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
const unicodeStory = fc.oneof(anyCodePoints, anyCodeUnits);
const fragmentStory = fc
  .array(fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** An edit to a fixture; positions are taken modulo the text's length, so any number fits. */
type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'swap-marks'; from: string; to: string };

const position = fc.nat({ max: 20_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fragment, fragmentStory) }),
  fc.record({ kind: fc.constant('swap-marks' as const), from: fc.constantFrom(...QUOTE_MARKS), to: fc.constantFrom(...QUOTE_MARKS) }),
);

function applyMutation(text: string, m: Mutation): string {
  if (m.kind === 'swap-marks') return text.replaceAll(m.from, m.to);
  const at = m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  const end = Math.min(text.length, at + m.length);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(end);
  return text.slice(0, end) + text.slice(at, end) + text.slice(end);
}

const mutatedFixture = fc
  .tuple(fc.constantFrom(...fixtureTexts), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, mutations]) => mutations.reduce(applyMutation, text));

const STORY_KINDS = [
  ['arbitrary unicode', unicodeStory],
  ['news-feed fragments', fragmentStory],
  ['mutated fixtures', mutatedFixture],
] as const;

const referenceDate = fc.option(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

// ---- Checks ----

/** Every span in the record points into the input (after the BOM `extract` drops); dateline and removed text slice back exactly. */
function expectSpansSliceBack(given: string, r: ArticleRecord): void {
  const input = given.replace(/^\uFEFF/, '');
  if (r.dateline) expect(input.slice(r.dateline.start, r.dateline.end)).toBe(r.dateline.text);
  for (const x of r.removed) expect(input.slice(x.start, x.end)).toBe(x.text);
  for (const q of r.quotes) expectInside(input, q);
  for (const w of r.warnings) if (w.start !== undefined) expectInside(input, { start: w.start, end: w.end ?? w.start });
}

function expectInside(input: string, span: { start: number; end: number }): void {
  expect(span.start, JSON.stringify(span)).toBeGreaterThanOrEqual(0);
  expect(span.end, JSON.stringify(span)).toBeGreaterThanOrEqual(span.start);
  expect(span.end, JSON.stringify(span)).toBeLessThanOrEqual(input.length);
}

describe.each(STORY_KINDS)('extract on %s', (_kind, story) => {
  it('never throws', () => {
    fc.assert(
      fc.property(story, referenceDate, (text, date) => {
        extract(text, { date });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives spans that slice back into the input', () => {
    fc.assert(
      fc.property(story, (text) => expectSpansSliceBack(text, extract(text))),
      { numRuns: RUNS },
    );
  });

  it('is deterministic, even after extracting another story', () => {
    fc.assert(
      fc.property(story, story, (text, other) => {
        const first = JSON.stringify(extract(text));
        extract(other);
        expect(JSON.stringify(extract(text))).toBe(first);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- N NDJSON lines, N records, through the built CLI (`npm test` builds first) ----

/** One NDJSON line and the `source` its record must carry (see src/story.ts). */
type Line =
  | { kind: 'story'; id: string | number | null; text: string }
  | { kind: 'no-text'; id: string }
  | { kind: 'broken'; bytes: Buffer }
  | { kind: 'blank'; text: string };

const cliStory = fc.oneof(fc.constant(''), fc.constant('a\u0000b'), fragmentStory, unicodeStory, mutatedFixture);
const storyId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => `id-${s}`),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constant(null),
);
const BROKEN_LINES = [
  '{"id": "cut", "text": "LONDON (Reuters) - ',
  '[1, 2, 3]',
  '"just a string"',
  'null',
  '{"id": "nul", "text": "raw \u0000 NUL"}',
  'not json at all',
].map((s) => Buffer.from(s, 'utf8'));
const INVALID_UTF8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]);

const line: fc.Arbitrary<Line> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('story' as const), id: storyId, text: cliStory }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('no-text' as const), id: fc.constant('no-text') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('broken' as const), bytes: fc.constantFrom(...BROKEN_LINES, INVALID_UTF8) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('blank' as const), text: fc.constantFrom('', '   ', '\t') }) },
);

function lineBytes(l: Line): Buffer {
  if (l.kind === 'broken') return l.bytes;
  if (l.kind === 'blank') return Buffer.from(l.text);
  if (l.kind === 'no-text') return Buffer.from(JSON.stringify({ id: l.id, body: 42 }));
  return Buffer.from(JSON.stringify(l.id === null ? { text: l.text } : { id: l.id, text: l.text }));
}

/** The source a line's record carries: its id when it has a usable one, else FILE:LINE. */
function expectedSource(l: Line, file: string, lineNumber: number): string {
  if (l.kind === 'story' && l.id !== null) return String(l.id);
  if (l.kind === 'no-text') return l.id;
  return `${file}:${lineNumber}`;
}

describe('NDJSON through the built CLI', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wirecut-properties-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one record per non-blank line, in input order', () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom('1', '2'),
        (lines, eol, finalEol, jobs) => {
          const file = join(dir, `feed-${run++}.ndjson`);
          const eolBytes = Buffer.from(eol);
          const parts = lines.flatMap((l, i) => (i < lines.length - 1 || finalEol ? [lineBytes(l), eolBytes] : [lineBytes(l)]));
          writeFileSync(file, Buffer.concat(parts));
          const r = spawnSync(process.execPath, [CLI, '--from', 'ndjson', '--jobs', jobs, file], {
            cwd: ROOT,
            encoding: 'utf8',
            maxBuffer: 64 << 20,
          });
          expect(r.status, r.stderr).toBeLessThanOrEqual(1);
          const expected = lines.flatMap((l, i) => (l.kind === 'blank' ? [] : [expectedSource(l, file, i + 1)]));
          const printed = r.stdout === '' ? [] : r.stdout.replace(/\n$/, '').split('\n');
          expect(printed).toHaveLength(expected.length);
          expect(printed.map((p) => (JSON.parse(p) as { source: string }).source)).toEqual(expected);
        },
      ),
      { numRuns: CLI_RUNS },
    );
  });
});

// ---- Worst inputs ----

const paragraph = (fixtureTexts[0] ?? '').replace(/\s+/g, ' ');
const WORST_INPUTS: readonly [string, () => string][] = [
  ['100,000 quote marks in one paragraph', () => '"'.repeat(100_000)],
  ['100,000 alternating “ and ”', () => '“”'.repeat(50_000)],
  ['a 1 MB paragraph with no punctuation', () => 'word '.repeat(200_000)],
  ['20,000 capitalised words in a row', () => 'Ravi '.repeat(20_000)],
  ['50,000 "said" words', () => 'said '.repeat(50_000)],
  ['a 2 MB story of fixture paragraphs with no line breaks', () => paragraph.repeat(Math.ceil(2_000_000 / paragraph.length))],
  ['10,000 "Mr." tokens', () => 'Mr. '.repeat(10_000)],
  ['deeply repeated "(" and "["', () => `${'('.repeat(50_000)}${'['.repeat(50_000)} said Smith`],
  ['100,000 apostrophes', () => "'".repeat(100_000)],
  ['a 100 KB quote, closed', () => `“${'word '.repeat(20_000)}” he said.`],
  ['a 100 KB quote, never closed', () => `Smith said “${'word '.repeat(20_000)}`],
  ['20,000 attributed quotes in one paragraph', () => '“a,” said Smith. '.repeat(20_000)],
  // capitals inside a word are no name's start; each must not be tried again as one
  ['a word of 400,000 capitals after a lower-case letter', () => `The x${'A'.repeat(400_000)} end, Marta Feldman said.`],
  // an astral capital inside a word: the scan must step over both of its UTF-16 units (it once
  // stopped between them, and the u flag sent it back to the same capital for ever)
  ['astral capitals inside words of astral letters', () => `${'\u{2D427}\u{1D6AF}\u{DED31} '.repeat(1000)}Marta Feldman said.`],
];

describe('worst inputs', () => {
  it.each(WORST_INPUTS)(
    '%s: finishes with short quotes and spans that slice back',
    (_name, build) => {
      const input = build();
      const r = extract(input);
      for (const q of r.quotes) expect(q.text.length).toBeLessThan(4001);
      expectSpansSliceBack(input, r);
    },
    30_000,
  );
});
