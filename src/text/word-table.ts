// A big word list (given names, cities) kept as the one sorted '|'-joined string the build
// generates: split on first use and searched by halves. No Set is built, so loading the
// tables costs a split, not tens of thousands of hash insertions.

export class WordTable {
  readonly #source: string;
  #words: string[] | null = null;

  constructor(source: string) {
    this.#source = source;
  }

  has(word: string): boolean {
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
