// Capitalised runs: the stretches of a paragraph where a name, with its role, may stand
// ("Lithuanian Foreign Minister Linas Linkevicius", "Ursula von der Leyen", "Mr. Smith",
// "M. K. Stalin", "Modi's"): capitalised words one space apart, with lower-case name particles
// ("von der", "bin", "of the") between them. A run is what CAPITALISED_RUN matches where a word
// starts (or where a capital follows a hyphen inside a word: "anti-Modi" gives "Modi").
//
// The runs are read from the tokens: a word of plain letters, a possessive "'s" after it, an
// initial ("U.S.", "J."), a title's abbreviation before a capital ("Mr."), a particle between
// words. Where the tokens cannot tell what the pattern would take (digits or marks inside a
// word, "AT&T", an apostrophe or a hyphen right after a word, a run starting inside a word),
// the pattern itself is tried at that place; tests/capitalised-runs.test.ts checks that both
// give the same runs on random text. Not here: which runs hold a name, or whose (candidates).

import { ABBREVIATED_TITLES, NAME_PARTICLES } from '../../data/words.js';
import { isWordChar } from '../../text/count.js';
import {
  CAPITALISED,
  HAS_DIGIT,
  HAS_HYPHEN,
  HAS_PERIOD,
  LOWER,
  ODD_CHARS,
  POSSESSIVE,
  packed,
  type Tokens,
  tokenAt,
  WORD,
} from '../../text/tokens.js';
import { idAt, WORDS, wordIds } from '../../text/word-ids.js';
import { infoOfId, stripPossessive, type WordInfo, wordInfo } from './word-info.js';

/** The word text[start, end) as a Token, with its id. */
export function wordToken(text: string, start: number, end: number): Token {
  const id = WORDS.idOf(text, start, end);
  return new Token(WORDS.word(id), start, end, id);
}

/** Token i of t as a Token (t's word ids are `ids`). */
export function tokenWord(t: Tokens, ids: Int32Array, i: number): Token {
  const id = idAt(t, ids, i);
  return new Token(WORDS.word(id), t.start[i] as number, t.end[i] as number, id);
}

/** A word of a run (or of a name), with its offsets in the draft's text, and what is known of it. */
export class Token {
  /** What the people stage knows of the word. */
  readonly info: WordInfo;
  /** The word's bits (see word-info.ts). */
  readonly bits: number;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    /** The word's id (src/text/word-ids.ts), or 0 when it has none. */
    readonly id = 0,
  ) {
    this.info = id === 0 ? wordInfo(text) : infoOfId(id);
    this.bits = this.info.bits;
  }
}

/**
 * What is known of `words` joined by spaces ("Sri Lanka"), the last less its possessive when
 * `bareLast`: found in place, by id, when they stand one space apart in `text` (the words of a
 * run do), or by the joined string.
 */
export function phraseInfo(text: string, words: readonly Token[], bareLast: boolean): WordInfo {
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const end = bareLast ? last.start + last.info.bare.length : last.end;
  if (words.length === 1 && end === last.end) return last.info;
  let inPlace = true;
  for (let k = 1; k < words.length && inPlace; k++) {
    const prev = (words[k - 1] as Token).end;
    inPlace = (words[k] as Token).start === prev + 1 && text.charCodeAt(prev) === 0x20;
  }
  if (inPlace) return infoOfId(WORDS.idOf(text, first.start, end));
  const joined = words.map((t) => t.text).join(' ');
  return wordInfo(bareLast ? stripPossessive(joined) : joined);
}

/** A capitalised run: [start, end) of the draft's text, and its words (one space apart). */
export interface Run {
  start: number;
  end: number;
  words: Token[];
}

// ---- the pattern ----------------------------------------------------------------------------

