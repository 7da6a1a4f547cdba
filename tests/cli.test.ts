// The CLI end to end: main(io) driven in-process through tables of { args, stdin, expected },
// plus one spawned run of bin/wirecut.js for a closed pipe. Expected records come from calling
// the library directly, never from hand-written output, so these tests follow the extractor.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArticleRecord, decodeBytes, extract, serialiseRecord } from '../src/index.js';
import { parseLines, runCli } from './helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STORY = [
  'NEW DELHI, Aug 17 (PTI) -- "We will finish the road by winter," said Transport Minister Nitin Gadkari.',
  '',
  'Gadkari spoke to reporters on Monday. "There is no delay," he added.',
  '',
  'Also Read | Another story about roads',
  '',
].join('\n');
const OTHER = 'MINSK, Aug 17 (AP) -- Workers heckled the president. "Go away!" they shouted.\n';
/** The start of an ANSI escape sequence (colour, bold, strike-through). */
const ANSI = '\u001b[';

let dir: string;

/** What `wirecut` should print for a text, as parsed JSON: the library's record for it. */
function expected(
  text: string,
  source: string | null,
  date: string | null = null,
  dateFrom: 'option' | 'record' = 'record',
  dateField: string | null = date !== null && dateFrom === 'record' ? 'date' : null,
): unknown {
  return JSON.parse(serialiseRecord(extract(text, { source, date, dateFrom, dateField }), false));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirecut-cli-'));
  await writeFile(join(dir, 'story.txt'), STORY);
  await writeFile(join(dir, 'other.txt'), OTHER);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said "fine".\n', 'latin1'));
  await mkdir(join(dir, 'folder'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract: exit status and output format', () => {
  const cases: Array<{ name: string; args: string[]; tty: boolean; code: number; format: 'ndjson' | 'pretty'; records: number }> = [
    { name: 'one file, stdout not a terminal: NDJSON', args: ['story.txt'], tty: false, code: 0, format: 'ndjson', records: 1 },
    { name: 'one file on a terminal: pretty', args: ['story.txt'], tty: true, code: 0, format: 'pretty', records: 1 },
    { name: 'two files on a terminal: NDJSON', args: ['story.txt', 'other.txt'], tty: true, code: 0, format: 'ndjson', records: 2 },
    { name: '--ndjson wins on a terminal', args: ['--ndjson', 'story.txt'], tty: true, code: 0, format: 'ndjson', records: 1 },
    { name: '--pretty wins off a terminal', args: ['--pretty', 'story.txt'], tty: false, code: 0, format: 'pretty', records: 1 },
    { name: 'empty file: a record with a warning, exit 0', args: ['empty.txt'], tty: false, code: 0, format: 'ndjson', records: 1 },
    {
      name: 'a missing file among good ones: exit 1',
      args: ['story.txt', 'nope.txt', 'other.txt'],
      tty: false,
      code: 1,
      format: 'ndjson',
      records: 3,
    },
  ];
  it.each(cases)('$name', async ({ args, tty, code, format, records }) => {
    const run = await runCli(args, { cwd: dir, stdoutIsTTY: tty });
    expect(run.code).toBe(code);
    const texts: Record<string, string> = { 'story.txt': STORY, 'other.txt': OTHER, 'empty.txt': '' };
    const files = args.filter((arg) => !arg.startsWith('--'));
    const want = files.map((file) => (file in texts ? expected(texts[file] ?? '', file) : null));
    if (format === 'pretty') {
      expect(run.stdout).toBe(`${serialiseRecord(extract(STORY, { source: 'story.txt' }), true)}\n`);
    } else {
      const lines = run.stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(records);
      parseLines(run.stdout).forEach((record, i) => {
        if (want[i] !== null) expect(record).toEqual(want[i]);
      });
    }
  });

  it('an empty input yields an empty body and a warning', async () => {
    const [record] = parseLines((await runCli(['empty.txt'], { cwd: dir })).stdout) as unknown as ArticleRecord[];
    expect(record?.body).toBe('');
    expect(record?.warnings.length).toBeGreaterThan(0);
  });

  it('unreadable inputs each give an error record in place and the others go on', async () => {
    const run = await runCli(['story.txt', 'nope.txt', 'folder', 'binary.dat', 'other.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    const records = parseLines(run.stdout);
    expect(records.map((record) => record.source)).toEqual(['story.txt', 'nope.txt', 'folder', 'binary.dat', 'other.txt']);
    expect(records[1]).toEqual({ source: 'nope.txt', error: { code: 'not-found', message: expect.any(String) } });
    expect(records[2]).toMatchObject({ error: { code: 'is-directory' } });
    expect(records[3]).toMatchObject({ error: { code: 'binary' } });
    expect(records[4]).toEqual(expected(OTHER, 'other.txt'));
    expect(run.stderr).toContain('nope.txt');
    expect((await runCli(['nope.txt', '--quiet'], { cwd: dir })).stderr).toBe('');
  });

  it.skipIf(process.getuid?.() === 0)('a file it may not read gives permission-denied', async () => {
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, STORY);
    await chmod(locked, 0o000);
    const run = await runCli(['locked.txt'], { cwd: dir });
    expect(parseLines(run.stdout)[0]).toMatchObject({ error: { code: 'permission-denied' } });
  });

  it('an input over --max-bytes gives too-large', async () => {
    const run = await runCli(['--max-bytes', '10', 'story.txt', 'empty.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout).map((record) => (record.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual([
      'too-large',
      'ok',
    ]);
  });

  it('decode warnings come first in the record', async () => {
    const bytes = await readFile(join(dir, 'latin1.txt'));
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error('fixture should decode');
    const run = await runCli(['latin1.txt'], { cwd: dir });
    const [record] = parseLines(run.stdout) as unknown as ArticleRecord[];
    const fromLibrary = extract(decoded.text, { source: 'latin1.txt' });
    expect(record?.warnings).toEqual([...decoded.warnings, ...fromLibrary.warnings]);
    expect(decoded.warnings.length).toBeGreaterThan(0);
  });

  it('standard input has source null; --date reaches the extractor', async () => {
    const run = await runCli(['--date', '2020-08-20'], { stdin: STORY });
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)).toEqual([expected(STORY, null, '2020-08-20')]);
    expect(parseLines((await runCli(['-'], { stdin: OTHER })).stdout)).toEqual([expected(OTHER, null)]);
  });

  it('--debug writes the extractor trace to stderr, each line prefixed with the source', async () => {
    const trace: string[] = [];
    extract(STORY, { source: 'story.txt', debug: (line) => trace.push(line) });
    const run = await runCli(['--debug', 'story.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    for (const line of trace) expect(run.stderr).toContain(`story.txt: ${line}\n`);
    expect(parseLines(run.stdout)).toEqual([expected(STORY, 'story.txt')]);
  });

  it('--fields keeps only the named top-level fields, in record order', async () => {
    const run = await runCli(['--fields', 'body,source', 'story.txt', 'nope.txt'], { cwd: dir });
    const [article, failure] = parseLines(run.stdout);
    expect(Object.keys(article ?? {})).toEqual(['source', 'body']);
    expect(article?.body).toBe(extract(STORY, {}).body);
    // Error records stay whole, so a failure is never reduced to {}.
    expect(failure).toMatchObject({ source: 'nope.txt', error: { code: 'not-found' } });
  });
});

describe('usage errors: exit 2, message on stderr, nothing on stdout', () => {
  const cases: Array<{ args: string[]; message: RegExp }> = [
    { args: ['--date', '2020-13-01', 'story.txt'], message: /--date/ },
    { args: ['--date', '17/08/2020', 'story.txt'], message: /YYYY-MM-DD/ },
    { args: ['--jobs', '0', 'story.txt'], message: /--jobs/ },
    { args: ['--jobs', 'many', 'story.txt'], message: /positive integer/ },
    { args: ['--from', 'xml', 'story.txt'], message: /--from/ },
    { args: ['--pretty', '--ndjson', 'story.txt'], message: /cannot be used with/ },
    { args: ['--fields', 'nosuchfield', 'story.txt'], message: /unknown field nosuchfield/ },
    { args: ['--max-bytes', 'lots', 'story.txt'], message: /--max-bytes/ },
    { args: ['--text-field', 'body', 'story.txt'], message: /--from ndjson/ },
    { args: ['--no-such-option'], message: /unknown option/ },
    { args: ['schema', 'extra'], message: /too many arguments/ },
  ];
  it.each(cases)('$args', async ({ args, message }) => {
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: wirecut/);
    const version = await runCli(['--version']);
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help ends with three examples, each of which runs', async () => {
    const help = (await runCli(['--help'])).stdout;
    const examples = help.slice(help.lastIndexOf('\nExamples:\n'));
    const commands = [...examples.matchAll(/^ {2}\$ (.+)$/gm)].map((match) => match[1] ?? '');
    expect(commands).toHaveLength(3);
    expect(help.trimEnd().endsWith(commands[2] ?? '?')).toBe(true);
    // Each through the built CLI (--jobs needs its worker), in a folder holding the files it
    // names; only the wirecut part runs (not `| jq`, not `> file`).
    const work = await mkdtemp(join(tmpdir(), 'wirecut-examples-'));
    await writeFile(join(work, 'story.txt'), STORY);
    await writeFile(
      join(work, 'feed.ndjson'),
      `${JSON.stringify({ id: 'a1', text: STORY })}\n${JSON.stringify({ id: 'a2', text: OTHER })}\n`,
    );
    await mkdir(join(work, 'stories'));
    await writeFile(join(work, 'stories', 'one.txt'), OTHER);
    for (const command of commands) {
      const args = (command.split(/ [|>] /)[0] ?? '').split(' ');
      expect(args[0]).toBe('wirecut');
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'wirecut.js'), ...args.slice(1)], { cwd: work, encoding: 'utf8' });
      expect({ command, code: run.status, stderr: run.stderr }).toEqual({ command, code: 0, stderr: '' });
      expect(run.stdout.startsWith('{')).toBe(true);
    }
    await rm(work, { recursive: true, force: true });
  });
});

