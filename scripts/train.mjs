#!/usr/bin/env node

// `npm run train`: trains the people tagger on the shared benchmarks and writes its weights
// into src/data/models/people-tagger.ts (base64 of the model's bytes, with a header saying what
// it was trained on, how, and how it scores on text it never saw). The build, the tests and a
// fresh clone use that committed file and never need ../shared.
//
// Training text (nothing else is read for training):
//   - ../shared/bench/conll2003-train/eng.train: CoNLL-2003 English train split (IOB1 tags,
//     PER names), matched to its rebuilt story files train-NNN.txt there, so that the tagger
//     trains on the tokens our own tokenizer makes of story text;
//   - the odd-numbered stories of ../shared/bench/wire-dev: real feed text, labelled from their
//     gold people lists (a name's words, found in the text, with its gold boilerplate cut out);
//     the even-numbered ones are held out, only scored.
//   - copies of a share of the CoNLL sentences in capitals and in title case, as feeds write
//     headlines.
// Held out and measured: eng.dev (entity-level PER P/R/F1, the figure NER papers give per
// class); then, with --score, document-level people F1 on conll2003-dev and the even half of
// wire-dev with the shared scorer, written into the header.
//
// Deterministic: the same data, settings and seed give the same weights, byte for byte.
// Usage: npm run train [-- --score] [-- --dry] [-- --set name=value] (--dry: train and report, write nothing)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const bench = join(shared, 'bench');
const OUT = join(root, 'src', 'data', 'models', 'people-tagger.ts');

/** How the committed model is trained. Change a setting here, run `npm run train`, commit both. */
const SETTINGS = {
  /** Passes over the training runs. */
  epochs: 12,
  /** Seed of the order runs are visited in and of the case copies. */
  seed: 15,
  /** Features whose weights both round to fewer units (of 32767 for the largest) are dropped. */
  minUnits: 24,
  /** Share of CoNLL sentences also trained on in capitals, and in title case. */
  capsCopies: 0.2,
  titleCopies: 0.2,
  /** Share of CoNLL sentences with a name also trained on with its first name cut to initials ("P Simmons", "P K Simmons"), as Indian copy writes them. */
  initialCopies: 0.15,
  /** Times each odd wire-dev story is trained on (real feed text, scarce). */
  wireRepeats: 3,
  /** For trying features: keep the last N CoNLL train stories out of training and list the tagger's errors on them (0 for the model). */
  holdout: 0,
  /** For reading the tagger's errors on feed text it did not see: 1..3 keeps out every third odd wire-dev story (the k-th of each three), 0 trains on all. */
  wireFold: 0,
};

const args = new Set(process.argv.slice(2));
// --set name=value overrides a setting, for trying one out (with --dry).
for (const [i, a] of process.argv.entries()) {
  if (a !== '--set') continue;
  const [name, value] = (process.argv[i + 1] ?? '').split('=');
  if (!(name in SETTINGS)) throw new Error(`train: no setting ${name}`);
  SETTINGS[name] = Number(value);
}
if (!existsSync(join(bench, 'conll2003-train', 'eng.train'))) {
  process.stderr.write(
    `train: ${relative(process.cwd(), join(bench, 'conll2003-train', 'eng.train'))} not found.\n` +
      'Training reads the shared benchmarks in ../shared beside the checkout; the build and tests do not need them.\n',
  );
  process.exit(2);
}

const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { normaliseText } = await dist('text/normalise.js');
const { tokenise } = await dist('text/tokens.js');
const { TITLE_WORDS, HONORIFICS } = await dist('data/words.js');
const { trainTagger, scoreTagger, seededRandom, O, B, I } = await dist('tagger/train.js');
const { PeopleTagger } = await dist('tagger/tagger.js');
const { decodeModel } = await dist('tagger/model.js');

const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/** A text with its names as character spans, to a training document: tokens and BIO labels. */
function toDoc(text, spans) {
  const tokens = tokenise(text);
  const labels = new Uint8Array(tokens.count);
  let i = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    while (i < tokens.count && tokens.end[i] <= s) i++;
    let first = true;
    for (let j = i; j < tokens.count && tokens.start[j] < e; j++) {
      labels[j] = first ? B : I;
      first = false;
    }
  }
  return { tokens, labels };
}

