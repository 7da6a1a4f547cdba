// The layout rules of issue 19 that a test can hold: no import cycle among the modules of src/
// (a type-only import does not count: it leaves no trace at run time).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '..', 'src');
/** `import ... from './x.js'` and `export ... from './x.js'`, not `import type`. */
const RELATIVE_IMPORT = /^(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? modules(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The import cycles of a graph of modules, each as the list of modules round it. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (m: string, stack: string[]) => {
    state.set(m, 'open');
    stack.push(m);
    for (const next of graph.get(m) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, stack);
    }
    stack.pop();
    state.set(m, 'done');
  };
  for (const m of graph.keys()) if (!state.has(m)) visit(m, []);
  return cycles;
}

describe('the modules of src/', () => {
  it('import one another without a cycle', () => {
    const graph = new Map<string, string[]>();
    for (const file of modules(SRC)) {
      const deps = [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)]
        .filter((m) => !(m[1] === 'import' && m[2]))
        .map((m) => relative(SRC, resolve(dirname(file), (m[3] as string).replace(/\.js$/, '.ts'))));
      graph.set(relative(SRC, file), deps);
    }
    expect(graph.size).toBeGreaterThan(20);
    expect(importCycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