/** Abbreviated titles that take their period before a name ("Mr.", "Sen."; not "St.", "Jr."). */
const TITLE_ABBREVIATIONS = new Set([...ABBREVIATED_TITLES].filter((t) => !/^(?:St|Mt|Jr|Sr)$/.test(t)));
/** "Mr.", "Sen.", "Gov." before a name: the period belongs to the word. */
const TITLE_ABBREVIATION = `(?:${[...TITLE_ABBREVIATIONS].join('|')})\\.(?= \\p{Lu})`;
const UPPER_TOKEN = String.raw`(?:${TITLE_ABBREVIATION}|\p{Lu}\.(?: ?\p{Lu}\.)*|(?:[Aa]l|[Ee]l)-\p{Lu}[\p{L}'’\-]*|\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu}(?![\p{L}]))`;
const PARTICLE = [...NAME_PARTICLES].join('|');
/**
 * A run of capitalised words, with lower-case name particles allowed between them. It must not
 * start inside a word: capitalisedRuns tries it only where a word starts (a look-behind in the
 * pattern would be tried at every position of the text, and costs three times as much).
 */
export const CAPITALISED_RUN = new RegExp(String.raw`${UPPER_TOKEN}(?:(?: (?:${PARTICLE}|of(?: the)?))* ${UPPER_TOKEN})*`, 'u');
/** CAPITALISED_RUN tried at one place only. */
const CAPITALISED_RUN_AT = new RegExp(CAPITALISED_RUN.source, 'uy');
/** A word where a run may start after a hyphen inside it: "anti-Modi", "pro-Trump", "al-Assad". */
const CAPITAL_AFTER_HYPHEN = /-(?=\p{Lu})/gu;
const AL_PREFIX = /^(?:[Aa]l|[Ee]l)-\p{Lu}/u;
const UPPER_CHAR = /^\p{Lu}$/u;

/** A letter, a digit or an apostrophe (' or ’): a character a run cannot start right after. */
const isNameChar = (cp: number) => isWordChar(cp) || cp === 0x27 || cp === 0x2019;

/** Whether the code point before `at` is a word character (an astral letter is two code units). */
function wordCharBefore(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  const from = at >= 2 && unit >= 0xdc00 && unit <= 0xdfff ? at - 2 : at - 1;
  return isNameChar(text.codePointAt(from) as number);
}

/** The words of a run the pattern matched at `offset` of `text` (one space between them). */
function wordsOf(text: string, run: string, offset: number): Token[] {
  const words: Token[] = [];
  for (let start = 0; start < run.length; ) {
    const space = run.indexOf(' ', start);
    const end = space < 0 ? run.length : space;
    words.push(wordToken(text, offset + start, offset + end));
    start = end + 1;
  }
  return words;
}

// ---- reading runs from the tokens -----------------------------------------------------------

/** What readWord found at a token. */
const NO_WORD = 0;
const A_WORD = 1;
/** The tokens cannot tell: the pattern decides. */
const UNSURE = 2;

/** Where the paragraph being read ends, and its last token (exclusive). */
interface Reading {
  t: Tokens;
  /** t's word ids (src/text/word-ids.ts). */
  ids: Int32Array;
  text: string;
  paraEnd: number;
  last: number;
  /** Set by readWord: where the word ends, the token after it, and whether the run may go on after it. */
  wordEnd: number;
  next: number;
  mayGoOn: boolean;
}

const isUpperAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_CHAR.test(String.fromCodePoint(text.codePointAt(at) as number));
};

/** "U.S.", "J.": capitals, each with its period (ASCII; a lone capital of any script with its period). */
function isInitials(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n === 2 || (n === 3 && (text.codePointAt(s) as number) > 0xffff)) return true; // one capital, then the period
  if (n % 2 !== 0) return false;
  for (let k = s; k < e; k += 2) {
    const c = text.charCodeAt(k);
    if (!(c >= 0x41 && c <= 0x5a) || text.charCodeAt(k + 1) !== 0x2e) return false;
  }
  return true;
}

/**
 * Reads the word of a run that starts at token j (where the run starts, or one space after a
 * word or a particle): NO_WORD when none may start there, UNSURE when the tokens cannot tell;
 * for A_WORD, sets r.wordEnd, r.next and r.mayGoOn.
 */
