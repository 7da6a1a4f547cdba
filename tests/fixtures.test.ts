// Every fixture through the built CLI: its output matches the reviewed expectation, validates
// against `wirecut schema`, and every span slices back to its text.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../src/text/normalise.js';
import type { ArticleRecord } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const CLI = join(ROOT, 'bin', 'wirecut.js');
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

const wirecut = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('fixtures through the built CLI', () => {
  it('has at least 15 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  it('`wirecut check` passes on every fixture', () => {
    const r = wirecut('check', 'fixtures');
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`${names.length} passed, 0 failed`);
    expect(r.status).toBe(0);
  });

  const schema = JSON.parse(wirecut('schema').stdout);
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const run = wirecut('--ndjson', ...names.map((n) => `fixtures/${n}.txt`));
  const records = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleRecord);

  it('prints one record per input, in order, and exits 0', () => {
    expect(run.status).toBe(0);
    expect(records.map((r) => r.source)).toEqual(names.map((n) => `fixtures/${n}.txt`));
  });

  it.each(names.map((n, i) => [n, i] as const))('%s: valid against the schema', (_name, i) => {
    const ok = validate(records[i]);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(names.map((n, i) => [n, i] as const))('%s: every span slices back to its text', (name, i) => {
    const input = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
    const r = records[i] as ArticleRecord;
    if (r.dateline) expect(input.slice(r.dateline.start, r.dateline.end)).toBe(r.dateline.text);
    for (const x of r.removed) {
      expect(input.slice(x.start, x.end)).toBe(x.text);
      expect(r.body.includes(x.text.trim()), `removed ${x.kind} left in the body`).toBe(false);
    }
    // Quote text is the repaired text of its span (the same when nothing needed repair).
    for (const q of r.quotes) expect(normaliseText(input.slice(q.start, q.end)).text).toBe(q.text);
    for (const w of r.warnings) if (w.start !== undefined) expect(w.end).toBeGreaterThanOrEqual(w.start);
  });

  it.each(names.map((n, i) => [n, i] as const))('%s: no quote or person comes from removed text', (_name, i) => {
    const r = records[i] as ArticleRecord;
    for (const q of r.quotes) {
      const inside = r.removed.find((x) => q.start < x.end && x.start < q.end);
      expect(inside, `quote ${JSON.stringify(q.text.slice(0, 40))} overlaps removed ${inside?.kind}`).toBeUndefined();
    }
    // Every person is named in the clean body: each word of their name is there (a nickname
    // may stand between them: Rohan "Bunty" Mehra).
    for (const p of r.people) {
      const missing = p.name.split(' ').filter((w) => !r.body.includes(w));
      expect(missing, `${p.name} is not named in the body`).toEqual([]);
    }
  });
});
