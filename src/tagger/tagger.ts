// The people tagger: which tokens of a paragraph are people's names, as B/I/O tags found by
// Viterbi over a linear model (an averaged perceptron: train.ts) of the features in
// features.ts. It reads only where a name may be: runs of tokens that are not all lower case
// (cut as features.ts's forEachSentence and forEachSegment cut them, in one pass over the
// tokens); every other token is O, so a paragraph without a capital costs a scan of its flags.
//
// A token's score for B or I is the sum, over the five tokens around it, of that token's
// weights seen from its offset. Those weights depend only on a word and its view, so they are
// summed once per distinct word and kept, by the word's id (src/text/word-ids.ts): news
// repeats its words, story after story.
//
// It says what is a name, with a score (how much the best tagging beats tagging the name O);
// who the name is, and whether it counts, is for the people stage (src/pipeline/people/).

import { CAPITALISED, LINE, LOWER, NUMBER, PARAGRAPH, QUOTE, SENTENCE_START, type Tokens, UPPER, WORD } from '../text/tokens.js';
import { idAt, WORDS, wordIds } from '../text/word-ids.js';
import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  featureWord,
  isParticle,
  OFFSETS,
  VIEW_FIRST,
  VIEW_NORMAL,
  viewOf,
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

/** Most words (of any view) whose weights are kept before the memory is cleared (a power of two): 2.6 MB. */
const POOL_WORDS = 1 << 16;
/** Numbers per word in the pool: B and I from each offset. */
const VECTOR = 2 * OFFSETS;
/** Room for words at first (a power of two). */
const FIRST_WORDS = 1 << 12;

/** The tags the tagger gave tokens [from, to), with their scores for B and I. */
export class TaggedRange {
  constructor(
    readonly from: number,
    readonly to: number,
    /** B and I scores per token (two slots each, token i's at 2 * (i - base)); 0 where no name may be. */
    readonly emissions: Float32Array,
    /** Tags per token (token i's at i - base). */
    readonly tags: Uint8Array,
    /** The token whose slots come first in `emissions` and `tags`: `from`, or 0 when ranges share one story's arrays. */
    readonly base: number,
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
      score += (this.emissions[2 * (i - this.base) + tag - 1] as number) + (tr[prev * 3 + tag] as number) - (tr[0] as number);
      prev = tag;
    }
    return (score + (tr[prev * 3 + O] as number) - (tr[0] as number)) / this.model.scale;
  }

  /** Tag of token i (O outside the range). */
  tagAt(i: number): number {
    return i >= this.from && i < this.to ? (this.tags[i - this.base] as number) : O;
  }
}

export class PeopleTagger {
  readonly model: TaggerModel;
  /** Weights of words seen from each offset, 2 x OFFSETS numbers per word (see #weigh). */
  #pool = new Float32Array(FIRST_WORDS * VECTOR);
  /** Entries of the pool in use: the two pseudo-words first. */
  #used = 0;
  /**
   * Where each word's weights are, by its id (src/text/word-ids.ts) and view: the pool entry
   * of word `id` seen in `view`, plus one, is at `(id << 2) | view` (0: not weighed yet). Id 0
   * is no word: its slots are the quote marks', every quote mark being one word to the features.
   */
  #at = new Int32Array(4 * FIRST_WORDS);
  /** The generation of word ids that #at holds. */
  #generation = -1;
  /** Places in the pool of the pseudo-words before and after a sentence. */
  readonly #before: number;
  readonly #after: number;

  constructor(model: TaggerModel) {
    this.model = model;
    this.#before = this.#weigh(BEFORE_SENTENCE, VIEW_NORMAL);
    this.#after = this.#weigh(AFTER_SENTENCE, VIEW_NORMAL);
  }

