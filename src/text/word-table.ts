// A big word list (given names, cities) kept as the one sorted '|'-joined string the build
// generates, and looked up through a hash index of that string made on first use: each word is
// hashed where it stands in the string, so loading the tables costs one pass over their
// characters, no split into tens of thousands of strings and no Set of them; a lookup hashes
// the word asked about and compares it with the one word of the list in its slot.
//
// Not here: what a table means (name-tables.ts, places.ts), which tables there are (the build's
// scripts/gen-data.mjs).

/** FNV-1a of s[start, end), never 0. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 1;
}

export class WordTable {
  readonly #source: string;
  /** Open-addressed: each slot holds a word's hash (0: empty), where it starts in the source and its length. */
  #hashes: Int32Array | null = null;
  #starts = new Int32Array(0);
  #lengths = new Int32Array(0);

  constructor(source: string) {
    this.#source = source;
  }

  has(word: string): boolean {
    return this.search(word);
  }

  /** Whether the table holds `word`. */
  search(word: string): boolean {
    const hashes = this.#hashes ?? this.#index();
    const source = this.#source;
    const mask = hashes.length - 1;
    const h = hashOf(word, 0, word.length);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const x = hashes[s] as number;
      if (x === 0) return false;
      if (x === h && this.#lengths[s] === word.length && source.startsWith(word, this.#starts[s] as number)) return true;
    }
  }

  /** The index of every word of the source (twice as many slots as words). */
  #index(): Int32Array {
    const source = this.#source;
    let words = 1;
    for (let i = source.indexOf('|'); i >= 0; i = source.indexOf('|', i + 1)) words++;
    let size = 16;
    while (size < 2 * words) size *= 2;
    const hashes = new Int32Array(size);
    const starts = new Int32Array(size);
    const lengths = new Int32Array(size);
    const mask = size - 1;
    // Every word between the bars, as split('|') cuts them.
    for (let start = 0; ; ) {
      let end = source.indexOf('|', start);
      if (end < 0) end = source.length;
      const h = hashOf(source, start, end);
      let s = h & mask;
      while (hashes[s] !== 0) s = (s + 1) & mask;
      hashes[s] = h;
      starts[s] = start;
      lengths[s] = end - start;
      if (end === source.length) break;
      start = end + 1;
    }
    this.#starts = starts;
    this.#lengths = lengths;
    this.#hashes = hashes;
    return hashes;
  }
}
