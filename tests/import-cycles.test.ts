// No module of src/ imports itself through others: the layout is a tree of rooms one can read
// in order (issue 19). Reads the relative imports of every .ts file under src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../src', import.meta.url));
const IMPORT = /^(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every cycle met in a depth-first walk, as "a -> b -> a". */
function cycles(): string[] {
  const all = files(ROOT);
  const known = new Set(all);
  const deps = new Map(
    all.map((f) => [
      f,
      [...readFileSync(f, 'utf8').matchAll(IMPORT)]
        .map((m) => resolve(dirname(f), (m[1] as string).replace(/\.js$/, '.ts')))
        .filter((g) => known.has(g)),
    ]),
  );
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const g of deps.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...path.slice(path.indexOf(g)), g].map((x) => relative(ROOT, x)).join(' -> '));
      else if (!state.has(g)) visit(g);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return found;
}

describe('imports', () => {
  it('make no cycle in src/', () => {
    expect(cycles()).toEqual([]);
  });
});
