// The features of the people tagger: what it may look at, as named strings in the way of
// textblob-aptagger ("l=said" at offset -1: the word before is "said"). Each feature is kept
// as a 32-bit FNV-1a hash of its name; the names are built here and nowhere else, so training
// (src/tagger/train.ts) and tagging (src/tagger/tagger.ts) see exactly the same features.
//
// Every feature belongs to one token and is seen from an offset: the token itself (0) or a
// neighbour up to two tokens away in the same sentence (-2, -1, +1, +2). Because a feature
// depends only on one token's word and its view, a token's features at every offset are
// found once per distinct word and kept (the tagger caches their weights per word).
//
// Feature families (the switches of Stanford's CRFClassifier, named):
//   b, bv   bias, and bias per view                        (offset 0)
//   w       the word as written (ordinary case only)      (0, ±1)
//   l       the word lower-cased                           (all)
//   s       the word's shape in its view: "Xxx", "XX", "X.", "Xx-Xxx", "d"  (all)
//   p3, s3, s4  its first three, last three and last four letters, lower-cased   (0)
//   g, gv   tables it is in (given names by gender, family names, places, cities, demonyms,
//           titles, honorifics, role nouns, organisation heads, function words, particles,
//           speech verbs, agencies; how common the word is in lower case and whether it is
//           usually capitalised, from film subtitles), and the same per view   (g: all; gv: 0)
// Views: a sentence's case says how much a capital means. "Leicestershire" opening a
// sentence, inside one, in a headline of capitals or a headline in title case are four views,
// and shapes are learned per view.
//
// Not here: the model's weights (model.ts), decoding (tagger.ts), what a name means (src/pipeline/people/).

import { AGENCIES } from '../data/agencies.js';
import {
  HOME_NATIONS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_PERSON_HEADS,
  NOT_NAME_WORDS,
  PEOPLES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../data/words.js';
import {
  CITIES,
  COMMON_2K,
  COMMON_10K,
  COMMON_25K,
  FAMILY,
  FEMALE,
  MALE,
  NATIONALITIES,
  PLACES,
  UNISEX,
  USUALLY_CAPITALISED,
  WORLD,
} from '../text/name-tables.js';
import { CAPITALISED, LINE, LOWER, NUMBER, PARAGRAPH, packed, QUOTE, SENTENCE_START, type Tokens, UPPER, WORD } from '../text/tokens.js';

/** Views of a word: how its sentence is written. */
export const VIEW_NORMAL = 0;
/** The first word of a sentence in ordinary case: its capital says little. */
export const VIEW_FIRST = 1;
/** In a sentence of capitals ("CRICKET - LEICESTERSHIRE TAKE OVER"). */
export const VIEW_CAPS = 2;
/** In a sentence in title case ("Department Issues Guidelines For Schools"). */
export const VIEW_TITLE = 3;
export const VIEWS = 4;
const VIEW_LETTERS = 'nfct';

/** How far the window reaches on each side. */
export const WINDOW = 2;
/** Offsets -2..+2: five slots. */
export const OFFSETS = 2 * WINDOW + 1;

/** A caps sentence: at least this share of its words of two letters or more are in capitals. */
const CAPS_SHARE = 0.75;
/** A title-case sentence: this many such words at least, and this share of them capitalised. */
const TITLE_MIN_WORDS = 4;
const TITLE_SHARE = 0.8;

// ---- hashing --------------------------------------------------------------------------------

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over the UTF-16 units of `s`, continuing from `h`. */
function fnv(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619);
  return x >>> 0;
}

/** The hash of a feature's full name, never 0 (0 marks an empty slot in the model's table). */
export const featureHash = (name: string): number => fnv(FNV_OFFSET, name) || 1;

const OFFSET_NAMES = ['-2 ', '-1 ', '0 ', '+1 ', '+2 '];

// ---- sentences and views --------------------------------------------------------------------

/** Calls `fn(a, b)` for each sentence of tokens [from, to): cut at sentence starts and line breaks. */
export function forEachSentence(t: Tokens, from: number, to: number, fn: (a: number, b: number) => void): void {
  let a = -1;
  for (let i = from; i < to; i++) {
    const kind = t.kind[i] as number;
    if (kind === LINE || kind === PARAGRAPH) {
      if (a >= 0) fn(a, i);
      a = -1;
      continue;
    }
    if (a < 0) a = i;
    else if ((t.flags[i] as number) & SENTENCE_START) {
      fn(a, i);
      a = i;
    }
  }
  if (a >= 0) fn(a, to);
}

/** The view of the sentence [a, b): caps, title or normal. */
export function sentenceView(t: Tokens, a: number, b: number): number {
  let words = 0;
  let upper = 0;
  let capitalised = 0;
  for (let i = a; i < b; i++) {
    if (t.kind[i] !== WORD || (t.end[i] as number) - (t.start[i] as number) < 2) continue;
    const f = t.flags[i] as number;
    words++;
    if (f & UPPER) upper++;
    if (f & CAPITALISED) capitalised++;
  }
  return viewOf(words, upper, capitalised);
}

