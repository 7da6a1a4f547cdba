// The first of a list of rules whose pattern matches a text, as `rules.find(...)` gives it, in
// a handful of regex calls instead of one per rule. Most of the boilerplate rules are tried
// on every line of every story and fail on the first character; a call costs more than that
// failure. Rules anchored at the start (`^...`) that share their flags are joined into one
// alternation, each in a named group of its own: alternatives are tried in order at position
// 0, so the group that took part names the first rule that matches. A rule with a hint (a
// cheap test every match passes, there for costly patterns), an unanchored one, or one with
// named groups of its own is tried alone, as before, and only while it could still come first.
// The joined regexes are compiled on first use, once: a subset of the rules is searched with
// findAmong, not with joined regexes of its own (each costs milliseconds to compile, paid by
// every run of the command line).

export interface Rule {
  pattern: RegExp;
  /**
   * A cheap test any match passes: the rule is tried only when it passes. A function for tests
   * a regex does slowly, such as what a line ends with (`(t) => t.endsWith(')')`).
   */
  hint?: RegExp | ((text: string) => boolean);
}

interface Joined {
  regex: RegExp;
  /** For each joined rule, its index in the list (its group is named `r` and the index). */
  indices: number[];
}

/** Whether a rule can be joined: anchored at the start, with no hint, no state and no named group. */
const joinable = (rule: Rule) =>
  !rule.hint &&
  rule.pattern.source.startsWith('^') &&
  // (Named groups of its own would clash; and beside named groups, `\k` in a pattern without
  // the u flag stops meaning a plain "k".)
  !/\(\?<[^=!]/.test(rule.pattern.source) &&
  !rule.pattern.source.includes('\\k') &&
  !rule.pattern.global &&
  !rule.pattern.sticky &&
  !rule.pattern.multiline;

const passesHint = (hint: Rule['hint'], text: string) => hint === undefined || (typeof hint === 'function' ? hint(text) : hint.test(text));
const matches = (rule: Rule, text: string) => passesHint(rule.hint, text) && rule.pattern.test(text);

export class FirstMatch<R extends Rule> {
  readonly #rules: readonly R[];
  #joined: Joined[] | null = null;
  /** Indices of the rules to join, by their flags. */
  readonly #byFlags = new Map<string, number[]>();
  /** Indices of the rules tried alone, in order. */
  readonly #alone: number[] = [];

  constructor(rules: readonly R[]) {
    this.#rules = rules;
    rules.forEach((rule, i) => {
      const { flags } = rule.pattern;
      if (!joinable(rule)) this.#alone.push(i);
      else if (this.#byFlags.has(flags)) this.#byFlags.get(flags)?.push(i);
      else this.#byFlags.set(flags, [i]);
    });
  }

  /** The joined regexes, one per set of flags, built on first use. */
  #join(): Joined[] {
    return [...this.#byFlags].map(([flags, indices]) => {
      const parts = indices.map((i) => `(?<r${i}>${(this.#rules[i] as R).pattern.source})`);
      return { regex: new RegExp(`^(?:${parts.join('|')})`, flags), indices };
    });
  }

  /** The first rule, in list order, that matches `text`, or undefined. */
  find(text: string): R | undefined {
    this.#joined ??= this.#join();
    let best = this.#rules.length;
    for (const { regex, indices } of this.#joined) {
      if ((indices[0] as number) >= best) continue;
      const groups = regex.exec(text)?.groups;
      if (groups === undefined) continue;
      const i = indices.find((k) => groups[`r${k}`] !== undefined) as number;
      best = Math.min(best, i);
    }
    for (const i of this.#alone) {
      if (i >= best) break;
      if (matches(this.#rules[i] as R, text)) {
        best = i;
        break;
      }
    }
    return this.#rules[best];
  }

  /**
   * The first rule that `keep` keeps and that matches `text`: `rules.find((r) => keep(r) &&
   * matches)`. A text no rule matches (most lines) costs what find costs; otherwise the rules
   * after the first match are tried one by one.
   */
  findAmong(text: string, keep: (rule: R) => boolean): R | undefined {
    const first = this.find(text);
    if (first === undefined || keep(first)) return first;
    for (let i = this.#rules.indexOf(first) + 1; i < this.#rules.length; i++) {
      const rule = this.#rules[i] as R;
      if (keep(rule) && matches(rule, text)) return rule;
    }
    return undefined;
  }
}