/** CoNLL column files: documents of sentences of [token, tag]. */
function readConll(file) {
  const docs = [];
  let doc = null;
  let sentence = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      if (sentence.length) doc.push(sentence);
      sentence = [];
      doc = [];
      docs.push(doc);
      continue;
    }
    if (!doc) {
      doc = [];
      docs.push(doc);
    }
    if (line.trim() === '') {
      if (sentence.length) doc.push(sentence);
      sentence = [];
      continue;
    }
    const cols = line.split(' ');
    sentence.push([cols[0], cols[3]]);
  }
  if (sentence.length) doc.push(sentence);
  return docs.filter((d) => d.length > 0);
}

/**
 * The PER names of a CoNLL document as spans of its rebuilt story text (normalised as the
 * pipeline normalises it), or null when its tokens cannot all be found in order.
 */
function conllStory(doc, file) {
  const text = normaliseText(readFileSync(file, 'utf8')).text;
  const spans = [];
  let at = 0;
  let open = null;
  for (const sentence of doc) {
    for (const [token, tag] of sentence) {
      const j = text.indexOf(token, at);
      if (j < 0 || j - at > 40) return null;
      at = j + token.length;
      const per = tag.endsWith('PER');
      if (per && open && !tag.startsWith('B-')) open[1] = at;
      else {
        if (open) spans.push(open);
        open = per ? [j, at] : null;
      }
    }
    if (open) spans.push(open);
    open = null;
  }
  return { text, spans };
}

function conllStories(columnFile, dir, prefix) {
  const stories = [];
  let skipped = 0;
  readConll(columnFile).forEach((doc, i) => {
    const file = join(dir, `${prefix}-${String(i + 1).padStart(3, '0')}.txt`);
    const story = existsSync(file) ? conllStory(doc, file) : null;
    if (story) stories.push(story);
    else skipped++;
  });
  return { stories, skipped };
}

/** Copies of some lines in capitals and some in title case, names kept where they were. */
function caseCopies(stories, rng) {
  const copies = [];
  const titleCase = (s) => s.replace(/(^|[\s"(/-])(\p{Ll})/gu, (_, p, c) => p + c.toUpperCase());
  for (const { text, spans } of stories) {
    const lines = [];
    let from = 0;
    for (const line of text.split('\n')) {
      lines.push([from, line]);
      from += line.length + 1;
    }
    let out = '';
    const outSpans = [];
    for (const [start, line] of lines) {
      // First names to initials: "Phil Simmons" -> "P Simmons" or "P K Simmons".
      const named = spans.filter(([s, e]) => s >= start && e <= start + line.length && /^\p{Lu}\p{Ll}{2,} \p{Lu}/u.test(text.slice(s, e)));
      if (named.length > 0 && rng() < SETTINGS.initialCopies) {
        let copy = '';
        let from = start;
        const moved = [];
        for (const [s, e] of named) {
          const space = text.indexOf(' ', s);
          const initials = rng() < 0.5 ? text[s] : `${text[s]} ${String.fromCharCode(65 + Math.floor(rng() * 26))}`;
          copy += text.slice(from, s);
          const at = copy.length;
          copy += initials + text.slice(space, e);
          moved.push([at, copy.length]);
          from = e;
        }
        copy += text.slice(from, start + line.length);
        const at = out.length;
        for (const [s, e] of spans) {
          if (s < start || e > start + line.length || named.some(([a]) => a === s)) continue;
          // other names on the line keep their place relative to the text around them
          const shift = copy.indexOf(text.slice(s, e));
          if (shift >= 0) outSpans.push([at + shift, at + shift + e - s]);
        }
        for (const [s, e] of moved) outSpans.push([at + s, at + e]);
        out += `${copy}\n`;
      }
      for (const [share, change] of [
        [SETTINGS.capsCopies, (s) => s.toUpperCase()],
        [SETTINGS.titleCopies, titleCase],
      ]) {
        if (rng() >= share || !/\p{L}/u.test(line)) continue;
        const copy = change(line);
        if (copy.length !== line.length || copy === line) continue;
        const at = out.length;
        for (const [s, e] of spans) if (s >= start && e <= start + line.length) outSpans.push([at + s - start, at + e - start]);
        out += `${copy}\n`;
      }
    }
    if (out) copies.push({ text: out, spans: outSpans });
  }
  return copies;
}

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A wire-dev story labelled from its gold: the gold boilerplate cut out, then every run of a
 * gold name's words found in the text ("Ricky Ponting", "Ponting", "Prabhsimran"), whole words,
 * capitalised, and not part of a longer run of capitalised words other than a title before it.
 */
function wireStory(txtFile, goldFile) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  let text = normaliseText(readFileSync(txtFile, 'utf8')).text;
  for (const b of gold.boilerplate ?? []) {
    const cut = normaliseText(b).text;
    if (cut.length >= 3) text = text.split(cut).join('\n\n');
  }
  const spans = [];
  const taken = new Uint8Array(text.length);
  const forms = [];
  for (const name of gold.people ?? []) {
    const words = name.split(/\s+/).filter(Boolean);
    for (let n = words.length; n >= 1; n--) {
      for (let k = 0; k + n <= words.length; k++) {
        const part = words.slice(k, k + n);
        if (n === 1 && (part[0].length < 3 || !/^\p{Lu}/u.test(part[0]) || /\.$/.test(part[0]))) continue;
        forms.push(part.join(' '));
      }
    }
  }
  // Longest forms first, so that "Ricky Ponting" is one name, not "Ricky" and "Ponting".
  forms.sort((a, b) => b.length - a.length);
  for (const form of [...new Set(forms)]) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegex(form)}(?![\\p{L}\\p{N}-])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!/^\p{Lu}/u.test(m[0]) || taken.subarray(s, e).some((x) => x)) continue;
      const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(text.slice(Math.max(0, s - 40), s))?.[1];
      const after = /^\s+\p{Lu}\p{Ll}/u.test(text.slice(e, e + 4));
      if ((before && !TITLE_WORDS.has(before) && !HONORIFICS.has(before) && !/^\p{Lu}+$/u.test(before)) || after) continue;
      taken.fill(1, s, e);
      spans.push([s, e]);
    }
  }
  return { text, spans };
}

