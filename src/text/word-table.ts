// A big word list (given names, cities) kept as the one sorted '|'-joined string the build
// generates: split on first use and searched by halves. No Set is built, so loading the
// tables costs a split, not tens of thousands of hash insertions; the words actually looked
// up are remembered.

/** Most answers kept per table before the memory is cleared (a few MB at most). */
const SEEN_LIMIT = 10_000;
/**
 * Longest word remembered as it is. A longer word cut from a story may be a view into the whole
 * story's text (V8 keeps slices of 13 characters or more that way): remembering it would keep
 * the story alive, so a copy is remembered instead.
 */
const MAX_KEPT_CHARS = 12;

/**
 * A copy of a word that holds nothing else: joined to a space, the word is written out afresh,
 * and a slice of that is no view into the story the word was cut from.
 */
const ownCopy = (word: string) => `${word} `.slice(0, -1);

export class WordTable {
  readonly #source: string;
  #words: string[] | null = null;

  constructor(source: string) {
    this.#source = source;
  }

  /** Answers already given: news repeats its capitalised words, story after story. */
  readonly #seen = new Map<string, boolean>();

  has(word: string): boolean {
    const known = this.#seen.get(word);
    if (known !== undefined) return known;
    const found = this.search(word);
    if (this.#seen.size >= SEEN_LIMIT) this.#seen.clear();
    this.#seen.set(word.length > MAX_KEPT_CHARS ? ownCopy(word) : word, found);
    return found;
  }

  /** Whether the table holds `word`, without remembering the answer. */
  search(word: string): boolean {
    if (this.#words === null) this.#words = this.#source.split('|');
    const words = this.#words;
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid] as string;
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
