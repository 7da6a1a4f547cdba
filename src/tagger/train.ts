// Training the people tagger: an averaged structured perceptron (Collins 2002) over the
// features of features.ts, decoded with the tagger's own Viterbi, in the plain way of
// textblob-aptagger: a short loop over the training runs in a seeded order, weights averaged
// over every step, then pruned and rounded to 16-bit integers. The same documents, settings and
// seed give the same bytes.
//
// Input: tokenised documents with a tag per token (O, B, I: BIO, a name's first token B).
// Only runs of tokens that may be a name are trained on, as only those are ever tagged; a name
// token outside them (all lower case) is counted as out of reach.
// Not here: reading corpora (scripts/train.mjs), the file the weights go into.

import type { Tokens } from '../text/tokens.js';
import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  featureWord,
  firstWordOf,
  forEachSegment,
  forEachSentence,
  OFFSETS,
  sentenceView,
  tokenKey,
  VIEW_FIRST,
  VIEW_NORMAL,
  WINDOW,
  wordKeys,
} from './features.js';
import { buildModel, encodeModel, type TaggerModel } from './model.js';
import { B, I, O, type PeopleTagger, viterbi } from './tagger.js';

export interface TrainingDoc {
  tokens: Tokens;
  /** O, B or I per token. */
  labels: Uint8Array;
}

export interface TrainOptions {
  /** Passes over the training runs. */
  epochs: number;
  /** Seed of the order the runs are visited in. */
  seed: number;
  /** Features whose B and I weights both round to fewer units than this are dropped. */
  minUnits: number;
}

export interface TrainResult {
  model: TaggerModel;
  bytes: Uint8Array;
  stats: { tokens: number; runs: number; features: number; kept: number; outOfReach: number };
}

/** A run of tokens that may be a name, ready to train on. */
interface Run {
  /** Feature ids of each token, one list per token. */
  features: Int32Array[];
  gold: Uint8Array;
}

/**
 * mulberry32: a small seeded generator; the same seed gives the same order everywhere (the
 * training scripts use it too).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The runs of every document, with their features as ids; `keys[id]` is each id's hash. */
function collectRuns(docs: TrainingDoc[]): { runs: Run[]; keys: number[]; tokens: number; outOfReach: number } {
  const ids = new Map<number, number>();
  const keys: number[] = [];
  const idOf = (key: number) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
    }
    return id;
  };
  /** Per view, per word: feature ids and where each offset's end. */
  const cache = new Map<string, { ids: Int32Array; ends: Uint16Array }>();
  const lookup = (word: string, view: number) => {
    const k = `${view}${word}`;
    let c = cache.get(k);
    if (c === undefined) {
      const wk = wordKeys(word, view);
      c = { ids: Int32Array.from(wk.keys, idOf), ends: wk.ends };
      cache.set(k, c);
    }
    return c;
  };
  const runs: Run[] = [];
  let tokens = 0;
  let inRuns = 0;
  let names = 0;
  for (const doc of docs) {
    const t = doc.tokens;
    tokens += t.count;
    for (let i = 0; i < t.count; i++) if (doc.labels[i] !== O) names++;
    forEachSentence(t, 0, t.count, (a, b) => {
      const view = sentenceView(t, a, b);
      const first = firstWordOf(t, a, b);
      const word = (j: number) =>
        j < a
          ? lookup(BEFORE_SENTENCE, VIEW_NORMAL)
          : j >= b
            ? lookup(AFTER_SENTENCE, VIEW_NORMAL)
            : lookup(featureWord(tokenKey(t, j)), j === first && view === VIEW_NORMAL ? VIEW_FIRST : view);
      forEachSegment(t, a, b, (s, e) => {
        const features: Int32Array[] = [];
        const gold = new Uint8Array(e - s);
        for (let i = s; i < e; i++) {
          const list: number[] = [];
          for (let k = 0; k < OFFSETS; k++) {
            const c = word(i + k - WINDOW);
            for (let x = k === 0 ? 0 : (c.ends[k - 1] as number); x < (c.ends[k] as number); x++) list.push(c.ids[x] as number);
          }
          features.push(Int32Array.from(list));
          let tag = doc.labels[i] as number;
          if (tag !== O) inRuns++;
          // A name cut by a token outside the run starts again here.
          if (tag === I && (i === s || gold[i - s - 1] === O)) tag = B;
          gold[i - s] = tag;
        }
        runs.push({ features, gold });
      });
    });
  }
  return { runs, keys, tokens, outOfReach: names - inRuns };
}