function wireStories(parity) {
  const dir = join(bench, 'wire-dev');
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f) && Number.parseInt(f, 10) % 2 === parity)
    .sort()
    .filter((_, i) => parity === 0 || SETTINGS.wireFold === 0 || i % 3 !== SETTINGS.wireFold - 1)
    .map((f) => ({ name: f, ...wireStory(join(dir, f), join(dir, f.replace(/\.txt$/, '.gold.json'))) }));
}

// ---- data -------------------------------------------------------------------------------------

const started = Date.now();
const engTrain = join(bench, 'conll2003-train', 'eng.train');
const engDev = join(bench, 'conll2003-train', 'eng.dev');
const train = conllStories(engTrain, join(bench, 'conll2003-train'), 'train');
const probe = train.stories.splice(train.stories.length - SETTINGS.holdout, SETTINGS.holdout);
const dev = conllStories(engDev, join(bench, 'conll2003-dev'), 'dev');
const rng = seededRandom(SETTINGS.seed);
const copies = caseCopies(train.stories, rng);
const wire = wireStories(1);
const docs = [
  ...train.stories.map((s) => toDoc(s.text, s.spans)),
  ...copies.map((s) => toDoc(s.text, s.spans)),
  ...Array.from({ length: SETTINGS.wireRepeats }, () => wire.map((s) => toDoc(s.text, s.spans))).flat(),
];
const devDocs = dev.stories.map((s) => toDoc(s.text, s.spans));
process.stderr.write(
  `train: ${train.stories.length} CoNLL train stories (${train.skipped} not matched to their text), ${copies.length} case copies, ` +
    `${wire.length} odd wire-dev stories x${SETTINGS.wireRepeats}; ${dev.stories.length} eng.dev stories held out\n`,
);