function readWord(r: Reading, j: number): number {
  const { t, text, paraEnd } = r;
  if (j >= r.last || t.kind[j] !== WORD) return NO_WORD;
  const f = t.flags[j] as number;
  const s = t.start[j] as number;
  const e = t.end[j] as number;
  if (e > paraEnd) return UNSURE;
  if (!(f & CAPITALISED)) {
    // "al-Assad", "el-Sisi": the one word that may open in lower case.
    if (f & LOWER || !AL_PREFIX.test(text.slice(s, Math.min(s + 4, paraEnd)))) return NO_WORD;
    if (f & (HAS_DIGIT | HAS_PERIOD | ODD_CHARS)) return UNSURE;
  } else {
    if (f & (HAS_DIGIT | ODD_CHARS)) return UNSURE;
    if (f & HAS_PERIOD) {
      if (text.charCodeAt(e - 1) !== 0x2e) return UNSURE;
      // "Mr." before a capital: the title with its period.
      if (TITLE_ABBREVIATIONS.has(text.slice(s, e - 1))) {
        if (e + 1 < paraEnd && text.charCodeAt(e) === 0x20 && isUpperAt(text, e + 1)) {
          r.wordEnd = e;
          r.next = j + 1;
          r.mayGoOn = true;
          return A_WORD;
        }
        return UNSURE;
      }
      // "U.S.", "J.": an initial, with nothing more after it than a space and the next word.
      if (isInitials(text, s, e)) {
        r.wordEnd = e;
        r.next = j + 1;
        r.mayGoOn = e < paraEnd && text.charCodeAt(e) === 0x20;
        return A_WORD;
      }
      // "Jr.", "St.": the word without its period, which ends the run.
      if (text.indexOf('.', s) !== e - 1) return UNSURE;
      r.wordEnd = e - 1;
      r.next = j + 1;
      r.mayGoOn = false;
      return A_WORD;
    }
  }
  // A word of letters (hyphens and apostrophes inside), and the possessive "'s" right after it.
  let end = e;
  let next = j + 1;
  if (next < r.last && (t.flags[next] as number) & POSSESSIVE && t.start[next] === e && (t.end[next] as number) <= paraEnd) {
    end = t.end[next] as number;
    next++;
  }
  const c = end < paraEnd ? text.charCodeAt(end) : -1;
  // The pattern would take an apostrophe or a hyphen after the word, with letters after them.
  if (c === 0x27 || c === 0x2019 || c === 0x2d) return UNSURE;
  // "Mr" or "K" and a period the tokenizer left apart ("Mr..", "K.."): the pattern's title or initial may take it.
  if (
    c === 0x2e &&
    end === e &&
    (e - s === 1 || (e - s === 2 && (text.codePointAt(s) as number) > 0xffff) || TITLE_ABBREVIATIONS.has(text.slice(s, e)))
  )
    return UNSURE;
  r.wordEnd = end;
  r.next = next;
  r.mayGoOn = c === 0x20;
  return A_WORD;
}

/** Whether token p is a particle a run may hold: "van", "de", "bin", "of". */
function isParticle(r: Reading, p: number): boolean {
  const { t } = r;
  if (p >= r.last || t.kind[p] !== WORD || !((t.flags[p] as number) & LOWER)) return false;
  const s = t.start[p] as number;
  const e = t.end[p] as number;
  return e - s <= 5 && RUN_PARTICLES.has(packed(r.text, s, e));
}

/** The particles a run may hold, and "of", packed. */
const RUN_PARTICLES = new Set([...NAME_PARTICLES, 'of'].filter((w) => w.length <= 5).map((w) => packed(w, 0, w.length)));

/** Whether token p is followed by exactly one space and then token p + 1, inside the paragraph. */
function spaceAfter(r: Reading, p: number): boolean {
  const e = r.t.end[p] as number;
  return e < r.paraEnd && r.text.charCodeAt(e) === 0x20 && p + 1 < r.last && r.t.start[p + 1] === e + 1;
}