/** Trains a model on `docs`. */
export function trainTagger(docs: TrainingDoc[], options: TrainOptions): TrainResult {
  const { runs, keys, tokens, outOfReach } = collectRuns(docs);
  const nf = keys.length;
  // Weights per feature and tag (O, B, I), their running sums for the average, and when each was last summed.
  const w = new Float64Array(3 * nf);
  const sum = new Float64Array(3 * nf);
  const stamp = new Int32Array(3 * nf);
  const tw = new Float64Array(9);
  const tsum = new Float64Array(9);
  const tstamp = new Int32Array(9);
  let step = 0;
  const bump = (x: number, d: number) => {
    sum[x] = (sum[x] as number) + (step - (stamp[x] as number)) * (w[x] as number);
    stamp[x] = step;
    w[x] = (w[x] as number) + d;
  };
  const bumpTransition = (x: number, d: number) => {
    tsum[x] = (tsum[x] as number) + (step - (tstamp[x] as number)) * (tw[x] as number);
    tstamp[x] = step;
    tw[x] = (tw[x] as number) + d;
  };
  const rng = seededRandom(options.seed);
  const order = runs.map((_, i) => i);
  const transitions = new Float32Array(9);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      step++;
      const run = runs[r] as Run;
      const n = run.gold.length;
      const emissions = new Float32Array(2 * n);
      run.features.forEach((fs, p) => {
        let o = 0;
        let b = 0;
        let i = 0;
        for (const f of fs) {
          o += w[3 * f] as number;
          b += w[3 * f + 1] as number;
          i += w[3 * f + 2] as number;
        }
        emissions[2 * p] = b - o;
        emissions[2 * p + 1] = i - o;
      });
      for (let k = 0; k < 9; k++) transitions[k] = tw[k] as number;
      const predicted = new Uint8Array(n);
      viterbi(transitions, emissions, 0, 0, n, predicted);
      let prevGold = O;
      let prevPred = O;
      for (let p = 0; p <= n; p++) {
        const g = p < n ? (run.gold[p] as number) : O;
        const q = p < n ? (predicted[p] as number) : O;
        if (g !== q || prevGold !== prevPred) {
          bumpTransition(prevGold * 3 + g, 1);
          bumpTransition(prevPred * 3 + q, -1);
        }
        if (p < n && g !== q) {
          for (const f of run.features[p] as Int32Array) {
            bump(3 * f + g, 1);
            bump(3 * f + q, -1);
          }
        }
        prevGold = g;
        prevPred = q;
      }
    }
  }
  // Averages, relative to O, in 16-bit units.
  const average = (x: number) => ((sum[x] as number) + (step - (stamp[x] as number)) * (w[x] as number)) / step;
  const relative = new Float64Array(2 * nf);
  let max = 0;
  for (let f = 0; f < nf; f++) {
    const o = average(3 * f);
    const b = average(3 * f + 1) - o;
    const i = average(3 * f + 2) - o;
    relative[2 * f] = b;
    relative[2 * f + 1] = i;
    max = Math.max(max, Math.abs(b), Math.abs(i));
  }
  const scale = max > 0 ? 32767 / max : 1;
  const features = new Map<number, [number, number]>();
  for (let f = 0; f < nf; f++) {
    const b = Math.round((relative[2 * f] as number) * scale);
    const i = Math.round((relative[2 * f + 1] as number) * scale);
    if (Math.abs(b) < options.minUnits && Math.abs(i) < options.minUnits) continue;
    const key = keys[f] as number;
    const had = features.get(key);
    features.set(key, had ? [had[0] + b, had[1] + i] : [b, i]);
  }
  const averagedTransitions = new Float32Array(9);
  for (let k = 0; k < 9; k++) {
    averagedTransitions[k] = Math.round((((tsum[k] as number) + (step - (tstamp[k] as number)) * (tw[k] as number)) / (step || 1)) * scale);
  }
  const model = buildModel(features, averagedTransitions, Math.fround(scale));
  return {
    model,
    bytes: encodeModel(model),
    stats: { tokens, runs: runs.length, features: nf, kept: features.size, outOfReach },
  };
}

/** Spans [first, end) of the names in BIO labels. */
export function labelledSpans(labels: Uint8Array, from = 0, to = labels.length): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (labels[i] === O) continue;
    let end = i + 1;
    while (end < to && labels[end] === I) end++;
    spans.push([i, end]);
    i = end - 1;
  }
  return spans;
}

export interface SpanScores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Entity-level precision, recall and F1 of the tagger's names against the labels (exact spans). */
export function scoreTagger(tagger: PeopleTagger, docs: TrainingDoc[]): SpanScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of docs) {
    const gold = new Set(labelledSpans(doc.labels).map(([a, b]) => `${a}:${b}`));
    const found = tagger.tag(doc.tokens, 0, doc.tokens.count).spans.map((s) => `${s.first}:${s.end}`);
    for (const f of found) {
      if (gold.has(f)) tp++;
      else fp++;
    }
    fn += gold.size - found.filter((f) => gold.has(f)).length;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

export { B, I, O };