const { bytes, stats } = trainTagger(docs, SETTINGS);
const tagger = new PeopleTagger(decodeModel(bytes));
const held = scoreTagger(tagger, devDocs);
const seen = scoreTagger(tagger, docs.slice(0, train.stories.length));
const pct = (x) => Math.round(x * 1000) / 10;
const engDevScores = { precision: pct(held.precision), recall: pct(held.recall), f1: pct(held.f1) };
process.stderr.write(
  `train: ${stats.tokens} tokens, ${stats.runs} runs, ${stats.features} features, ${stats.kept} kept, ${stats.outOfReach} name tokens out of reach; ` +
    `${bytes.length} bytes; ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
    `eng.dev (held out) PER P ${engDevScores.precision} R ${engDevScores.recall} F1 ${engDevScores.f1}; ` +
    `eng.train (trained on) F1 ${pct(seen.f1)}\n`,
);
if (probe.length) {
  // The tagger's errors on the stories kept out, for reading.
  const lines = [];
  let [tp, fp, fn] = [0, 0, 0];
  for (const story of probe) {
    const doc = toDoc(story.text, story.spans);
    const t = doc.tokens;
    const text = (a, b) => story.text.slice(t.start[a], t.end[b - 1]);
    const context = (a, b) =>
      `${story.text.slice(Math.max(0, t.start[a] - 50), t.start[a])}[${text(a, b)}]${story.text.slice(t.end[b - 1], t.end[b - 1] + 50)}`.replace(
        /\n/g,
        ' | ',
      );
    const gold = new Map();
    for (let i = 0; i < t.count; i++) {
      if (doc.labels[i] === O) continue;
      let e = i + 1;
      while (e < t.count && doc.labels[e] === I) e++;
      gold.set(`${i}:${e}`, [i, e]);
      i = e - 1;
    }
    const found = tagger.tag(t, 0, t.count).spans;
    const foundKeys = new Set(found.map((s) => `${s.first}:${s.end}`));
    for (const s of found) {
      if (gold.has(`${s.first}:${s.end}`)) tp++;
      else {
        fp++;
        lines.push(`FP ${s.score.toFixed(2)} ${context(s.first, s.end)}`);
      }
    }
    for (const [k, [a, b]] of gold) {
      if (foundKeys.has(k)) continue;
      fn++;
      lines.push(`FN ${context(a, b)}`);
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  process.stderr.write(`probe (last ${probe.length} train stories, held out): P ${pct(p)} R ${pct(r)} F1 ${pct((2 * p * r) / (p + r))}\n`);
  writeFileSync(join(tmpdir(), 'wirecut-train-probe.txt'), `${lines.join('\n')}\n`);
}
if (args.has('--dry') || (probe.length && !args.has('--write'))) process.exit(0);

// ---- the model file ---------------------------------------------------------------------------

const wireFiles = wire.map((s) => s.name);
const meta = {
  trainedOn: [
    {
      data: 'conll2003-train/eng.train (CoNLL-2003 English train, PER)',
      sha256: sha256(readFileSync(engTrain)),
      stories: train.stories.length,
    },
    {
      data: 'wire-dev odd-numbered stories, labelled from gold people',
      stories: wireFiles.length,
      sha256: sha256(wireFiles.map((f) => readFileSync(join(bench, 'wire-dev', f), 'utf8')).join('\0')),
    },
  ],
  settings: SETTINGS,
  model: { bytes: bytes.length, features: stats.kept, sha256: sha256(bytes) },
  heldOut: {
    'eng.dev entity-level PER': engDevScores,
    'conll2003-dev document-level people F1': null,
    'wire-dev even half document-level people F1': null,
  },
};

function writeModel() {
  const base64 = Buffer.from(bytes).toString('base64');
  const body = `// GENERATED by scripts/train.mjs (npm run train); do not edit. The people tagger's weights.
// Trained on: CoNLL-2003 English train (eng.train, PER names) and the odd-numbered stories of
// wire-dev labelled from their gold people; eng.dev, conll2003-dev and the even half of wire-dev
// were not trained on. Settings, seed, data hashes and held-out scores: PEOPLE_TAGGER_META.
// Format: src/tagger/model.ts. Same data, settings and seed: same bytes.

export const PEOPLE_TAGGER_META = ${JSON.stringify(meta, null, 2)} as const;

/** The model's bytes, base64 (${bytes.length} bytes): one literal, the cheapest thing to load. */
export const PEOPLE_TAGGER_WEIGHTS = '${base64}';
`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, body);
}
writeModel();
process.stderr.write(`train: wrote ${relative(root, OUT)}\n`);

if (args.has('--score')) {
  // Build with the new weights, then score whole stories with the shared scorer.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  const score = (corpus, extra = []) => {
    const out = execFileSync(
      'node',
      [join(shared, 'tools', 'score.mjs'), '--corpus', corpus, '--cmd', `node ${join(root, 'bin', 'wirecut.js')}`, ...extra],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    return Number(/^people_f1\s+([\d.]+)/m.exec(out)?.[1]);
  };
  const even = join(tmpdir(), `wirecut-wire-even-${process.pid}`);
  mkdirSync(even, { recursive: true });
  for (const f of readdirSync(join(bench, 'wire-dev'))) {
    if (/^\d+\.(?:txt|gold\.json)$/.test(f) && Number.parseInt(f, 10) % 2 === 0) symlinkSync(join(bench, 'wire-dev', f), join(even, f));
  }
  meta.heldOut['conll2003-dev document-level people F1'] = score(join(bench, 'conll2003-dev'));
  meta.heldOut['wire-dev even half document-level people F1'] = score(even, ['--records']);
  rmSync(even, { recursive: true, force: true });
  writeModel();
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  process.stderr.write(`train: held-out document-level scores written: ${JSON.stringify(meta.heldOut)}\n`);
}
