#!/usr/bin/env node
// Trains the speaker ranker (src/pipeline/attribution/ranker.ts) and writes its weights to
// src/data/speaker-weights.ts. An averaged perceptron over named features, seeded, a few
// epochs; the plainest model that learns from many stories (see ../shared/STYLE.md).
//
// Data: PolNeAR train (../shared/bench/polnear-train: NNN.txt and NNN.gold.json, 840 stories).
// It trains on the odd-numbered stories only and measures on the even ones, which nobody
// reads while writing rules; the header of the weights file records both figures. Only the
// quotes no explicit cue attributes are ranked (see ranks() in attribution/ranker.ts); a quote
// counts when its gold speaker is judged (no pronoun, as the shared scorer does) and some
// candidate is right.
//
// Usage (builds first): npm run train:speakers -- [--data DIR] [--epochs N] [--seed N] [--dry-run]
// The build, the tests and a fresh clone never need ../shared: only this script reads it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'src', 'data', 'speaker-weights.ts');
const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'bench', 'polnear-train') },
    epochs: { type: 'string', default: '4' },
    'min-count': { type: 'string', default: '15' },
    seed: { type: 'string', default: '16' },
    'dry-run': { type: 'boolean', default: false },
    cv: { type: 'boolean', default: false },
  },
});
const EPOCHS = Number(args.epochs);
/** Features seen in fewer training quotes than this are left out: too rare to learn from. */
const MIN_COUNT = Number(args['min-count']);
const SEED = Number(args.seed);
/** Rounds of collecting candidates with the weights of the round before (the features read earlier choices). */
const ROUNDS = 2;
/** Weights smaller than this are dropped from the file. */
const MIN_WEIGHT = 0.005;

const { draftBeforeAttribution } = await import(join(ROOT, 'dist', 'extract.js'));
const { attributeQuotes } = await import(join(ROOT, 'dist', 'pipeline', 'attribution', 'index.js'));
const { seededRandom } = await import(join(ROOT, 'dist', 'tagger', 'train.js'));

// ---- data -------------------------------------------------------------------------------
const stories = readdirSync(args.data)
  .filter((f) => /^\d+\.txt$/.test(f))
  .sort()
  .map((f) => ({
    n: Number.parseInt(f, 10),
    text: readFileSync(join(args.data, f), 'utf8').replace(/^\uFEFF/, ''),
    gold: JSON.parse(readFileSync(join(args.data, f.replace(/\.txt$/, '.gold.json')), 'utf8')).quotes ?? [],
  }));
const train = stories.filter((s) => s.n % 2 === 1);
const heldOut = stories.filter((s) => s.n % 2 === 0);

