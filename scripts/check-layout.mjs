#!/usr/bin/env node
// Checks the layout rules of src/ (issue 19), for CI: no import cycle between modules (type
// imports count too: a cycle of types is a cycle of ideas), the CLI's rooms import only the rooms
// they may (commands/ may import any; run/ may import input/; output/ may import run/ and input/;
// input/ imports no other room), and no file over 500 lines but generated tables and model
// weights. Prints every breach and exits 1 if there is one.
// Usage: node scripts/check-layout.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 500;
/** Data written by scripts (generated tables, trained weights): long by nature. */
const GENERATED = [/^src\/data\/generated\//, /^src\/data\/models\//, /^src\/data\/speaker-weights\.ts$/];
/** Which CLI rooms each room may import. */
const ROOMS = { commands: ['input', 'run', 'output'], output: ['run', 'input'], run: ['input'], input: [] };

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT =
  /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;

const files = filesUnder(SRC);
const rel = (path) => relative(ROOT, path).split('\\').join('/');
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const targets = new Set();
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    targets.add(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  graph.set(
    file,
    [...targets].filter((t) => graph.has(t) || files.includes(t)),
  );
}

const breaches = [];

// Cycles: depth-first search, reporting each cycle once by its members.
const state = new Map();
const stack = [];
const seenCycles = new Set();
function visit(node) {
  state.set(node, 'open');
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 'open') {
      const cycle = stack.slice(stack.indexOf(next)).map(rel);
      const key = [...cycle].sort().join(' ');
      if (!seenCycles.has(key)) {
        seenCycles.add(key);
        breaches.push(`import cycle: ${[...cycle, rel(next)].join(' -> ')}`);
      }
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);

// Rooms of the CLI.
const roomOf = (path) => /^src\/cli\/([^/]+)\//.exec(rel(path))?.[1] ?? null;
for (const [file, targets] of graph) {
  const from = roomOf(file);
  if (!from || !(from in ROOMS)) continue;
  for (const target of targets) {
    const to = roomOf(target);
    if (to && to !== from && to in ROOMS && !ROOMS[from].includes(to))
      breaches.push(`room rule: ${rel(file)} (${from}/) imports ${rel(target)} (${to}/)`);
  }
}

// Length.
for (const file of files) {
  const name = rel(file);
  if (GENERATED.some((pattern) => pattern.test(name))) continue;
  const lines = readFileSync(file, 'utf8').split('\n').length;
  if (lines > MAX_LINES) breaches.push(`too long: ${name} has ${lines} lines (most ${MAX_LINES})`);
}

for (const breach of breaches) console.error(breach);
if (breaches.length > 0) process.exit(1);
console.log(`layout: ${files.length} files, no import cycle, rooms kept, none over ${MAX_LINES} lines`);
