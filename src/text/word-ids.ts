// Word ids: each distinct word read so far has a number, found by hashing the word's characters
// where they stand in the text, without cutting the word out of it. A stage that keeps what it
// knows of a word (the tagger's weights, the people stage's table bits) keeps it in an array by
// id, and asks for a token's id once per text: the ids of a text's tokens are kept beside its
// tokens while it is read. The word itself is kept once, as one string, so every reader that
// needs the text gets the same string (whose hash a Set or a Map has then computed already).
//
// The table starts afresh when it holds more than MAX_WORDS words, and only between texts (when
// wordIds is asked for a new text's tokens); `generation` counts the fresh starts, and a reader
// that keeps things by id forgets them when it changes. Not here: what a word is (tokens.ts),
// what anyone knows of it.

import type { Tokens } from './tokens.js';

/** Words kept before the table starts afresh (between texts), a few MB at most. */
export const MAX_WORDS = 1 << 17;
/** Room for words at first (a power of two); the table of slots has twice as many. */
const FIRST_WORDS = 1 << 12;
/** Longest word kept as it is (a longer slice may keep a whole story alive: see word-table.ts). */
const MAX_KEPT_CHARS = 12;
const ownCopy = (word: string) => `${word} `.slice(0, -1);

/** FNV-1a of text[start, end), never 0. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let c = start; c < end; c++) h = Math.imul(h ^ text.charCodeAt(c), 16777619);
  return h | 1;
}

/** Whether `text` holds `word` at `at` (a loop: the words are short, a call to startsWith costs more). */
function sameChars(word: string, text: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
}

class WordTable {
  /** Bumped each time the table starts afresh: ids of an older generation mean nothing. */
  generation = 0;
  /** Ids in use are 1..size; 0 is no word. */
  size = 0;
  #words: string[] = [''];
  /** Each id's hash (to fill a grown table). */
  #hashes = new Int32Array(FIRST_WORDS);
  /**
   * Open-addressed, two numbers a slot: a word's hash (0: empty) and its id, side by side, so
   * that a lookup reads the word only when its hash matches.
   */
  #slots = new Int32Array(4 * FIRST_WORDS);

  /** The word of id `id`. */
  word(id: number): string {
    return this.#words[id] as string;
  }

  /** The id of the word text[start, end), added when new. */
  idOf(text: string, start: number, end: number): number {
    const h = hashOf(text, start, end);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    let s = h & mask;
    for (;;) {
      const x = slots[2 * s] as number;
      if (x === 0) break;
      if (x === h) {
        const id = slots[2 * s + 1] as number;
        const w = this.#words[id] as string;
        if (w.length === end - start && sameChars(w, text, start)) return id;
      }
      s = (s + 1) & mask;
    }
    const id = ++this.size;
    if (id === this.#hashes.length) this.#grow();
    const word = text.slice(start, end);
    this.#words[id] = word.length > MAX_KEPT_CHARS ? ownCopy(word) : word;
    this.#hashes[id] = h;
    this.#put(h, id);
    return id;
  }

  /** Puts id (of hash h) in the first empty slot from its own. */
  #put(h: number, id: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    let s = h & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = id;
  }

  /** Twice the room (the slots stay at most half full). */
  #grow(): void {
    const hashes = new Int32Array(this.#hashes.length * 2);
    hashes.set(this.#hashes);
    this.#hashes = hashes;
    this.#slots = new Int32Array(4 * hashes.length);
    for (let id = 1; id < this.size; id++) this.#put(hashes[id] as number, id);
  }

  /** Starts afresh when full. */
  clearIfFull(): void {
    if (this.size <= MAX_WORDS) return;
    this.generation++;
    this.size = 0;
    this.#words = [''];
    this.#hashes = new Int32Array(FIRST_WORDS);
    this.#slots = new Int32Array(4 * FIRST_WORDS);
  }
}

/** The words of every text read in this process. */
export const WORDS = new WordTable();

let current: Tokens | null = null;
let currentIds = new Int32Array(0);

/**
 * The word ids of t's tokens (0 where not asked yet: see idAt), kept while t is being read.
 * Asked for a new text, the table may start afresh and the array is reused for the new text:
 * ask at the start of reading a text, and keep no ids of another text from before.
 */
export function wordIds(t: Tokens): Int32Array {
  if (t !== current) {
    WORDS.clearIfFull();
    current = t;
    // The last text's array, emptied, when it is long enough: its ids are asked for no more.
    if (idsBuffer.length < t.count) idsBuffer = new Int32Array(Math.max(2 * t.count, 1024));
    else idsBuffer.fill(0, 0, t.count);
    currentIds = idsBuffer.subarray(0, t.count);
  }
  return currentIds;
}
let idsBuffer = new Int32Array(0);

/** The word id of token i of t, whose ids (from wordIds) are `ids`. */
export function idAt(t: Tokens, ids: Int32Array, i: number): number {
  let id = ids[i] as number;
  if (id === 0) {
    id = WORDS.idOf(t.text, t.start[i] as number, t.end[i] as number);
    ids[i] = id;
  }
  return id;
}
