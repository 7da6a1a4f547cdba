// The people tagger: which tokens of a paragraph are people's names, as B/I/O tags found by
// Viterbi over a linear model (an averaged perceptron: train.ts) of the features in
// features.ts. It reads only where a name may be: runs of tokens that are not all lower case
// (features.ts, forEachSegment); every other token is O, so a paragraph without a capital
// costs a scan of its flags.
//
// A token's score for B or I is the sum, over the five tokens around it, of that token's
// weights seen from its offset. Those weights depend only on a word and its view, so they are
// summed once per distinct word and kept (news repeats its words, story after story).
//
// It says what is a name, with a score (how much the best tagging beats tagging the name O);
// who the name is, and whether it counts, is for the people stage (pipeline/people.ts).

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
  VIEW_FIRST,
  VIEW_NORMAL,
  VIEWS,
  WINDOW,
  wordKeys,
} from './features.js';
import { peopleModel, slotOf, type TaggerModel } from './model.js';

/** Tags. */
export const O = 0;
export const B = 1;
export const I = 2;

/** A name the tagger found: tokens [first, end) of the Tokens it read. */
export interface NameSpan {
  first: number;
  end: number;
  /** How much the best tagging beats the same with this name tagged O (in weights, as trained). */
  score: number;
}

/** Most words whose weights are kept per view before the memory is cleared. */
const CACHE_LIMIT = 20_000;
/** Longest word kept as it is (a longer slice may hold the whole story alive: see word-table.ts). */
const MAX_KEPT_CHARS = 12;
const ownCopy = (word: string) => `${word} `.slice(0, -1);

/** The tags the tagger gave tokens [from, to), with their scores for B and I. */
export class TaggedRange {
  constructor(
    readonly from: number,
    readonly to: number,
    /** B and I scores per token (two slots each, from `from`); 0 where no name may be. */
    readonly emissions: Float32Array,
    readonly tags: Uint8Array,
    readonly spans: NameSpan[],
    readonly model: TaggerModel,
  ) {}

  /** The score of tagging tokens [first, end) as one name, against tagging them O (in weights, as trained). */
  scoreOf(first: number, end: number): number {
    const tr = this.model.transitions;
    let score = 0;
    let prev = O;
    for (let i = first; i < end; i++) {
      const tag = i === first ? B : I;
      score += (this.emissions[2 * (i - this.from) + tag - 1] as number) + (tr[prev * 3 + tag] as number) - (tr[0] as number);
      prev = tag;
    }
    return (score + (tr[prev * 3 + O] as number) - (tr[0] as number)) / this.model.scale;
  }

  /** Tag of token i (O outside the range). */
  tagAt(i: number): number {
    return i >= this.from && i < this.to ? (this.tags[i - this.from] as number) : O;
  }
}

export class PeopleTagger {
  readonly model: TaggerModel;
  readonly #cache: Map<string, Float32Array>[] = [];
  readonly #before: Float32Array;
  readonly #after: Float32Array;

  constructor(model: TaggerModel) {
    this.model = model;
    for (let v = 0; v < VIEWS; v++) this.#cache.push(new Map());
    this.#before = this.#weigh(BEFORE_SENTENCE, VIEW_NORMAL);
    this.#after = this.#weigh(AFTER_SENTENCE, VIEW_NORMAL);
  }

