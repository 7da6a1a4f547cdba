// One pass over the normalised text that cuts it into tokens: words, numbers, punctuation,
// quote marks, line breaks and paragraph breaks, each with its offsets, its kind and bits for
// case and shape, and a mark on the token that opens a sentence. Tokens live in typed arrays
// (one slot per token in each), not one object per token, and carry no text: a token's text is
// `text.slice(start[i], end[i])`, so offsets are exact and nothing is copied until asked for.
//
// Deliberately simple, like the tokenizers of compromise and wink-nlp: it decides what a
// token is from the characters alone and a short table of abbreviations ("Mr.", "Jan."). It
// does not pair quote marks, tell a closing apostrophe from an opening one, or know what a
// name is; the stages reading the tokens decide that.
//
// What a word is:
// - letters and digits, joined by a hyphen, an apostrophe ("O'Neill", "don't") or an ampersand
//   between capitals ("AT&T"), with a period inside when one letter stands before it ("U.S.",
//   "p.m."); a number joins digits with . , : / ("1,500", "3.5", "10:30", "2024-05-01").
// - a possessive "'s" or "’s" is a token of its own ("Germany" "'s"), as CoNLL and Penn cut it.
// - a word takes its final period when it is an abbreviation that never ends a sentence here:
//   a period inside ("U.S."), one capital ("P." of "P. Chidambaram"), or a listed abbreviation
//   ("Mr.", "Gen.", "Jan."). Such a period does not end a sentence (as in sentences.ts).
// A sentence opens at the text's first token, after a line break, and after . ! ? or … (with
// closing marks or brackets right after them) when white space and then a capital, a digit, an
// opening mark or a bracket follow.

import { TOKEN_ABBREVIATIONS } from '../data/tokens.js';

/** Kinds of token. */
export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;
export const QUOTE = 4;
export const LINE = 5;
export const PARAGRAPH = 6;

/** Bits of a token's flags. */
/** The first letter is a capital ("Delhi", "NATO", "McCain", "al-Assad" is not). */
export const CAPITALISED = 1 << 0;
/** It has letters and none of them is lower case ("NATO", "U.S.", "A"). */
export const UPPER = 1 << 1;
/** It has letters and none of them is upper case ("said", "al-Assad" is not). */
export const LOWER = 1 << 2;
export const HAS_DIGIT = 1 << 3;
export const HAS_HYPHEN = 1 << 4;
/** A period inside or at its end ("U.S.", "Mr."). */
export const HAS_PERIOD = 1 << 5;
export const HAS_APOSTROPHE = 1 << 6;
/** White space (or the start of the text) stands right before it. */
export const SPACE_BEFORE = 1 << 7;
/** It opens a sentence. */
export const SENTENCE_START = 1 << 8;
/** The "'s" cut from the word before it. */
export const POSSESSIVE = 1 << 9;
/**
 * It holds a character that is neither a letter, a digit, '-', an apostrophe nor a period: a
 * combining mark, a title-case letter ("ǅ"), a hyphen other than '-' ("‑") or an ampersand
 * ("AT&T"). Readers that take words of plain letters ask it before trusting a word as a whole.
 */
export const ODD_CHARS = 1 << 10;

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint16Array;
}

/** A token's text. */
export const tokenText = (t: Tokens, i: number): string => t.text.slice(t.start[i] as number, t.end[i] as number);