describe('extract: a directory, and --out-dir', () => {
  it('reads a directory as its NAME.txt files in name order', async () => {
    const stories = join(dir, 'stories');
    await mkdir(stories, { recursive: true });
    await writeFile(join(stories, 'b.txt'), OTHER);
    await writeFile(join(stories, 'a.txt'), STORY);
    await writeFile(join(stories, 'notes.md'), 'not a story');
    const run = await runCli(['stories'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout).map((r) => r.source)).toEqual([join('stories', 'a.txt'), join('stories', 'b.txt')]);
    const empty = await runCli(['folder'], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(parseLines(empty.stdout)).toEqual([
      { source: 'folder', error: { code: 'is-directory', message: 'is a directory with no .txt files' } },
    ]);
  });

  it('writes one NAME.json per input, never over an existing file without --force', async () => {
    const out = join(dir, 'out');
    const first = await runCli(['story.txt', 'other.txt', 'missing.txt', '--out-dir', 'out'], { cwd: dir });
    expect(first.code).toBe(1); // missing.txt failed: its error record is written too
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/wrote 3 files to out/);
    const story = JSON.parse(await readFile(join(out, 'story.json'), 'utf8')) as unknown;
    expect(story).toEqual(expected(STORY, 'story.txt', null, 'option'));
    expect(JSON.parse(await readFile(join(out, 'missing.json'), 'utf8'))).toMatchObject({ error: { code: 'not-found' } });
    await writeFile(join(out, 'other.json'), 'kept');
    const again = await runCli(['other.txt', '-o', 'out'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/other\.json exists \(use --force to overwrite\)/);
    expect(await readFile(join(out, 'other.json'), 'utf8')).toBe('kept');
    const forced = await runCli(['other.txt', '-o', 'out', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'other.json'), 'utf8'))).toEqual(expected(OTHER, 'other.txt', null, 'option'));
    expect((await runCli(['other.txt', '--force'], { cwd: dir })).code).toBe(2);
  });
});