  /** A word's B and I weights seen from each offset: 2 x OFFSETS numbers, offset -2 first. */
  #weigh(word: string, view: number): Float32Array {
    const { keys, ends } = wordKeys(word, view);
    const out = new Float32Array(2 * OFFSETS);
    const { weights } = this.model;
    let k = 0;
    for (let j = 0; j < keys.length; j++) {
      while (j >= (ends[k] as number)) k++;
      const s = slotOf(this.model, keys[j] as number);
      if (s < 0) continue;
      out[2 * k] = (out[2 * k] as number) + (weights[2 * s] as number);
      out[2 * k + 1] = (out[2 * k + 1] as number) + (weights[2 * s + 1] as number);
    }
    return out;
  }

  #vector(word: string, view: number): Float32Array {
    const cache = this.#cache[view] as Map<string, Float32Array>;
    let v = cache.get(word);
    if (v === undefined) {
      v = this.#weigh(word, view);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word.length > MAX_KEPT_CHARS ? ownCopy(word) : word, v);
    }
    return v;
  }

  /** Tags tokens [from, to) (one paragraph, or any run of whole sentences). */
  tag(t: Tokens, from: number, to: number): TaggedRange {
    const emissions = new Float32Array(2 * (to - from));
    const tags = new Uint8Array(to - from);
    const spans: NameSpan[] = [];
    const range = new TaggedRange(from, to, emissions, tags, spans, this.model);
    forEachSentence(t, from, to, (a, b) => {
      let view = -1; // found when the sentence has a segment
      let first = -1;
      forEachSegment(t, a, b, (s, e) => {
        if (view < 0) {
          view = sentenceView(t, a, b);
          first = firstWordOf(t, a, b);
        }
        // Vectors of tokens [s - WINDOW, e + WINDOW), boundaries beyond the sentence.
        const vectors: Float32Array[] = [];
        for (let j = s - WINDOW; j < e + WINDOW; j++) {
          if (j < a) vectors.push(this.#before);
          else if (j >= b) vectors.push(this.#after);
          else vectors.push(this.#vector(featureWord(t, j), j === first && view === VIEW_NORMAL ? VIEW_FIRST : view));
        }
        for (let i = s; i < e; i++) {
          let sb = 0;
          let si = 0;
          for (let k = 0; k < OFFSETS; k++) {
            // The token at offset k - WINDOW from i: its weights seen from that offset (slot k).
            const vec = vectors[i - s + k] as Float32Array;
            const slot = 2 * k;
            sb += vec[slot] as number;
            si += vec[slot + 1] as number;
          }
          emissions[2 * (i - from)] = sb;
          emissions[2 * (i - from) + 1] = si;
        }
        viterbi(this.model.transitions, emissions, from, s, e, tags);
        for (let i = s; i < e; i++) {
          if (tags[i - from] !== B) continue;
          let end = i + 1;
          while (end < e && tags[end - from] === I) end++;
          spans.push({ first: i, end, score: range.scoreOf(i, end) });
        }
      });
    });
    return range;
  }
}

/**
 * The best tags for tokens [s, e) given their B and I scores (O scores 0), coming from O and
 * going to O; O -> I is not allowed. Writes them into `tags` (indexed from `from`).
 */
export function viterbi(tr: Float32Array, emissions: Float32Array, from: number, s: number, e: number, tags: Uint8Array): void {
  const n = e - s;
  const back = new Uint8Array(3 * n);
  let dO = tr[O * 3 + O] as number;
  let dB = (tr[O * 3 + B] as number) + (emissions[2 * (s - from)] as number);
  let dI = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const eB = emissions[2 * (s + i - from)] as number;
    const eI = emissions[2 * (s + i - from) + 1] as number;
    // to O
    let best = dO + (tr[0] as number);
    let arg = O;
    let c = dB + (tr[3] as number);
    if (c > best) [best, arg] = [c, B];
    c = dI + (tr[6] as number);
    if (c > best) [best, arg] = [c, I];
    const nO = best;
    back[3 * i] = arg;
    // to B
    best = dO + (tr[1] as number);
    arg = O;
    c = dB + (tr[4] as number);
    if (c > best) [best, arg] = [c, B];
    c = dI + (tr[7] as number);
    if (c > best) [best, arg] = [c, I];
    const nB = best + eB;
    back[3 * i + 1] = arg;
    // to I (not from O)
    best = dB + (tr[5] as number);
    arg = B;
    c = dI + (tr[8] as number);
    if (c > best) [best, arg] = [c, I];
    const nI = best + eI;
    back[3 * i + 2] = arg;
    dO = nO;
    dB = nB;
    dI = nI;
  }
  // into the O after the run
  let best = dO + (tr[0] as number);
  let tag = O;
  if (dB + (tr[3] as number) > best) [best, tag] = [dB + (tr[3] as number), B];
  if (dI + (tr[6] as number) > best) tag = I;
  for (let i = n - 1; i >= 0; i--) {
    tags[s + i - from] = tag;
    tag = back[3 * i + tag] as number;
  }
}

let shared: PeopleTagger | null = null;

/** The tagger of the committed model, made on first use. */
export function peopleTagger(): PeopleTagger {
  shared ??= new PeopleTagger(peopleModel());
  return shared;
}