/** The view of a sentence with `words` words of two characters or more, `upper` of them in capitals and `capitalised` capitalised. */
export function viewOf(words: number, upper: number, capitalised: number): number {
  if (words >= 2 && upper >= words * CAPS_SHARE) return VIEW_CAPS;
  if (words >= TITLE_MIN_WORDS && capitalised >= words * TITLE_SHARE) return VIEW_TITLE;
  return VIEW_NORMAL;
}

/** The sentence [a, b) that holds token i. */
export function sentenceAt(t: Tokens, i: number): [number, number] {
  let a = i;
  while (a > 0 && !((t.flags[a] as number) & SENTENCE_START) && t.kind[a - 1] !== LINE && t.kind[a - 1] !== PARAGRAPH) a--;
  let b = i + 1;
  while (b < t.count && !((t.flags[b] as number) & SENTENCE_START) && t.kind[b] !== LINE && t.kind[b] !== PARAGRAPH) b++;
  return [a, b];
}

/** The view of the sentence that holds token i. */
export function sentenceViewAt(t: Tokens, i: number): number {
  const [a, b] = sentenceAt(t, i);
  return sentenceView(t, a, b);
}

/** The first word of the sentence that holds token i. */
export function firstWordAt(t: Tokens, i: number): number {
  const [a, b] = sentenceAt(t, i);
  return firstWordOf(t, a, b);
}

/** The first word or number of the sentence [a, b) (after opening marks and brackets), or -1. */
export function firstWordOf(t: Tokens, a: number, b: number): number {
  for (let i = a; i < b; i++) {
    const kind = t.kind[i];
    if (kind === WORD || kind === NUMBER) return i;
  }
  return -1;
}

/**
 * Whether token i may be part of a name: a word that is not all lower case ("Blair", "NATO",
 * "al-Assad"), or a lower-case particle ("de", "van", "bin") with such a word after it.
 */
export function mayBeName(t: Tokens, i: number, b: number): boolean {
  if (t.kind[i] !== WORD) return false;
  const f = t.flags[i] as number;
  if (!(f & LOWER)) return true;
  if ((t.end[i] as number) - (t.start[i] as number) > 4) return false;
  // A name must follow within two words (the flags first: most short words have none after them).
  let named = false;
  for (let j = i + 1; j < b && j <= i + 2; j++) {
    if (t.kind[j] !== WORD) return false;
    if (!((t.flags[j] as number) & LOWER)) {
      named = true;
      break;
    }
  }
  return named && isParticle(t.text, t.start[i] as number, t.end[i] as number);
}

/** The name particles of up to four letters, packed: the only ones a segment may hold (see mayBeName). */
let packedParticles: Set<number> | null = null;

/** Whether text[start, end) (at most four characters) is a name particle, without cutting it out. */
export function isParticle(text: string, start: number, end: number): boolean {
  packedParticles ??= new Set([...NAME_PARTICLES].filter((p) => p.length <= 4).map((p) => packed(p, 0, p.length)));
  return end - start <= 4 && packedParticles.has(packed(text, start, end));
}

/** Calls `fn(s, e)` for each run of tokens that may be a name in the sentence [a, b), particles not at its end. */
export function forEachSegment(t: Tokens, a: number, b: number, fn: (s: number, e: number) => void): void {
  let s = -1;
  for (let i = a; i <= b; i++) {
    const name = i < b && mayBeName(t, i, b);
    if (name && s < 0) s = i;
    if (!name && s >= 0) {
      let e = i;
      while (e > s && (t.flags[e - 1] as number) & LOWER) e--; // a particle does not end a name
      if (e > s) fn(s, e);
      s = -1;
    }
  }
}

// ---- a word's features ----------------------------------------------------------------------

/** A token's text as the tagger keys it: every quote mark as one. */
export function tokenKey(t: Tokens, i: number): string {
  return t.kind[i] === QUOTE ? '"' : t.text.slice(t.start[i], t.end[i]);
}

/** What a token's text is, for its features: a number's digits as 0 ("1996" and "2024" alike). */
export function featureWord(key: string): string {
  const c = key.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 ? key.replace(DIGITS, '0') : key;
}
const DIGITS = /\d/g;

/** Pseudo-words beyond a sentence's ends. */
export const BEFORE_SENTENCE = '<s>';
export const AFTER_SENTENCE = '</s>';