describe('extract --from ndjson', () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: STORY }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ id: 7, body: OTHER, date: '2020-08-20T10:00:00Z' }),
    JSON.stringify({ id: 'no-text', headline: 'nothing else' }),
    '[1, 2]',
    JSON.stringify({ content: OTHER }),
  ];
  const input = `${lines.join('\r\n')}\n`;

  it('N lines in, N records out, in order, bad lines replaced by error records', async () => {
    const run = await runCli(['--from', 'ndjson'], { stdin: input });
    expect(run.code).toBe(1);
    const records = parseLines(run.stdout);
    expect(records).toHaveLength(6);
    expect(records[0]).toEqual(expected(STORY, 'a1'));
    expect(records[1]).toMatchObject({ source: '-:2', error: { code: 'invalid-json' } });
    expect(records[2]).toEqual(expected(OTHER, '7', '2020-08-20'));
    expect(records[3]).toMatchObject({ source: 'no-text', error: { code: 'missing-text' } });
    expect(records[4]).toMatchObject({ source: '-:6', error: { code: 'not-an-object' } });
    expect(records[5]).toEqual(expected(OTHER, '-:7'));
  });

  it('reads a record date from the fields feeds and APIs use, or from --date-field, and says which', async () => {
    const story = 'Exports rose for a third month, the ministry said.';
    const records = [
      { id: 'iso', text: story, publishedAt: '2024-02-12T01:00:00+09:00' },
      { id: 'rfc', text: story, pubDate: 'Mon, 12 Feb 2024 01:00:00 +0900' },
      { id: 'first-wins', text: story, date: '2024-02-10', published: '2024-02-11' },
      { id: 'unreadable', text: story, date: 'yesterday' },
      { id: 'none', text: story, ts: 1707699600 },
    ];
    const run = await runCli(['--from', 'ndjson', '--fields', 'source,date,dateSource,dateField,warnings'], {
      stdin: records.map((r) => JSON.stringify(r)).join('\n'),
    });
    expect(run.code).toBe(0);
    const out = parseLines(run.stdout) as Array<Record<string, unknown>>;
    expect(out.map((r) => [r.source, r.date, r.dateSource, r.dateField])).toEqual([
      ['iso', '2024-02-12', 'record', 'publishedAt'],
      ['rfc', '2024-02-12', 'record', 'pubDate'],
      ['first-wins', '2024-02-10', 'record', 'date'],
      ['unreadable', null, null, null],
      ['none', null, null, null],
    ]);
    expect(out[3]?.warnings).toEqual([{ code: 'record-date-unreadable', message: expect.stringContaining('"date"') }]);
    expect(out[4]?.warnings).toEqual([]);
    const named = await runCli(['--from', 'ndjson', '--date-field', 'ts', '--fields', 'date,dateField,warnings'], {
      stdin: `${JSON.stringify(records[4])}\n${JSON.stringify(records[0])}\n`,
    });
    expect(parseLines(named.stdout)).toEqual([
      { date: '2024-02-12', dateField: 'ts', warnings: [] },
      { date: null, dateField: null, warnings: [{ code: 'record-date-missing', message: expect.stringContaining('"ts"') }] },
    ]);
    expect((await runCli(['--date-field', 'ts', 'story.txt'], { cwd: dir })).code).toBe(2);
  });

  it('--date wins over a record date; --text-field and --id-field pick fields; files are named FILE:LINE', async () => {
    await writeFile(join(dir, 'feed.ndjson'), `${JSON.stringify({ key: 'k', story: OTHER, text: 'not this', date: '2020-01-01' })}\n`);
    const run = await runCli(['--from', 'ndjson', '--text-field', 'story', '--id-field', 'key', '--date', '2021-02-03', 'feed.ndjson'], {
      cwd: dir,
    });
    expect(parseLines(run.stdout)).toEqual([expected(OTHER, 'k', '2021-02-03', 'option')]);
    const byLine = await runCli(['--from', 'ndjson', '--id-field', 'missing', 'feed.ndjson', 'nope.ndjson'], { cwd: dir });
    expect(parseLines(byLine.stdout)).toEqual([
      expected('not this', 'feed.ndjson:1', '2020-01-01'),
      { source: 'nope.ndjson', error: { code: 'not-found', message: expect.any(String) } },
    ]);
  });

  it('a line over --max-bytes is one too-large record and the next line still works', async () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
    const run = await runCli(['--from', 'ndjson', '--max-bytes', '1000'], {
      stdin: `${big}\n${JSON.stringify({ id: 'ok', text: OTHER })}\n`,
    });
    expect(parseLines(run.stdout)).toEqual([
      { source: '-:1', error: { code: 'too-large', message: expect.any(String) } },
      expected(OTHER, 'ok'),
    ]);
  });

  it('waits for drain on a slow stdout and keeps every record in order', async () => {
    const count = 6000;
    const feed = Array.from({ length: count }, (_, i) => JSON.stringify({ id: String(i), text: OTHER })).join('\n');
    const received: string[] = [];
    let mostBuffered = 0;
    const slow: Writable = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString('utf8'));
        mostBuffered = Math.max(mostBuffered, slow.writableLength);
        setImmediate(done);
      },
    });
    const run = await runCli(['--from', 'ndjson', '--fields', 'source,body'], { stdin: feed, stdout: slow });
    expect(run.code).toBe(0);
    const total = received.join('').length;
    // Records go out in writes of at most 16 kB; without waiting for 'drain' all 6000 records
    // would pile up in the stream's buffer.
    expect(total).toBeGreaterThan(4 * 65536);
    expect(mostBuffered).toBeLessThan(2 * 16384);
    expect(parseLines(received.join('')).map((record) => record.source)).toEqual(Array.from({ length: count }, (_, i) => String(i)));
  });

  it('stops quietly when stdout is closed by the reader (EPIPE)', async () => {
    let writes = 0;
    const closing = new Writable({
      write(_chunk, _encoding, done) {
        writes++;
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const feed = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: String(i), text: OTHER })).join('\n');
    const run = await runCli(['--from', 'ndjson'], { stdin: feed, stdout: closing });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(writes).toBeLessThan(50);
  });
});