// The shared scorer's matching, so that "right" means what it means there.
const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const words = (s) =>
  norm(s)
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
const nameWords = (s) =>
  norm(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.,'"]/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
const PERSON_HEADS = new Set(
  'president senator nominee candidate businessman businesswoman mayor governor state congressman congresswoman host chair chairman chairwoman leader minister spokesman spokeswoman spokesperson official lawmaker investigator narrator announcer questioner doctor reader father mother wife husband judge lady aide adviser advisor director executive officer journalist secretary representative manager founder coach author'.split(
    ' ',
  ),
);
function judged(tag) {
  if (tag === null) return true;
  if (/^pronoun:/.test(tag)) return false;
  const phrase = tag.replace(/^(group|mention):\s*/, '').trim();
  if (/^(said|says|advises|who|which|where|whom)$/i.test(phrase)) return false;
  const w = phrase.split(/\s+/);
  return !(
    /^the$/i.test(w[0]) &&
    w.length <= 7 &&
    !phrase.includes(',') &&
    PERSON_HEADS.has(
      w
        .at(-1)
        .toLowerCase()
        .replace(/[’']s$/, ''),
    )
  );
}
/** Whether a candidate answer is right for a gold tag (mention: X, group: X or null). */
function right(found, tag, aliases) {
  if (tag === null) return found.speaker === null;
  if (found.speaker === null) return false;
  const gold = tag.replace(/^(group|mention):\s*/, '');
  if (/^group:\s*\p{Lu}{3,}$/u.test(tag)) return aliases.some((a) => nameWords(a).at(-1) === nameWords(gold).join(''));
  if (/^group:/.test(tag)) return found.speakerType !== 'person' || words(gold).some((w) => words(found.speaker).includes(w));
  const goldWords = nameWords(gold);
  return aliases.some((a) => goldWords.includes(nameWords(a).at(-1)));
}

/** The ranked quotes of some stories, each with its candidates and which of them are right. */
function collect(set, weights) {
  const examples = [];
  for (const story of set) {
    const d = draftBeforeAttribution(story.text);
    const seen = [];
    attributeQuotes(d, new Map(Object.entries(weights)), (q, _index, candidates) => seen.push({ q, candidates }));
    const keys = story.gold.map((g) => ({ key: words(g.opening).slice(0, 6).join(' '), tag: g.speaker ?? null }));
    for (const { q, candidates } of seen) {
      const text = ` ${words(d.text.slice(q.start, q.end)).join(' ')} `;
      const gold = keys.find((k) => k.key && text.includes(` ${k.key} `));
      if (!gold || !judged(gold.tag)) continue;
      const aliasesOf = (found) => {
        const p = found.person === null ? null : d.people[found.person];
        return p ? [p.name, ...p.aliases] : [found.speaker ?? ''];
      };
      const flags = candidates.map((c) => right(c.found, gold.tag, aliasesOf(c.found)));
      if (!flags.some(Boolean)) continue;
      examples.push({ candidates: candidates.map((c) => c.features), flags });
    }
  }
  return examples;
}

// ---- the averaged perceptron ------------------------------------------------------------
const score = (features, w) => features.reduce((sum, f) => sum + (w.get(f) ?? 0), 0);
const best = (candidates, w) => {
  let k = 0;
  for (let i = 1; i < candidates.length; i++) if (score(candidates[i], w) > score(candidates[k], w)) k = i;
  return k;
};

function trainPerceptron(all) {
  const seenIn = new Map();
  for (const e of all) for (const f of new Set(e.candidates.flat())) seenIn.set(f, (seenIn.get(f) ?? 0) + 1);
  const examples = all.map((e) => ({ ...e, candidates: e.candidates.map((c) => c.filter((f) => seenIn.get(f) >= MIN_COUNT)) }));
  const w = new Map();
  const total = new Map();
  const stamp = new Map();
  let clock = 0;
  const update = (f, by) => {
    total.set(f, (total.get(f) ?? 0) + (clock - (stamp.get(f) ?? 0)) * (w.get(f) ?? 0));
    stamp.set(f, clock);
    w.set(f, (w.get(f) ?? 0) + by);
  };
  const random = seededRandom(SEED);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      clock++;
      const { candidates, flags } = examples[i];
      const guess = best(candidates, w);
      if (flags[guess]) continue;
      // the best-scoring right candidate
      let truth = -1;
      for (let k = 0; k < candidates.length; k++)
        if (flags[k] && (truth < 0 || score(candidates[k], w) > score(candidates[truth], w))) truth = k;
      for (const f of candidates[truth]) update(f, 1);
      for (const f of candidates[guess]) update(f, -1);
    }
  }
  const averaged = new Map();
  for (const [f, v] of w) averaged.set(f, (total.get(f) + (clock - stamp.get(f)) * v) / clock);
  return averaged;
}

const accuracy = (examples, w) => examples.filter((e) => e.flags[best(e.candidates, w)]).length / (examples.length || 1);
const rulesOnly = new Map();

if (args.cv) {
  // Two folds of the odd stories (1, 5, 9... and 3, 7, 11...), to choose settings without the even ones.
  const folds = [train.filter((s) => s.n % 4 === 1), train.filter((s) => s.n % 4 === 3)];
  const results = folds.map((fold, k) => {
    let w = {};
    let m = new Map();
    for (let round = 0; round < ROUNDS; round++) {
      m = trainPerceptron(collect(fold, w));
      w = Object.fromEntries(m);
    }
    const test = collect(folds[1 - k], w);
    return { rules: accuracy(test, new Map()), model: accuracy(test, m) };
  });
  const mean = (key) => ((100 * (results[0][key] + results[1][key])) / 2).toFixed(1);
  console.log(JSON.stringify({ cv: { rules: mean('rules'), model: mean('model') }, epochs: EPOCHS, minCount: MIN_COUNT }));
  process.exit(0);
}

let weights = {};
let model = new Map();
let trainExamples = [];
for (let round = 0; round < ROUNDS; round++) {
  trainExamples = collect(train, weights);
  model = trainPerceptron(trainExamples);
  weights = Object.fromEntries(model);
}
const heldOutExamples = collect(heldOut, weights);
const pct = (x) => (100 * x).toFixed(1);
const figures = {
  train: { quotes: trainExamples.length, rules: pct(accuracy(trainExamples, rulesOnly)), model: pct(accuracy(trainExamples, model)) },
  heldOut: {
    quotes: heldOutExamples.length,
    rules: pct(accuracy(heldOutExamples, rulesOnly)),
    model: pct(accuracy(heldOutExamples, model)),
  },
};
console.log(JSON.stringify(figures));

const kept = [...model]
  .map(([f, v]) => [f, Math.round(v * 100) / 100])
  .filter(([, v]) => Math.abs(v) >= MIN_WEIGHT)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
// (Written as Biome formats it, so that the lint passes on the file as written.)
const file = `// GENERATED by scripts/train-speakers.mjs (npm run train:speakers); do not edit by hand.
// The speaker ranker's weights (src/pipeline/attribution/ranker.ts): an averaged perceptron.
// Data: PolNeAR train, odd-numbered stories (${train.length} stories, ${figures.train.quotes} ranked quotes with a judged speaker).
// Seed ${SEED}, ${EPOCHS} epochs, ${ROUNDS} rounds of collecting candidates, features seen in ${MIN_COUNT} quotes or more.
// Right among ranked quotes, rules alone -> with the ranker:
//   trained on (odd stories): ${figures.train.rules}% -> ${figures.train.model}%
//   held out (even stories, ${heldOut.length} stories, ${figures.heldOut.quotes} quotes): ${figures.heldOut.rules}% -> ${figures.heldOut.model}%
export const SPEAKER_WEIGHTS: Readonly<Record<string, number>> = {
${kept.map(([f, v]) => `  ${/^[A-Za-z_$][\w$]*$/.test(f) ? f : `'${f.replace(/[\\']/g, '\\$&')}'`}: ${v},`).join('\n')}
};
`;
if (args['dry-run']) console.log(`${kept.length} weights (dry run: nothing written)`);
else {
  writeFileSync(OUT, file);
  console.log(`${kept.length} weights written to ${OUT}`);
}