/** "Xxx", "XX", "X.X.", "Xx-Xxx", "d": each character's class, runs cut to two. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const u = ch.charCodeAt(0);
    let c: string;
    if (u < 0x80) c = u >= 0x41 && u <= 0x5a ? 'X' : u >= 0x61 && u <= 0x7a ? 'x' : u >= 0x30 && u <= 0x39 ? 'd' : ch;
    else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      c = lower !== upper ? (ch === upper ? 'X' : 'x') : ch;
    }
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

const AGENCY_SPELLINGS = new Set(AGENCIES.flatMap((a) => a.spellings));

/** A word's first letter and each letter after a hyphen or an apostrophe. */
const WORD_PART_START = /(^|[-'’])(\p{Ll})/gu;
const STARTS_UPPER = /^\p{Lu}/u;

/** "LEICESTERSHIRE" -> "Leicestershire", "JEAN-PIERRE" -> "Jean-Pierre": how the tables spell it. */
export const titleCase = (word: string): string =>
  word.toLowerCase().replace(WORD_PART_START, (_, p: string, c: string) => p + c.toUpperCase());

/** The codes of the tables a word may be in, in the order its features list them. */
const CODES = [
  'gm',
  'gf',
  'gu',
  'gw',
  'fa',
  'pl',
  'ci',
  'de',
  'ti',
  'ho',
  'nh',
  'nn',
  'ag',
  'c1',
  'c2',
  'c3',
  'c0',
  'cp',
  'ro',
  'sv',
  'pa',
];
const code = (c: string) => 1 << CODES.indexOf(c);
const GM = code('gm');
const GF = code('gf');
const GU = code('gu');
const GW = code('gw');
const FA = code('fa');
const PL = code('pl');
const CI = code('ci');
const DE = code('de');
const TI = code('ti');
const HO = code('ho');
const NH = code('nh');
const NN = code('nn');
const AG = code('ag');
const C1 = code('c1');
const C2 = code('c2');
const C3 = code('c3');
const C0 = code('c0');
const CP = code('cp');
const RO = code('ro');
const SV = code('sv');
const PA = code('pa');

/** The tables a word is in, one bit per code of CODES. */
function tableBits(word: string, view: number): number {
  let bits = 0;
  const lower = word.toLowerCase();
  const form = view === VIEW_CAPS && word.length > 1 ? titleCase(word) : word;
  if (STARTS_UPPER.test(form)) {
    if (MALE.has(form)) bits |= GM;
    if (FEMALE.has(form)) bits |= GF;
    if (UNISEX.has(form)) bits |= GU;
    if (WORLD.has(form)) bits |= GW;
    if (FAMILY.has(form)) bits |= FA;
    if (PLACES.has(form) || HOME_NATIONS.has(form)) bits |= PL;
    if (CITIES.has(form)) bits |= CI;
    if (NATIONALITIES.has(form) || PEOPLES.has(form)) bits |= DE;
    if (TITLE_WORDS.has(form)) bits |= TI;
    if (HONORIFICS.has(form)) bits |= HO;
    if (NON_PERSON_HEADS.has(form)) bits |= NH;
    if (NOT_NAME_WORDS.has(form)) bits |= NN;
  }
  if (AGENCY_SPELLINGS.has(word)) bits |= AG;
  // How common the word is in lower case ("price": common; "barack": not a word), and whether
  // it is usually written capitalised ("John", "London").
  bits |= COMMON_2K.has(lower) ? C1 : COMMON_10K.has(lower) ? C2 : COMMON_25K.has(lower) ? C3 : C0;
  if (USUALLY_CAPITALISED.has(form) || (form !== word && USUALLY_CAPITALISED.has(word))) bits |= CP;
  if (ROLE_NOUNS.has(lower)) bits |= RO;
  if (SPEECH_VERBS.has(lower)) bits |= SV;
  if (NAME_PARTICLES.has(lower)) bits |= PA;
  return bits;
}

/** The tables a word is in, as short codes. */
export function tableCodes(word: string, view: number): string[] {
  const bits = tableBits(word, view);
  return CODES.filter((_, i) => bits & (1 << i));
}

/**
 * The hashes of a word's features at each offset, for a word of `view`: `keys` holds them
 * offset by offset (-2 first), `ends[k]` is where offset k's end.
 */
export interface WordKeys {
  keys: Uint32Array;
  ends: Uint16Array;
}

/**
 * The hashes of wordFeatureNames, offset by offset, without writing the names out: FNV-1a reads
 * a name from left to right, so the hash of "-1 l=said" continues the hash of "-1 l=" (kept,
 * as are the hashes of every name made of a table's code) over "said". The tagger weighs each
 * new word this way; tests/tagger.test.ts checks it against hashing wordFeatureNames.
 */
export function wordKeys(word: string, view: number): WordKeys {
  const p = prefixes();
  const v = VIEW_LETTERS[view] as string;
  const lower = word.toLowerCase();
  const ordinary = view === VIEW_NORMAL || view === VIEW_FIRST;
  const boundary = word === BEFORE_SENTENCE || word === AFTER_SENTENCE;
  const shape = boundary ? word : v + shapeOf(word);
  const codes = boundary ? 0 : tableBits(word, view);
  const keys = new Uint32Array(OFFSETS * (4 + CODES.length) + 6 + CODES.length);
  const ends = new Uint16Array(OFFSETS);
  let at = 0;
  const put = (hash: number) => {
    keys[at++] = hash || 1;
  };
  for (let k = 0; k < OFFSETS; k++) {
    const offset = k - WINDOW;
    put(fnv(p.lower[k] as number, lower));
    if (!boundary) {
      put(fnv(p.shape[k] as number, shape));
      for (let c = 0; c < CODES.length; c++) if (codes & (1 << c)) put(p.code[k * CODES.length + c] as number);
      if (ordinary && Math.abs(offset) <= 1) put(fnv(p.word[k] as number, word));
    }
    if (offset === 0) {
      put(p.bias);
      put(p.viewBias[view] as number);
      put(fnv(p.prefix3, lower.slice(0, 3)));
      if (lower.length > 3) put(fnv(p.suffix3, lower.slice(-3)));
      if (lower.length > 4) put(fnv(p.suffix4, lower.slice(-4)));
      for (let c = 0; c < CODES.length; c++) if (codes & (1 << c)) put(p.viewCode[view * CODES.length + c] as number);
    }
    ends[k] = at;
  }
  return { keys: keys.subarray(0, at), ends };
}

/** Hashes of the starts of feature names, made on first use (see wordKeys). */
interface Prefixes {
  lower: Uint32Array;
  shape: Uint32Array;
  word: Uint32Array;
  /** Whole names "-2 g=gm": offset k's code c at k * CODES.length + c. */
  code: Uint32Array;
  bias: number;
  viewBias: Uint32Array;
  prefix3: number;
  suffix3: number;
  suffix4: number;
  /** Whole names "0 gv=ngm": view v's code c at v * CODES.length + c. */
  viewCode: Uint32Array;
}
let prefixCache: Prefixes | null = null;

function prefixes(): Prefixes {
  if (prefixCache !== null) return prefixCache;
  const h = (name: string) => fnv(FNV_OFFSET, name);
  const o0 = OFFSET_NAMES[WINDOW] as string;
  const p: Prefixes = {
    lower: Uint32Array.from(OFFSET_NAMES, (o) => h(`${o}l=`)),
    shape: Uint32Array.from(OFFSET_NAMES, (o) => h(`${o}s=`)),
    word: Uint32Array.from(OFFSET_NAMES, (o) => h(`${o}w=`)),
    code: Uint32Array.from(
      OFFSET_NAMES.flatMap((o) => CODES.map((c) => `${o}g=${c}`)),
      featureHash,
    ),
    bias: featureHash(`${o0}b`),
    viewBias: Uint32Array.from(VIEW_LETTERS, (v) => featureHash(`${o0}bv=${v}`)),
    prefix3: h(`${o0}p3=`),
    suffix3: h(`${o0}s3=`),
    suffix4: h(`${o0}s4=`),
    viewCode: Uint32Array.from(
      [...VIEW_LETTERS].flatMap((v) => CODES.map((c) => `${o0}gv=${v}${c}`)),
      featureHash,
    ),
  };
  prefixCache = p;
  return p;
}

/** The full names of a word's features seen from each offset (-2 first): see the families in the header. */
export function wordFeatureNames(word: string, view: number): string[][] {
  const v = VIEW_LETTERS[view] as string;
  const lower = word.toLowerCase();
  const ordinary = view === VIEW_NORMAL || view === VIEW_FIRST;
  const boundary = word === BEFORE_SENTENCE || word === AFTER_SENTENCE;
  const shape = boundary ? word : v + shapeOf(word);
  const codes = boundary ? [] : tableCodes(word, view);
  const names: string[][] = [];
  for (let k = 0; k < OFFSETS; k++) {
    const offset = k - WINDOW;
    const o = OFFSET_NAMES[k] as string;
    const list = [`${o}l=${lower}`];
    if (!boundary) {
      list.push(`${o}s=${shape}`, ...codes.map((c) => `${o}g=${c}`));
      if (ordinary && Math.abs(offset) <= 1) list.push(`${o}w=${word}`);
    }
    if (offset === 0) {
      list.push(`${o}b`, `${o}bv=${v}`, `${o}p3=${lower.slice(0, 3)}`);
      if (lower.length > 3) list.push(`${o}s3=${lower.slice(-3)}`);
      if (lower.length > 4) list.push(`${o}s4=${lower.slice(-4)}`);
      list.push(...codes.map((c) => `${o}gv=${v}${c}`));
    }
    names.push(list);
  }
  return names;
}