  /** Puts a word's B and I weights seen from each offset (offset -2 first) into the pool; returns where. */
  #weigh(word: string, view: number): number {
    const { keys, ends } = wordKeys(featureWord(word), view);
    if ((this.#used + 1) * VECTOR > this.#pool.length) {
      const pool = new Float32Array(this.#pool.length * 2);
      pool.set(this.#pool);
      this.#pool = pool;
    }
    const at = this.#used++ * VECTOR;
    const out = this.#pool;
    out.fill(0, at, at + VECTOR);
    const { weights } = this.model;
    let k = 0;
    for (let j = 0; j < keys.length; j++) {
      while (j >= (ends[k] as number)) k++;
      const s = slotOf(this.model, keys[j] as number);
      if (s < 0) continue;
      out[at + 2 * k] = (out[at + 2 * k] as number) + (weights[2 * s] as number);
      out[at + 2 * k + 1] = (out[at + 2 * k + 1] as number) + (weights[2 * s + 1] as number);
    }
    return at;
  }

  /** The ids of t's words, and #at made ready for them (forgotten when the ids started afresh). */
  #idsOf(t: Tokens): Int32Array {
    const ids = wordIds(t);
    if (this.#generation !== WORDS.generation) {
      this.#generation = WORDS.generation;
      this.#at.fill(0);
      this.#used = 2;
    }
    return ids;
  }

  /** Where the weights of token j seen in `view` are in the pool, weighed on first sight. */
  #vector(t: Tokens, ids: Int32Array, j: number, view: number): number {
    // Every quote mark is one word to the features (id 0).
    const id = t.kind[j] === QUOTE ? 0 : idAt(t, ids, j);
    const key = (id << 2) | view;
    if (key >= this.#at.length) {
      const at = new Int32Array(Math.max(2 * this.#at.length, 4 * (WORDS.size + 1)));
      at.set(this.#at);
      this.#at = at;
    }
    const k = this.#at[key] as number;
    if (k !== 0) return (k - 1) * VECTOR;
    const at = this.#weigh(id === 0 ? '"' : WORDS.word(id), view);
    this.#at[key] = at / VECTOR + 1;
    return at;
  }

  /** Tags tokens [from, to) (one paragraph, or any run of whole sentences). */
  tag(t: Tokens, from: number, to: number): TaggedRange {
    const range = new TaggedRange(from, to, new Float32Array(2 * (to - from)), new Uint8Array(to - from), from, [], this.model);
    this.#tagRange(t, this.#idsOf(t), range);
    return range;
  }

  /** The scores and tags of tagRanges' last call, reused by the next. */
  #emissions = new Float32Array(0);
  #tags = new Uint8Array(0);

  /**
   * Tags each range of tokens [from, to) given as pairs in `bounds` (a story's paragraphs, in
   * order, not overlapping): one pair of arrays for all of them, indexed by token. The ranges
   * hold until the next call, which reuses the arrays (a story's, read before the next story's).
   */
  tagRanges(t: Tokens, bounds: readonly number[]): TaggedRange[] {
    // The arrays of the last call, emptied and reused: its ranges are read no more.
    if (this.#tags.length < t.count) {
      this.#emissions = new Float32Array(4 * t.count);
      this.#tags = new Uint8Array(2 * t.count);
    } else {
      this.#emissions.fill(0, 0, 2 * t.count);
      this.#tags.fill(0, 0, t.count);
    }
    const emissions = this.#emissions;
    const tags = this.#tags;
    const ranges: TaggedRange[] = [];
    const ids = this.#idsOf(t);
    for (let k = 0; k + 1 < bounds.length; k += 2) {
      const range = new TaggedRange(bounds[k] as number, bounds[k + 1] as number, emissions, tags, 0, [], this.model);
      this.#tagRange(t, ids, range);
      ranges.push(range);
    }
    return ranges;
  }

  /** Scratch: where the weights of a segment's window are in the pool. */
  #places = new Int32Array(64);
  /** Scratch: the segments of the sentence being read, as [start, end) pairs. */
  #segments = new Int32Array(64);

  /**
   * Tags a range in one pass over its tokens: its sentences as forEachSentence cuts them, the
   * segments of each as forEachSegment cuts them (mayBeName, read in place), and the counts
   * that give the sentence's view, all read as the tokens go by.
   */
  #tagRange(t: Tokens, ids: Int32Array, range: TaggedRange): void {
    const { from, to } = range;
    const kinds = t.kind;
    const flags = t.flags;
    let a = -1; // where the sentence started
    let first = -1; // its first word or number
    let words = 0; // its words of two characters or more, and how many of them are in capitals or capitalised
    let upper = 0;
    let capitalised = 0;
    let segments = 0; // pairs in #segments
    let s = -1; // where the open segment started
    for (let i = from; i <= to; i++) {
      const kind = i < to ? (kinds[i] as number) : LINE;
      const f = i < to ? (flags[i] as number) : 0;
      const lineBreak = kind === LINE || kind === PARAGRAPH;
      if (lineBreak || (a >= 0 && f & SENTENCE_START)) {
        // The sentence ends before token i.
        if (s >= 0) segments = this.#closeSegment(flags, s, i, segments);
        s = -1;
        const view = segments > 0 ? viewOf(words, upper, capitalised) : VIEW_NORMAL;
        for (let k = 0; k < segments; k++) {
          this.#tagSegment(t, ids, a, i, this.#segments[2 * k] as number, this.#segments[2 * k + 1] as number, view, first, range);
        }
        segments = 0;
        a = -1;
        if (lineBreak) continue;
      }
      if (a < 0) {
        a = i;
        first = -1;
        words = 0;
        upper = 0;
        capitalised = 0;
      }
      if (first < 0 && (kind === WORD || kind === NUMBER)) first = i;
      // A token that may be part of a name (mayBeName): not all lower case, or a particle with one after it.
      let name = false;
      if (kind === WORD) {
        if ((t.end[i] as number) - (t.start[i] as number) >= 2) {
          words++;
          if (f & UPPER) upper++;
          if (f & CAPITALISED) capitalised++;
        }
        if (!(f & LOWER)) name = true;
        else if ((t.end[i] as number) - (t.start[i] as number) <= 4) {
          for (let j = i + 1; j <= i + 2; j++) {
            const kj = j < to ? (kinds[j] as number) : LINE;
            if (kj !== WORD || (flags[j] as number) & SENTENCE_START) break;
            if (!((flags[j] as number) & LOWER)) {
              name = isParticle(t.text, t.start[i] as number, t.end[i] as number);
              break;
            }
          }
        }
      }
      if (name) {
        if (s < 0) s = i;
      } else if (s >= 0) {
        segments = this.#closeSegment(flags, s, i, segments);
        s = -1;
      }
    }
  }

  /** Keeps segment [s, e) less the particles at its end (a particle does not end a name); returns how many are kept. */
  #closeSegment(flags: Uint16Array, s: number, end: number, segments: number): number {
    let e = end;
    while (e > s && (flags[e - 1] as number) & LOWER) e--;
    if (e === s) return segments;
    if (2 * segments + 2 > this.#segments.length) {
      const grown = new Int32Array(this.#segments.length * 2);
      grown.set(this.#segments);
      this.#segments = grown;
    }
    this.#segments[2 * segments] = s;
    this.#segments[2 * segments + 1] = e;
    return segments + 1;
  }

  /** Scores and tags segment [s, e) of sentence [a, b) of `view`, whose first word is `first`. */
  #tagSegment(
    t: Tokens,
    ids: Int32Array,
    a: number,
    b: number,
    s: number,
    e: number,
    view: number,
    first: number,
    range: TaggedRange,
  ): void {
    const { emissions, tags, base } = range;
    // Where the weights of tokens [s - WINDOW, e + WINDOW) are, boundaries beyond the sentence.
    const width = e - s + 2 * WINDOW;
    if (this.#used + width > POOL_WORDS) {
      // Full: forget every word but the two pseudo-words (weighed first), before the window
      // is read, so that no word of it is forgotten while it is read.
      this.#at.fill(0);
      this.#used = 2;
    }
    if (this.#places.length < width) this.#places = new Int32Array(2 * width);
    const places = this.#places;
    for (let j = s - WINDOW, x = 0; j < e + WINDOW; j++, x++) {
      if (j < a) places[x] = this.#before;
      else if (j >= b) places[x] = this.#after;
      else places[x] = this.#vector(t, ids, j, j === first && view === VIEW_NORMAL ? VIEW_FIRST : view);
    }
    const pool = this.#pool;
    for (let i = s; i < e; i++) {
      let sb = 0;
      let si = 0;
      for (let k = 0; k < OFFSETS; k++) {
        // The token at offset k - WINDOW from i: its weights seen from that offset (slot k).
        const at = (places[i - s + k] as number) + 2 * k;
        sb += pool[at] as number;
        si += pool[at + 1] as number;
      }
      emissions[2 * (i - base)] = sb;
      emissions[2 * (i - base) + 1] = si;
    }
    viterbi(this.model.transitions, emissions, base, s, e, tags);
    for (let i = s; i < e; i++) {
      if (tags[i - base] !== B) continue;
      let end = i + 1;
      while (end < e && tags[end - base] === I) end++;
      range.spans.push({ first: i, end, score: range.scoreOf(i, end) });
    }
  }
}

/** Back-pointers of viterbi, kept from call to call (a run of names is short; the buffer grows when one is not). */
let backPointers = new Uint8Array(96);

/**
 * The best tags for tokens [s, e) given their B and I scores (O scores 0), coming from O and
 * going to O; O -> I is not allowed. Writes them into `tags` (indexed from `from`).
 */
export function viterbi(tr: Float32Array, emissions: Float32Array, from: number, s: number, e: number, tags: Uint8Array): void {
  const n = e - s;
  if (backPointers.length < 3 * n) backPointers = new Uint8Array(6 * n);
  const back = backPointers;
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
