// Builds the benchmark's NDJSON inputs from the fixture stories, read at run time: the ordinary
// corpus (every fixture in turn, repeated) and four pathological inputs meant to find work that
// grows faster than the text. Each line is {"id", "text"}; sizes are in bytes of NDJSON.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

// Shapes of the pathological inputs; each reason says what it could make slow.
const CAPITALISED_RUN_WORDS = 5000; // "Levan Gelashvili Tbilisi ..." as one run: name and dateline matchers backtrack over capitals
const NO_PUNCTUATION_BYTES = 1_000_000; // a megabyte with no sentence end, no quote, no comma
const QUOTED_WORDS = 2000; // words per story in the quote-mark input
const QUOTE_MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»']; // one before every word: pairing marks by context

/**
 * The stories of the shared benchmark folders (real news: Reuters 1996, US campaign stories of
 * 2016, real feed copy), when `../shared/bench` sits beside the checkout; [] otherwise.
 */
export function readRealNews(benchDir, folders) {
  const stories = [];
  for (const folder of folders) {
    let files;
    try {
      files = readdirSync(join(benchDir, folder));
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.txt')).sort())
      stories.push({ name: `${folder}-${basename(file, '.txt')}`, text: readFileSync(join(benchDir, folder, file), 'utf8') });
  }
  return stories;
}

/** The fixture stories, sorted by name: [{name, text}]. */
export function readFixtures(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: basename(file, '.txt'), text: readFileSync(join(dir, file), 'utf8') }));
}

/** Writes stories from `nextStory(n)` as NDJSON until the file holds at least `bytes`; returns {bytes, stories}. */
function writeNdjson(file, bytes, nextStory) {
  const lines = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const line = `${JSON.stringify(nextStory(n))}\n`;
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  writeFileSync(file, lines.join(''));
  return { file, bytes: size, stories: lines.length };
}

/** The ordinary corpus: the fixtures in turn, `{"id": "<fixture>-<round>", "text"}`. */
export function writeCorpus(file, bytes, fixtures) {
  return writeNdjson(file, bytes, (n) => {
    const { name, text } = fixtures[n % fixtures.length];
    return { id: `${name}-${Math.floor(n / fixtures.length)}`, text };
  });
}

/** The first stories of `corpusFile` up to about `bytes`, for the slow compromise baseline. */
export function writeSlice(file, bytes, corpusFile) {
  const lines = readFileSync(corpusFile, 'utf8').split('\n');
  return writeNdjson(file, bytes, (n) => JSON.parse(lines[n]));
}

function wordsOf(fixtures) {
  return fixtures.flatMap(({ text }) => text.match(/\p{L}+/gu) ?? []);
}

/** `count` items of `items`, starting at `offset` and wrapping around. */
function takeRound(items, offset, count) {
  return Array.from({ length: count }, (_, i) => items[(offset + i) % items.length]);
}

/** The pathological texts, by kind: each a function from story number to text. */
export function pathologicalKinds(fixtures) {
  const words = wordsOf(fixtures);
  const flattened = fixtures.map(({ text }) => text.replace(/\s+/g, ' ').trim());
  const unpunctuated = fixtures.map(({ text }) => text.replace(/[^\p{L}\p{N}\s]+/gu, ' ')).join('\n\n');
  const capitalise = (word) => word[0].toUpperCase() + word.slice(1);
  return [
    {
      kind: 'very long paragraphs',
      detail: 'every fixture flattened onto one ~50 KB line',
      story: (n) => takeRound(flattened, n, flattened.length).join(' '),
    },
    {
      kind: 'capitalised words in a row',
      detail: `${CAPITALISED_RUN_WORDS} per story`,
      story: (n) =>
        `${takeRound(words, n * CAPITALISED_RUN_WORDS, CAPITALISED_RUN_WORDS)
          .map(capitalise)
          .join(' ')}.`,
    },
    {
      kind: 'no punctuation',
      detail: '1 MB stories',
      story: () => unpunctuated.repeat(Math.ceil(NO_PUNCTUATION_BYTES / unpunctuated.length)).slice(0, NO_PUNCTUATION_BYTES),
    },
    {
      kind: 'many quote marks',
      detail: `a mark before each of ${QUOTED_WORDS} words`,
      story: (n) =>
        takeRound(words, n * QUOTED_WORDS, QUOTED_WORDS)
          .map((word, i) => QUOTE_MARKS[i % QUOTE_MARKS.length] + word)
          .join(' '),
    },
  ];
}

/** Writes one pathological input of about `bytes`. */
export function writePathological(file, bytes, { kind, story }) {
  const id = kind.replaceAll(' ', '-');
  return writeNdjson(file, bytes, (n) => ({ id: `${id}-${n}`, text: story(n) }));
}
