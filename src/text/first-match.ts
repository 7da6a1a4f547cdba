// The first of a list of rules whose pattern matches a text, as `rules.find(...)` gives it, in
// a handful of regex calls instead of one per rule. Most of the boilerplate rules are tried
// on every line of every story and fail on the first character; a call costs more than that
// failure. Rules anchored at the start (`^...`) that share their flags are joined into one
// alternation, each in a group of its own: alternatives are tried in order at position 0, so
// the first group that took part names the first rule that matches. A rule with a hint (a
// cheap test every match passes, there for costly patterns) or an unanchored one is tried
// alone, as before, and only while it could still come first.

export interface Rule {
  pattern: RegExp;
  /** A cheap test any match passes: the rule is tried only when it passes. */
  hint?: RegExp;
}

interface Joined {
  regex: RegExp;
  /** For each joined rule, the number of the group around it. */
  groups: number[];
  /** For each joined rule, its index in the list. */
  indices: number[];
}

/** How many capturing groups a pattern has. */
const groupCount = (source: string, flags: string) => (new RegExp(`${source}|`, flags).exec('') as RegExpExecArray).length - 1;

/** Whether a rule can be joined: anchored at the start, with no hint and no state of its own. */
const joinable = (rule: Rule) =>
  !rule.hint && rule.pattern.source.startsWith('^') && !rule.pattern.global && !rule.pattern.sticky && !rule.pattern.multiline;

export class FirstMatch<R extends Rule> {
  readonly #rules: readonly R[];
  readonly #joined: Joined[] = [];
  /** Indices of the rules tried alone, in order. */
  readonly #alone: number[] = [];

  constructor(rules: readonly R[]) {
    this.#rules = rules;
    const byFlags = new Map<string, number[]>();
    rules.forEach((rule, i) => {
      if (!joinable(rule)) this.#alone.push(i);
      else byFlags.set(rule.pattern.flags, [...(byFlags.get(rule.pattern.flags) ?? []), i]);
    });
    for (const [flags, indices] of byFlags) {
      const groups: number[] = [];
      let group = 1;
      const parts = indices.map((i) => {
        const { source } = (rules[i] as R).pattern;
        groups.push(group);
        group += 1 + groupCount(source, flags);
        return `(${source})`;
      });
      this.#joined.push({ regex: new RegExp(`^(?:${parts.join('|')})`, flags), groups, indices });
    }
  }

  /** The first rule, in list order, that matches `text`, or undefined. */
  find(text: string): R | undefined {
    let best = this.#rules.length;
    for (const { regex, groups, indices } of this.#joined) {
      if ((indices[0] as number) >= best) continue;
      const m = regex.exec(text);
      if (m === null) continue;
      const k = groups.findIndex((g) => m[g] !== undefined);
      best = Math.min(best, indices[k] as number);
    }
    for (const i of this.#alone) {
      if (i >= best) break;
      const { pattern, hint } = this.#rules[i] as R;
      if ((!hint || hint.test(text)) && pattern.test(text)) {
        best = i;
        break;
      }
    }
    return this.#rules[best];
  }
}
