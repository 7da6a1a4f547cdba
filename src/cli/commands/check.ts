// `wirecut check [PATH...]`: runs every fixture NAME.txt through the same path as
// `wirecut NAME.txt` (source = the file's basename, so results do not depend on the cwd) and
// compares the record with NAME.json. Optional NAME.options.json holds per-fixture options
// ({"date": "2020-08-17"}). `--update` rewrites NAME.json through the CLI's serialiser, only
// when it changed. It never writes without --update: CI runs it read-only.

import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { serialiseRecord } from '../../index.js';
import { isIsoDate } from '../../text/dates.js';
import { readFileLimited } from '../input/read.js';
import type { CliIo } from '../io.js';
import { colourLevel, loadChalk } from '../output/colour.js';
import { diffJson, formatChanges } from '../output/field-diff.js';
import { Output } from '../output/output.js';
import { recordFromRead } from '../run/records.js';
import { DEFAULT_MAX_BYTES } from './options.js';

export interface CheckSettings {
  paths: readonly string[];
  update: boolean;
}

export const DEFAULT_FIXTURE_DIR = 'fixtures';

const FIXTURE_SUFFIX = '.txt';
const EXPECTED_SUFFIX = '.json';
const OPTIONS_SUFFIX = '.options.json';
/** The per-fixture options a NAME.options.json may set. */
const KNOWN_OPTIONS = new Set(['date']);

type Verdict = { kind: 'ok' } | { kind: 'updated' } | { kind: 'fail'; lines: string[] };

interface FixtureOptions {
  date: string | null;
}

export async function runCheck(io: CliIo, settings: CheckSettings): Promise<number> {
  const chalk = await loadChalk(colourLevel(io.env, io.stdoutIsTTY));
  const style = { expected: chalk.red, actual: chalk.green, path: chalk.bold };
  const output = new Output(io.stdout);
  let passed = 0;
  let failed = 0;
  const say = (line: string): Promise<boolean> => output.write(`${line}\n`);

  try {
    const { fixtures, problems } = await findFixtures(io.cwd, settings.paths);
    for (const problem of problems) {
      failed++;
      await say(`${chalk.red('FAIL')} ${problem}`);
    }
    if (fixtures.length === 0 && problems.length === 0) {
      failed++;
      io.stderr.write(`wirecut check: no ${FIXTURE_SUFFIX} fixtures found in ${settings.paths.join(', ')}\n`);
    }
    for (const fixture of fixtures) {
      const name = basename(fixture, FIXTURE_SUFFIX);
      const verdict = await checkFixture(fixture, settings.update, style);
      if (verdict.kind === 'fail') {
        failed++;
        await say(`${chalk.red('FAIL')} ${name}`);
        for (const line of verdict.lines) await say(line);
      } else {
        passed++;
        await say(verdict.kind === 'ok' ? `${chalk.green('ok')} ${name}` : `${chalk.yellow('updated')} ${name}`);
      }
    }
    await say(`${passed} passed, ${failed} failed`);
  } finally {
    await output.end();
  }
  if (output.failure) {
    io.stderr.write(`wirecut check: cannot write output: ${output.failure.message}\n`);
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

/** Expands PATH arguments into fixture files: a directory gives its NAME.txt files, sorted. */
async function findFixtures(cwd: string, paths: readonly string[]): Promise<{ fixtures: string[]; problems: string[] }> {
  const fixtures: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    const info = await stat(full).catch(() => null);
    if (info === null) {
      problems.push(`${path}: no such file or directory`);
    } else if (info.isDirectory()) {
      const names = (await readdir(full)).filter((name) => name.endsWith(FIXTURE_SUFFIX)).sort();
      fixtures.push(...names.map((name) => join(full, name)));
    } else if (path.endsWith(FIXTURE_SUFFIX)) {
      fixtures.push(full);
    } else {
      problems.push(`${path}: not a directory or a ${FIXTURE_SUFFIX} fixture`);
    }
  }
  return { fixtures: [...new Set(fixtures)], problems };
}

async function checkFixture(fixture: string, update: boolean, style: Parameters<typeof formatChanges>[1]): Promise<Verdict> {
  const stem = fixture.slice(0, -FIXTURE_SUFFIX.length);
  const options = await readFixtureOptions(stem + OPTIONS_SUFFIX);
  if (typeof options === 'string') return { kind: 'fail', lines: [`  ${options}`] };

  const read = await readFileLimited(fixture, DEFAULT_MAX_BYTES);
  const record = recordFromRead(read, { source: basename(fixture), date: options.date });
  const serialised = `${serialiseRecord(record, true)}\n`;
  const expectedPath = stem + EXPECTED_SUFFIX;
  const expectedText = await readFile(expectedPath, 'utf8').catch(() => null);

  if (update) {
    if (expectedText === serialised) return { kind: 'ok' };
    await writeFile(expectedPath, serialised, 'utf8');
    return { kind: 'updated' };
  }
  if (expectedText === null) return { kind: 'fail', lines: ['  no expected output; run with --update'] };
  let expected: unknown;
  try {
    expected = JSON.parse(expectedText);
  } catch (error) {
    return { kind: 'fail', lines: [`  ${basename(expectedPath)} is not valid JSON: ${(error as Error).message}`] };
  }
  // Compare as JSON data (what the CLI prints), not as in-memory objects.
  const changes = diffJson(expected, JSON.parse(serialised));
  return changes.length === 0 ? { kind: 'ok' } : { kind: 'fail', lines: formatChanges(changes, style) };
}

/** NAME.options.json, or a message saying what is wrong with it. Absent means no options. */
async function readFixtureOptions(path: string): Promise<FixtureOptions | string> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return { date: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `${basename(path)} is not valid JSON: ${(error as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${basename(path)} must hold a JSON object`;
  const unknown = Object.keys(value).filter((key) => !KNOWN_OPTIONS.has(key));
  if (unknown.length > 0) return `${basename(path)}: unknown option ${unknown.join(', ')} (known: ${[...KNOWN_OPTIONS].join(', ')})`;
  const { date } = value as { date?: unknown };
  if (date !== undefined && date !== null && (typeof date !== 'string' || !isIsoDate(date))) {
    return `${basename(path)}: "date" must be YYYY-MM-DD`;
  }
  return { date: typeof date === 'string' ? date : null };
}