describe('schema', () => {
  it('prints the record JSON Schema', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });
});

describe('check', () => {
  let fixtures: string;
  const pretty = (text: string, source: string, date: string | null = null): string =>
    `${serialiseRecord(extract(text, { source, date }), true)}\n`;

  beforeAll(async () => {
    fixtures = join(dir, 'fixtures');
    await mkdir(fixtures);
    await writeFile(join(fixtures, 'good.txt'), STORY);
    await writeFile(join(fixtures, 'good.json'), pretty(STORY, 'good.txt'));
    await writeFile(join(fixtures, 'dated.txt'), OTHER);
    await writeFile(join(fixtures, 'dated.options.json'), '{"date": "2020-08-20"}\n');
    await writeFile(join(fixtures, 'dated.json'), pretty(OTHER, 'dated.txt', '2020-08-20'));
  });

  it('passes when every fixture matches, from any cwd', async () => {
    const fromInside = await runCli(['check', '.'], { cwd: fixtures });
    expect(fromInside).toEqual({ code: 0, stdout: 'ok dated\nok good\n2 passed, 0 failed\n', stderr: '' });
    const byDefault = await runCli(['check'], { cwd: dir });
    expect(byDefault.stdout).toBe(fromInside.stdout);
    expect((await runCli(['check', 'fixtures/good.txt'], { cwd: dir })).stdout).toBe('ok good\n1 passed, 0 failed\n');
  });

  it('fails with a field-level diff, and on a missing expected file', async () => {
    const changed = JSON.parse(pretty(STORY, 'good.txt')) as ArticleRecord;
    changed.body = 'something else';
    changed.agencies = [...changed.agencies, 'Nobody'];
    await writeFile(join(fixtures, 'changed.txt'), STORY);
    await writeFile(join(fixtures, 'changed.json'), `${JSON.stringify(changed, null, 2)}\n`);
    await writeFile(join(fixtures, 'new.txt'), OTHER);
    const run = await runCli(['check', 'fixtures'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('FAIL changed');
    expect(run.stdout).toMatch(/^ {2}body: "something else" -> "/m);
    expect(run.stdout).toMatch(/^ {2}agencies\[\d+\]: removed "Nobody"$/m);
    expect(run.stdout).toContain('FAIL new\n  no expected output; run with --update\n');
    expect(lines.at(-1)).toBe('2 passed, 2 failed');
    expect(run.stdout).not.toContain(ANSI);
  });

  it('--update rewrites only what changed, then check passes', async () => {
    const goodBefore = await stat(join(fixtures, 'good.json'));
    const run = await runCli(['check', '--update', 'fixtures'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('updated changed\nok dated\nok good\nupdated new\n4 passed, 0 failed\n');
    expect(await readFile(join(fixtures, 'new.json'), 'utf8')).toBe(pretty(OTHER, 'new.txt'));
    expect((await stat(join(fixtures, 'good.json'))).mtimeMs).toBe(goodBefore.mtimeMs);
    expect((await runCli(['check', 'fixtures'], { cwd: dir })).code).toBe(0);
  });

  it('colours only on a terminal, and honours NO_COLOR and FORCE_COLOR', async () => {
    const tty = await runCli(['check', 'fixtures'], { cwd: dir, stdoutIsTTY: true });
    expect(tty.stdout).toContain(ANSI);
    const noColor = await runCli(['check', 'fixtures'], { cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ANSI);
    expect(noColor.stdout).toBe((await runCli(['check', 'fixtures'], { cwd: dir })).stdout);
    const forced = await runCli(['check', 'fixtures'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ANSI);
  });

  it('a path that does not exist fails', async () => {
    const run = await runCli(['check', 'no-such-dir'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('show', () => {
  it('plain text off a terminal or with NO_COLOR: speaker tags and removed parts marked', async () => {
    const record = extract(STORY, { source: 'story.txt' });
    for (const options of [{}, { stdoutIsTTY: true, env: { NO_COLOR: '1' } }]) {
      const run = await runCli(['show', 'story.txt'], { cwd: dir, ...options });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain(ANSI);
      for (const quote of record.quotes) expect(run.stdout).toContain(`[${quote.speaker ?? '?'}]`);
      for (const item of record.removed) expect(run.stdout).toContain(`[-removed: ${item.text}-]`);
      for (const person of record.people) expect(run.stdout).toContain(person.name);
    }
  });

  it('colours on a terminal', async () => {
    const run = await runCli(['show', 'story.txt'], { cwd: dir, stdoutIsTTY: true });
    expect(run.stdout).toContain(ANSI);
  });

  it('an unreadable input: message on stderr, exit 1', async () => {
    const run = await runCli(['show', 'nope.txt'], { cwd: dir });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('not-found');
  });
});

describe('bin/wirecut.js', () => {
  const bin = join(ROOT, 'bin', 'wirecut.js');
  /** Runs the built CLI to the end; stdout as bytes so that outputs can be compared exactly. */
  const runBuilt = (args: string[]) =>
    new Promise<{ code: number | null; stdout: Buffer; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    });

  it('--jobs N and --jobs auto print byte for byte what --jobs 1 prints, in order, error records too', async () => {
    const feed = join(dir, 'jobs.ndjson');
    const stories = [STORY, OTHER, '', 'not json', STORY.replace(/"/g, '\u201c')];
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const story = stories[i % stories.length] as string;
      lines.push(story === 'not json' ? '{"id": broken' : JSON.stringify({ id: `s${i}`, text: story }));
    }
    await writeFile(feed, `${lines.join('\n')}\n`);
    const one = await runBuilt(['--from', 'ndjson', '--jobs', '1', 'jobs.ndjson']);
    expect(one.code).toBe(1); // the broken lines fail, each in its place
    expect(one.stdout.toString('utf8').split('\n').filter(Boolean)).toHaveLength(300);
    for (const jobs of ['2', '3', 'auto']) {
      const many = await runBuilt(['--from', 'ndjson', '--jobs', jobs, 'jobs.ndjson']);
      expect(many.code).toBe(1);
      expect(many.stdout.equals(one.stdout), `--jobs ${jobs}`).toBe(true);
      expect(many.stderr).toBe(one.stderr);
    }
    const files = await runBuilt(['--jobs', '2', 'story.txt', 'missing.txt', 'other.txt']);
    const filesOne = await runBuilt(['story.txt', 'missing.txt', 'other.txt']);
    expect(files.stdout.equals(filesOne.stdout)).toBe(true);
  });

  it.each(['1', '2'])('exits quietly when the reader closes the pipe early (| head -1), --jobs %s', async (jobs) => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'commands', 'main.js')), 'run `npx tsc -p .` first').toBe(true);
    const feed = join(dir, 'large.ndjson');
    const line = `${JSON.stringify({ text: OTHER.repeat(20) })}\n`;
    await writeFile(feed, line.repeat(5000));
    const child = spawn(process.execPath, [bin, '--from', 'ndjson', '--jobs', jobs, feed], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const firstChunk = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(firstChunk.startsWith('{')).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