/** The index of the first token that starts at or after `offset` (t.count when none does). */
export function tokenAt(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token that ends after `offset` (t.count when none does). */
export function tokenAfter(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.end[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Character classes, one bit each.
const C_UPPER = 1;
const C_LOWER = 2;
/** A letter of no case (CJK, Arabic) or a combining mark: part of a word, no case. */
const C_LETTER = 4;
const C_DIGIT = 8;
const C_SPACE = 16;
const C_NEWLINE = 32;
/** With C_LETTER, a combining mark; with C_UPPER, a title-case letter (see ODD_CHARS). */
const C_ODD = 64;
const C_WORD = C_UPPER | C_LOWER | C_LETTER | C_DIGIT;

const UPPER_CHAR = /^[\p{Lu}\p{Lt}]$/u;
const TITLE_CASE_CHAR = /^\p{Lt}$/u;
const LOWER_CHAR = /^\p{Ll}$/u;
const OTHER_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;
const DIGIT_CHAR = /^\p{N}$/u;
const SPACE_CHAR = /^\s$/u;

function classifySlow(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (UPPER_CHAR.test(ch)) return TITLE_CASE_CHAR.test(ch) ? C_UPPER | C_ODD : C_UPPER;
  if (LOWER_CHAR.test(ch)) return C_LOWER;
  if (DIGIT_CHAR.test(ch)) return C_DIGIT;
  if (OTHER_WORD_CHAR.test(ch)) return MARK_CHAR.test(ch) ? C_LETTER | C_ODD : C_LETTER;
  if (SPACE_CHAR.test(ch)) return C_SPACE;
  return 0;
}

/** Classes of the 65,536 BMP code units, filled in on first sight (0: not yet known). */
const BMP_CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  BMP_CLASSES[c] =
    (1 << 7) |
    (c >= 0x41 && c <= 0x5a
      ? C_UPPER
      : c >= 0x61 && c <= 0x7a
        ? C_LOWER
        : c >= 0x30 && c <= 0x39
          ? C_DIGIT
          : c === 0x0a
            ? C_NEWLINE | C_SPACE
            : c === 0x20 || (c >= 0x09 && c <= 0x0d)
              ? C_SPACE
              : 0);
}

/** The class bits of code point `cp` (bit 7 in the table only marks an entry as known). */
function classOf(cp: number): number {
  if (cp > 0xffff) return classifySlow(cp);
  let c = BMP_CLASSES[cp] as number;
  if (c === 0) {
    c = (1 << 7) | classifySlow(cp);
    BMP_CLASSES[cp] = c;
  }
  return c & 0x7f;
}

const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const QUOTE_MARKS = new Set([
  0x22, 0x27, 0x60, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x2039, 0x203a, 0x2033,
]);
/** Punctuation that runs together into one token: "--", "...", "==". */
const RUNS = new Set([0x2d, 0x2e, 0x5f, 0x3d, 0x2a, 0x7e, 0x23, 0x21, 0x3f]);
/** . ! ? … */
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** ) ] } and closing marks, which may follow a sentence's last period. */
const isCloser = (c: number) => c === 0x29 || c === 0x5d || c === 0x7d;
/** ( [ */
const isOpener = (c: number) => c === 0x28 || c === 0x5b;

/** Bytes per token: start and end (4 each), flags (2), kind (1). */
const TOKEN_BYTES = 11;