/** The run that starts at token i (a word may start there), read from the tokens; null when the pattern must decide. */
function runOfTokens(r: Reading, i: number): Run | null {
  const { t, text } = r;
  if (readWord(r, i) !== A_WORD) return null;
  const start = t.start[i] as number;
  // (Most runs are one word: the list is made for one.)
  const words: Token[] = [wordRead(r, start)];
  for (;;) {
    if (!r.mayGoOn) break;
    // One space, then particles ("von der", "of the"), each one space apart, then a word.
    const k = r.next;
    if (k >= r.last || t.start[k] !== r.wordEnd + 1) break;
    let p = k;
    let chained = true;
    while (isParticle(r, p)) {
      if (!spaceAfter(r, p)) {
        chained = false;
        break;
      }
      // "of the": "the" only right after "of".
      if (
        text.startsWith('of', t.start[p] as number) &&
        (t.end[p] as number) - (t.start[p] as number) === 2 &&
        t.kind[p + 1] === WORD &&
        (t.end[p + 1] as number) - (t.start[p + 1] as number) === 3 &&
        text.startsWith('the', t.start[p + 1] as number)
      ) {
        if (!spaceAfter(r, p + 1)) {
          chained = false;
          break;
        }
        p++;
      }
      p++;
    }
    if (!chained) break;
    const found = readWord(r, p);
    if (found === UNSURE) return null;
    if (found === NO_WORD) break;
    for (let q = k; q < p; q++) words.push(tokenWord(t, r.ids, q));
    words.push(wordRead(r, t.start[p] as number));
  }
  const last = words[words.length - 1] as Token;
  return { start, end: last.end, words };
}

/** The word readWord just read, starting at `wordStart`: a word of one token (most are) has that token's id. */
function wordRead(r: Reading, wordStart: number): Token {
  const { t } = r;
  const one = t.start[r.next - 1] === wordStart && t.end[r.next - 1] === r.wordEnd;
  return one ? tokenWord(t, r.ids, r.next - 1) : wordToken(r.text, wordStart, r.wordEnd);
}

/**
 * The capitalised runs of the paragraph [paraStart, paraEnd) of `text` (the draft's), in order:
 * tried where a word starts with a capital, or where a capital follows a hyphen inside a word
 * ("anti-Modi" gives "Modi", "al-Assad" gives "al-Assad"), never right after a letter, digit or
 * apostrophe, nor inside the run before.
 */
export function capitalisedRuns(t: Tokens, text: string, paraStart: number, paraEnd: number): Run[] {
  const runs: Run[] = [];
  const last = tokenAt(t, paraEnd);
  const r: Reading = { t, ids: wordIds(t), text, paraEnd, last, wordEnd: 0, next: 0, mayGoOn: false };
  const kinds = t.kind;
  const flags = t.flags;
  let covered = paraStart; // where the last run ended
  for (let i = tokenAt(t, paraStart); i < last; i++) {
    const f = flags[i] as number;
    // (Most tokens are words in lower case, or marks.)
    if (f & LOWER || kinds[i] !== WORD) continue;
    const at = t.start[i] as number;
    if (
      (f & CAPITALISED || AL_PREFIX.test(text.slice(at, Math.min(at + 4, paraEnd)))) &&
      at >= covered &&
      !(at > paraStart && wordCharBefore(text, at))
    ) {
      const run = runOfTokens(r, i) ?? runByPattern(text, paraStart, paraEnd, at);
      if (run !== null) {
        runs.push(run);
        covered = run.end;
      }
    }
    if (f & HAS_HYPHEN) {
      const end = Math.min(t.end[i] as number, paraEnd);
      if (end <= covered) continue;
      const word = text.slice(at, end);
      for (const h of word.matchAll(CAPITAL_AFTER_HYPHEN)) {
        const from = at + (h.index ?? 0) + 1;
        if (from < covered || wordCharBefore(text, from)) continue;
        const run = runByPattern(text, paraStart, paraEnd, from);
        if (run !== null) {
          runs.push(run);
          covered = run.end;
        }
      }
    }
  }
  return runs;
}

/** The run CAPITALISED_RUN matches at `at` in the paragraph [paraStart, paraEnd) of `text`, or null. */
function runByPattern(text: string, paraStart: number, paraEnd: number, at: number): Run | null {
  CAPITALISED_RUN_AT.lastIndex = at - paraStart;
  const m = CAPITALISED_RUN_AT.exec(text.slice(paraStart, paraEnd));
  return m === null ? null : { start: at, end: at + m[0].length, words: wordsOf(text, m[0], at) };
}
