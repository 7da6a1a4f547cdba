// A field-level diff between two JSON values (a fixture's expected record and the actual one),
// for people reading `wirecut check` output: `quotes[3].speaker: "X" -> "Y"`. Arrays are
// aligned on equal items first, so one quote inserted at the top reads as one added quote, not
// as every later quote changed. It is not a patch format and does not try to be minimal.

export type Change =
  | { kind: 'changed'; path: string; expected: unknown; actual: unknown }
  | { kind: 'added'; path: string; actual: unknown }
  | { kind: 'removed'; path: string; expected: unknown };

/** Above this many item pairs, arrays are compared index by index instead of aligned (cost). */
const MAX_ALIGN_CELLS = 1_000_000;

export function diffJson(expected: unknown, actual: unknown, path = ''): Change[] {
  if (Object.is(expected, actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) return diffArrays(expected, actual, path);
  if (isObject(expected) && isObject(actual)) return diffObjects(expected, actual, path);
  return [{ kind: 'changed', path: path || '(record)', expected, actual }];
}

function diffObjects(expected: Record<string, unknown>, actual: Record<string, unknown>, path: string): Change[] {
  const changes: Change[] = [];
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  for (const key of keys) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in actual)) changes.push({ kind: 'removed', path: at, expected: expected[key] });
    else if (!(key in expected)) changes.push({ kind: 'added', path: at, actual: actual[key] });
    else changes.push(...diffJson(expected[key], actual[key], at));
  }
  return changes;
}

function diffArrays(expected: readonly unknown[], actual: readonly unknown[], path: string): Change[] {
  const changes: Change[] = [];
  const pairs = alignArrays(expected, actual);
  for (const [e, a] of pairs) {
    if (e !== null && a !== null) changes.push(...diffJson(expected[e], actual[a], `${path}[${e}]`));
    else if (e !== null) changes.push({ kind: 'removed', path: `${path}[${e}]`, expected: expected[e] });
    else if (a !== null) changes.push({ kind: 'added', path: `${path}[${a}]`, actual: actual[a] });
  }
  return changes;
}

/**
 * Pairs the indices of two arrays: equal items through a longest common subsequence, then the
 * unmatched items between two matches side by side (changed), leftovers as removed or added.
 */
function alignArrays(expected: readonly unknown[], actual: readonly unknown[]): Array<[number | null, number | null]> {
  const n = expected.length;
  const m = actual.length;
  if (n === m || n * m > MAX_ALIGN_CELLS) {
    return Array.from({ length: Math.max(n, m) }, (_, i): [number | null, number | null] => [i < n ? i : null, i < m ? i : null]);
  }
  const left = expected.map((item) => JSON.stringify(item));
  const right = actual.map((item) => JSON.stringify(item));
  // lengths[i][j]: LCS length of left[i..] and right[j..], as one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        left[i] === right[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const pairs: Array<[number | null, number | null]> = [];
  let pendingLeft: number[] = [];
  let pendingRight: number[] = [];
  const flush = (): void => {
    const count = Math.max(pendingLeft.length, pendingRight.length);
    for (let k = 0; k < count; k++) pairs.push([pendingLeft[k] ?? null, pendingRight[k] ?? null]);
    pendingLeft = [];
    pendingRight = [];
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[i] === right[j]) {
      flush();
      pairs.push([i++, j++]);
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      pendingLeft.push(i++);
    } else {
      pendingRight.push(j++);
    }
  }
  while (i < n) pendingLeft.push(i++);
  while (j < m) pendingRight.push(j++);
  flush();
  return pairs;
}

export interface DiffStyle {
  expected: (text: string) => string;
  actual: (text: string) => string;
  path: (text: string) => string;
}

/** Longest value preview, in characters; strings differing further in are shown around the difference. */
const PREVIEW_CHARS = 72;
/** Characters of context kept before the first difference of two long strings. */
const CONTEXT_CHARS = 24;
/** Consecutive added (or removed) array items listed one by one before the rest are counted. */
const MAX_LISTED_ITEMS = 5;
/** Diff lines shown per fixture before "... N more differences". */
const MAX_LINES = 40;

/** Readable lines, two-space indented, for a list of changes. */
export function formatChanges(changes: readonly Change[], style: DiffStyle): string[] {
  const lines: string[] = [];
  let run: { kind: 'added' | 'removed'; parent: string; count: number } | null = null;
  let hidden = 0;
  for (const change of changes) {
    if (change.kind !== 'changed') {
      const parent = change.path.replace(/\[\d+\]$/, '');
      const inArray = parent !== change.path;
      if (inArray && run && run.kind === change.kind && run.parent === parent) run.count++;
      else run = inArray ? { kind: change.kind, parent, count: 1 } : null;
      if (run && run.count > MAX_LISTED_ITEMS) {
        hidden++;
        continue;
      }
    } else {
      run = null;
    }
    lines.push(formatChange(change, style));
  }
  if (hidden > 0) lines.push(`  ... and ${hidden} more added or removed items`);
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `  ... and ${lines.length - MAX_LINES} more differences`];
}

function formatChange(change: Change, style: DiffStyle): string {
  const path = style.path(change.path);
  switch (change.kind) {
    case 'added':
      return `  ${path}: added ${style.actual(preview(change.actual))}`;
    case 'removed':
      return `  ${path}: removed ${style.expected(preview(change.expected))}`;
    case 'changed': {
      const [expected, actual] =
        typeof change.expected === 'string' && typeof change.actual === 'string'
          ? previewStrings(change.expected, change.actual)
          : [preview(change.expected), preview(change.actual)];
      return `  ${path}: ${style.expected(expected)} -> ${style.actual(actual)}`;
    }
  }
}

function preview(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

/** Two long strings are cut to the same window around their first difference. */
function previewStrings(expected: string, actual: string): [string, string] {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(actual);
  if (a.length <= PREVIEW_CHARS && b.length <= PREVIEW_CHARS) return [a, b];
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  const from = Math.max(0, first - CONTEXT_CHARS);
  const cut = (text: string): string => {
    const window = text.slice(from, from + PREVIEW_CHARS);
    return (from > 0 ? '…' : '') + window + (from + PREVIEW_CHARS < text.length ? '…' : '');
  };
  return [cut(a), cut(b)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