/** One pass of the tokenizer over a text: the arrays it fills and what it knows of the sentence so far. */
class Tokenizer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint16Array;
  /** White space (or the start of the text) stands before the next token. */
  spaceBefore = true;
  /** The next token opens a sentence. */
  atStart = true;
  /** A sentence's end mark was seen; closing marks may still follow it. */
  pendingEnd = false;

  constructor(
    readonly text: string,
    capacity: number,
  ) {
    // One buffer for the four arrays: one allocation per text.
    const buffer = new ArrayBuffer(capacity * TOKEN_BYTES);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, 4 * capacity, capacity);
    this.flags = new Uint16Array(buffer, 8 * capacity, capacity);
    this.kind = new Uint8Array(buffer, 10 * capacity, capacity);
  }

  push(start: number, end: number, kind: number, flags: number): void {
    if (this.count === this.start.length) this.#grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
  }

  #grow(): void {
    const capacity = this.start.length * 2;
    const buffer = new ArrayBuffer(capacity * TOKEN_BYTES);
    const start = new Int32Array(buffer, 0, capacity);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(buffer, 4 * capacity, capacity);
    end.set(this.end);
    this.end = end;
    const flags = new Uint16Array(buffer, 8 * capacity, capacity);
    flags.set(this.flags);
    this.flags = flags;
    const kind = new Uint8Array(buffer, 10 * capacity, capacity);
    kind.set(this.kind);
    this.kind = kind;
  }

  /** Adds a token that is not a line break, with its sentence and space bits. */
  emit(start: number, end: number, kind: number, bits: number): void {
    let flags = this.spaceBefore ? bits | SPACE_BEFORE : bits;
    if (this.atStart) {
      flags |= SENTENCE_START;
      this.atStart = false;
      this.pendingEnd = false;
    } else if (this.pendingEnd) {
      const first = this.text.charCodeAt(start);
      if (!this.spaceBefore && (kind === QUOTE || isCloser(first) || (kind === PUNCT && isTerminal(first)))) {
        // ."  .)  ?!  still close the sentence
      } else {
        this.pendingEnd = false;
        if (this.spaceBefore && ((flags & CAPITALISED) !== 0 || kind === NUMBER || kind === QUOTE || isOpener(first)))
          flags |= SENTENCE_START;
      }
    }
    this.spaceBefore = false;
    this.push(start, end, kind, flags);
    if (kind === PUNCT && isTerminal(this.text.charCodeAt(start))) this.pendingEnd = true;
  }

  run(): Tokens {
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const u = text.charCodeAt(i);
      // One space between two words: the commonest thing in a text.
      if (u === 0x20) {
        const next = text.charCodeAt(i + 1);
        if (next !== 0x20 && next < 0x80 && !((BMP_CLASSES[next] as number) & C_SPACE)) {
          this.spaceBefore = true;
          i++;
          continue;
        }
      }
      const cp = u >= 0xd800 && u <= 0xdbff ? (text.codePointAt(i) as number) : u;
      const cls = u < 0x80 ? (BMP_CLASSES[u] as number) & 0x7f : classOf(cp);
      if (cls & C_WORD) {
        i = this.scanWord(i, cls);
        continue;
      }
      if (cls & C_SPACE) {
        // A run of white space; its line breaks make one LINE or PARAGRAPH token.
        let newlines = 0;
        let first = -1;
        let last = -1;
        let j = i;
        while (j < n) {
          const k = classOf(text.charCodeAt(j));
          if (!(k & C_SPACE)) break;
          if (k & C_NEWLINE) {
            newlines++;
            if (first < 0) first = j;
            last = j;
          }
          j++;
        }
        if (newlines > 0) {
          this.push(first, last + 1, newlines > 1 ? PARAGRAPH : LINE, 0);
          this.atStart = true;
          this.pendingEnd = false;
        }
        this.spaceBefore = true;
        i = j;
        continue;
      }
      if (QUOTE_MARKS.has(cp)) {
        this.emit(i, i + 1, QUOTE, 0);
        i += 1;
        continue;
      }
      let j = i + (cp > 0xffff ? 2 : 1);
      if (RUNS.has(cp)) while (j < n && text.charCodeAt(j) === cp) j++;
      this.emit(i, j, PUNCT, 0);
      i = j;
    }
    return { text, count: this.count, start: this.start, end: this.end, kind: this.kind, flags: this.flags };
  }

  /** Scans the word or number that starts at `from` (its first code point of class `cls`), emits it, and returns where it ends. */
  scanWord(from: number, cls: number): number {
    const text = this.text;
    const n = text.length;
    const number = (cls & C_DIGIT) !== 0;
    let flags = cls & C_UPPER ? CAPITALISED : 0;
    let uppers = 0;
    let lowers = 0;
    let piece = 0; // letters since the start or the last period
    let i = from;
    let possessive = -1;
    for (;;) {
      // Letters, digits and marks.
      while (i < n) {
        const u = text.charCodeAt(i);
        // Lower-case ASCII letters: most of any word.
        if (u >= 0x61 && u <= 0x7a) {
          lowers++;
          piece++;
          i++;
          continue;
        }
        let k: number;
        let width = 1;
        if (u < 0x80) k = (BMP_CLASSES[u] as number) & 0x7f;
        else if (u >= 0xd800 && u <= 0xdbff) {
          const cp = text.codePointAt(i) as number;
          k = classOf(cp);
          if (cp > 0xffff) width = 2;
        } else k = classOf(u);
        if (!(k & C_WORD)) break;
        if (k & C_LOWER) lowers++;
        else if (k & C_UPPER) uppers++;
        else if (k & C_DIGIT) flags |= HAS_DIGIT;
        if (k & C_ODD) flags |= ODD_CHARS;
        piece++;
        i += width;
      }
      if (i >= n - 1) break;
      const c = text.charCodeAt(i);
      // Most words end at a space or a mark that never joins.
      if (c === 0x20 || !(isHyphen(c) || isApostrophe(c) || c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x26)) break;
      const next = text.codePointAt(i + 1) as number;
      const nextClass = classOf(next);
      if (!(nextClass & C_WORD)) break;
      const prevClass = classOf(text.charCodeAt(i - 1));
      if (isHyphen(c)) flags |= c === 0x2d ? HAS_HYPHEN : HAS_HYPHEN | ODD_CHARS;
      else if (isApostrophe(c)) {
        if (!(nextClass & (C_UPPER | C_LOWER | C_LETTER))) break;
        // "Germany's": the "'s" is a token of its own.
        const after = i + 2 < n ? classOf(text.codePointAt(i + 2) as number) : 0;
        if ((next === 0x73 || next === 0x53) && !(after & C_WORD)) {
          possessive = i;
          break;
        }
        flags |= HAS_APOSTROPHE;
      } else if (c === 0x2e) {
        // "U.S", "p.m", "3.5": a period joins after one letter, or between digits.
        const digits = (prevClass & C_DIGIT) !== 0 && (nextClass & C_DIGIT) !== 0;
        if (!digits && !(piece === 1 && !(nextClass & C_DIGIT))) break;
        flags |= HAS_PERIOD;
        piece = 0;
      } else if (c === 0x2c || c === 0x3a || c === 0x2f) {
        if (!(number && prevClass & C_DIGIT && nextClass & C_DIGIT)) break;
      } else {
        // "&"
        if (!(prevClass & C_UPPER && nextClass & C_UPPER)) break;
        flags |= ODD_CHARS;
      }
      i++;
    }
    let end = i;
    // A final period that belongs to the word: "U.S.", "P.", "Mr.".
    if (possessive < 0 && end < n && text.charCodeAt(end) === 0x2e && !number) {
      const letters = uppers + lowers;
      const abbreviation =
        (flags & HAS_PERIOD) !== 0 ||
        (letters === 1 && uppers === 1) ||
        (letters <= 5 && TOKEN_ABBREVIATIONS.has(text.slice(from, end).toLowerCase()));
      // "..." after a word is an ellipsis, not an abbreviation's period.
      if (abbreviation && text.charCodeAt(end + 1) !== 0x2e) {
        end++;
        flags |= HAS_PERIOD;
      }
    }
    if (uppers > 0 && lowers === 0) flags |= UPPER;
    if (lowers > 0 && uppers === 0) flags |= LOWER;
    this.emit(from, end, number ? NUMBER : WORD, flags);
    if (possessive >= 0) {
      this.emit(possessive, possessive + 2, WORD, POSSESSIVE | HAS_APOSTROPHE | (text.charCodeAt(possessive + 1) === 0x53 ? UPPER : LOWER));
      return possessive + 2;
    }
    return end;
  }
}

/** Cuts `text` into tokens, in one pass. */
export function tokenise(text: string): Tokens {
  return new Tokenizer(text, Math.max(16, (text.length >> 2) + 16)).run();
}

/**
 * Up to six characters below 256 as one number, or 0 when a character is not: a short word
 * compared without making a string (the tagger's and the people stage's look-ups of particles).
 */
export function packed(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return 0;
    n = n * 256 + c;
  }
  return n;
}
