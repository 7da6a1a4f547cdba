#!/usr/bin/env node
// Bad-input survey for wirecut. It builds each kind of bad input (missing file, binary data, invalid
// UTF-8, UTF-16, empty text, broken NDJSON, a 50 MB story, 100,000 quote marks, a 200 MB stream on
// stdin, a broken pipe...) in a
// fresh temporary directory, runs the built CLI on it and prints a Markdown table of what happened:
// the exit status, what wirecut did (error code and message, warning codes, or the record's quotes)
// and how many records came out against how many inputs went in. Normal story text is read from
// fixtures/*.txt at run time.
//
// Usage (npm run bad-inputs builds first; run `npm run build` before calling it directly):
//   node scripts/bad-inputs.mjs [--write]
//     --write    also put the table in README.md between <!-- bad-inputs:start --> and <!-- bad-inputs:end -->
// Exits 0 when every row ran, 1 when the CLI itself crashed on some row (a stack trace on stderr, a
// signal, a timeout, or fewer records than inputs).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = join(ROOT, 'README.md');
const FIXTURES = join(ROOT, 'fixtures');
const CLI = 'bin/wirecut.js';
const MARKERS = ['<!-- bad-inputs:start -->', '<!-- bad-inputs:end -->'];
const TIMEOUT_MS = 120_000;
const STREAM_TIMEOUT_MS = 900_000; // the 200 MB stream runs at extraction speed
const MAX_BUFFER = 512 * 1024 * 1024; // the 50 MB story's record holds its whole body
const CELL_WIDTH = 110; // longest "what wirecut does" cell before it is shortened
const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

const fixtureTexts = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const story = fixtureTexts[0];

// Each row: a label and `make(dir)`, which writes the input(s) into the fresh temporary `dir`.
// `make(dir)` returns { args, inputs, shell?, skip? }; `args` may name files inside `dir`.
const ROWS = [
  { input: 'a missing file', make: (dir) => ({ args: [join(dir, 'missing.txt')], inputs: 1 }) },
  { input: 'a directory given as a file', make: makeDirectoryAsFile },
  { input: 'a file with no read permission', make: makeUnreadable },
  { input: 'binary data (random bytes with NULs)', make: (dir) => oneFile(dir, 'binary.bin', randomBytesWithNuls(4096)) },
  { input: 'NUL bytes inside normal text', make: (dir) => oneFile(dir, 'nul.txt', withNuls(story)) },
  { input: 'Windows-1252 text ("caf\\xe9", curly quotes 0x93/0x94)', make: (dir) => oneFile(dir, 'cp1252.txt', cp1252Story()) },
  { input: 'invalid UTF-8 that is not text', make: (dir) => oneFile(dir, 'bad-utf8.txt', invalidUtf8NotText()) },
  { input: 'UTF-16 LE with a BOM', make: (dir) => oneFile(dir, 'utf16.txt', utf16leWithBom(story)) },
  { input: 'an empty file', make: (dir) => oneFile(dir, 'empty.txt', '') },
  { input: 'a whitespace-only file', make: (dir) => oneFile(dir, 'blank.txt', ' \n\t\r\n  \n') },
  { input: 'NDJSON: a broken line between 3 good ones', make: makeNdjsonBrokenLine },
  { input: 'NDJSON: a record without the text field', make: (dir) => ndjsonFile(dir, [JSON.stringify({ id: 'no-text', title: 'x' })]) },
  { input: 'NDJSON: a line that is not an object', make: (dir) => ndjsonFile(dir, ['[1, 2, 3]']) },
  { input: 'a 50 MB single story (one fixture repeated)', make: (dir) => makeBigStory(dir, []) },
  { input: 'a 50 MB single story (one fixture repeated)', make: (dir) => makeBigStory(dir, ['--max-bytes', '1M']) },
  { input: 'a story of 100,000 quote marks', make: (dir) => oneFile(dir, 'quotes.txt', '"'.repeat(100_000)) },
  {
    input: 'a story with no dateline, no people and no quotes',
    make: (dir) => oneFile(dir, 'plain.txt', 'The library will close for repairs next week.\n\nBooks can be returned at the town hall.\n'),
  },
  {
    input: 'unbalanced quote marks (one opened and never closed, one closed and never opened)',
    make: (dir) =>
      oneFile(
        dir,
        'unbalanced.txt',
        'LONDON (Reuters) - "We will not move, the tenants\' leader Mary Cole said on Monday.\n\nThe landlord said the rent would rise." He gave no figure.\n',
      ),
  },
  { input: 'a 200 MB NDJSON stream on stdin, with an error record every 97 lines', make: makeBigStream },
  { input: '3 files, the middle one missing', make: makeOneMissingOfThree },
  { input: 'large NDJSON piped into `head -1`', make: makePipeToHead },
];

function oneFile(dir, name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { args: [path], inputs: 1 };
}

function makeBigStory(dir, options) {
  const made = oneFile(dir, 'big.txt', repeatTo(story, 50e6));
  return { ...made, args: [...options, ...made.args] };
}

function makeDirectoryAsFile(dir) {
  mkdirSync(join(dir, 'folder.txt'));
  return { args: [join(dir, 'folder.txt')], inputs: 1 };
}

function makeUnreadable(dir) {
  // root reads any file, so the row would show a normal record and mislead
  if (process.getuid?.() === 0) return { skip: 'skipped: running as root' };
  const made = oneFile(dir, 'locked.txt', story);
  chmodSync(made.args[0], 0o000);
  return made;
}

function makeNdjsonBrokenLine(dir) {
  const good = fixtureTexts.slice(0, 3).map((text, i) => JSON.stringify({ id: `good-${i + 1}`, text }));
  return ndjsonFile(dir, [good[0], good[1], '{"id": "broken", "text": "unterminated', good[2]]);
}

function ndjsonFile(dir, lines) {
  const path = join(dir, 'input.ndjson');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { args: ['--from', 'ndjson', path], inputs: lines.length };
}

function makeOneMissingOfThree(dir) {
  const first = oneFile(dir, 'one.txt', fixtureTexts[0]).args[0];
  const last = oneFile(dir, 'three.txt', fixtureTexts[1]).args[0];
  return { args: [first, join(dir, 'two-missing.txt'), last], inputs: 3 };
}

function makePipeToHead(dir) {
  const lines = [];
  for (let i = 0; lines.length < 5000; i++) lines.push(JSON.stringify({ id: `s${i}`, text: fixtureTexts[i % fixtureTexts.length] }));
  const path = join(dir, 'large.ndjson');
  writeFileSync(path, `${lines.join('\n')}\n`);
  // sh reports head's status, so wirecut's own status is saved to a file and shown as well
  const status = join(dir, 'wirecut-status');
  return {
    args: ['--from', 'ndjson', path],
    inputs: 1,
    status,
    shell: `{ node ${CLI} --from ndjson '${path}'; echo $? > '${status}'; } | head -1`,
  };
}

/**
 * 200 MB of NDJSON stories on stdin, every 97th line a record without text. Its output is too big
 * to hold, so it goes to a file that is counted; /usr/bin/time, where there is one, gives the peak memory.
 */
function makeBigStream(dir) {
  const path = join(dir, 'stream.ndjson');
  const fd = openSync(path, 'w');
  let bytes = 0;
  let lines = 0;
  for (let i = 0; bytes < 200e6; i++, lines++) {
    const line = `${lines % 97 === 96 ? JSON.stringify({ id: `s${i}`, title: 'no text' }) : JSON.stringify({ id: `s${i}`, text: fixtureTexts[i % fixtureTexts.length] })}\n`;
    bytes += writeSync(fd, line);
  }
  closeSync(fd);
  const out = join(dir, 'records.ndjson');
  const status = join(dir, 'wirecut-status');
  const rss = join(dir, 'rss');
  const time = existsSync('/usr/bin/time') ? `/usr/bin/time -f %M -o '${rss}' ` : '';
  return {
    args: ['--from', 'ndjson', '<', 'stream.ndjson'],
    inputs: lines,
    status,
    counted: { out, rss },
    timeout: STREAM_TIMEOUT_MS,
    shell: `${time}node ${CLI} --from ndjson --quiet < '${path}' > '${out}'; echo $? > '${status}'`,
  };
}

/** Lines and error records of a big output file, read in chunks; and the peak memory, if measured. */
function countRecords(counted) {
  const fd = openSync(counted.out, 'r');
  const chunk = Buffer.alloc(1 << 20);
  const errorMark = Buffer.from('"error":{"code"');
  let records = 0;
  let errors = 0;
  let carry = Buffer.alloc(0);
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
    const read = chunk.subarray(0, n);
    for (let i = read.indexOf(10); i >= 0; i = read.indexOf(10, i + 1)) records++;
    const view = Buffer.concat([carry, read]);
    for (let i = view.indexOf(errorMark); i >= 0; i = view.indexOf(errorMark, i + 1)) errors++;
    // A mark cut by the chunk's end is found whole in the next view; one ending it is not counted twice.
    carry = Buffer.from(view.subarray(Math.max(0, view.length - errorMark.length + 1)));
  }
  closeSync(fd);
  const rssKb = existsSync(counted.rss) ? Number(readFileSync(counted.rss, 'utf8').trim().split('\n').at(-1)) : null;
  return { records, errors, peakMb: rssKb ? Math.round((rssKb * 1024) / 1e6) : null };
}

function randomBytesWithNuls(size) {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 7 === 0 ? 0 : Math.floor(Math.random() * 256);
  return bytes;
}

function withNuls(text) {
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}\0\0\0${text.slice(middle)}`;
}

function cp1252Story() {
  const sentence = 'PARIS, Jan 5 (AFP) - \x93We met at the caf\xe9 every morning,\x94 said Jean Dupont, 54.\n';
  return Buffer.from(sentence.repeat(3), 'latin1');
}

function invalidUtf8NotText() {
  // lone continuation bytes and truncated sequences, with no NULs or control bytes
  return Buffer.from([0x80, 0xbf, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0xff, 0xfe, 0xa0].flatMap((b) => [b, b ^ 0x40, 0xc0]));
}

function utf16leWithBom(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function repeatTo(text, bytes) {
  const block = `${text.trim()}\n\n`;
  return block.repeat(Math.ceil(bytes / Buffer.byteLength(block)));
}

function runRow(row) {
  const dir = mkdtempSync(join(os.tmpdir(), 'wirecut-bad-'));
  try {
    const made = row.make(dir);
    if (made.skip) return { input: row.input, command: '', exit: '', does: made.skip, records: '', crashed: false };
    const timeout = made.timeout ?? TIMEOUT_MS;
    const result = made.shell
      ? spawnSync('sh', ['-c', made.shell], { cwd: ROOT, timeout, maxBuffer: MAX_BUFFER })
      : spawnSync(process.execPath, [CLI, '--ndjson', ...made.args], { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: MAX_BUFFER });
    const wirecutStatus = made.status && existsSync(made.status) ? readFileSync(made.status, 'utf8').trim() : null;
    if (made.counted)
      return describeCounted(row.input, commandLine(made, dir), made.inputs, result, wirecutStatus, countRecords(made.counted));
    return describe(
      row.input,
      commandLine(made, dir),
      made.inputs,
      { ...result, stderr: String(result.stderr ?? '').replaceAll(`${dir}/`, '') },
      wirecutStatus,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function commandLine(made, dir) {
  const shown = made.counted
    ? `wirecut ${made.args.join(' ')}`
    : made.shell
      ? `sh -c "wirecut --from ndjson ${made.args.at(-1)} | head -1"`
      : `wirecut ${made.args.join(' ')}`;
  return shown.replaceAll(`${dir}/`, '');
}

function describe(input, command, inputs, result, wirecutStatus) {
  const stderr = result.stderr;
  const records = parseRecords(result.stdout?.toString() ?? '');
  const signal = result.signal ?? (result.error ? result.error.code : null);
  const crashed = Boolean(signal) || STACK_TRACE.test(stderr) || records.length < inputs;
  const parts = records.map(summariseRecord);
  const stderrLine = stderr.trim().split('\n')[0];
  if (stderrLine) parts.push(`stderr: ${stderrLine}`);
  else if (wirecutStatus !== null) parts.push('stderr empty');
  if (wirecutStatus !== null) parts.push(`wirecut itself exits ${wirecutStatus}`);
  if (signal) parts.push(`**killed: ${signal}**`);
  if (STACK_TRACE.test(stderr)) parts.push('**stack trace on stderr**');
  return {
    input,
    command,
    exit: signal ? signal : String(result.status),
    does: shorten(parts.join('; ')),
    records: `${records.length} of ${inputs}`,
    crashed,
  };
}

function describeCounted(input, command, inputs, result, wirecutStatus, counted) {
  const stderr = String(result.stderr ?? '');
  const signal = result.signal ?? (result.error ? result.error.code : null);
  const crashed = Boolean(signal) || STACK_TRACE.test(stderr) || counted.records < inputs;
  const parts = [
    `${(counted.records - counted.errors).toLocaleString('en-US')} records and ${counted.errors.toLocaleString('en-US')} \`missing-text\` error records`,
    counted.peakMb !== null ? `peak memory ${counted.peakMb} MB` : 'peak memory not measured (no /usr/bin/time)',
  ];
  if (signal) parts.push(`**killed: ${signal}**`);
  if (STACK_TRACE.test(stderr)) parts.push('**stack trace on stderr**');
  return {
    input,
    command,
    exit: signal ? signal : (wirecutStatus ?? String(result.status)),
    does: shorten(parts.join('; ')),
    records: `${counted.records.toLocaleString('en-US')} of ${inputs.toLocaleString('en-US')}`,
    crashed,
  };
}

function parseRecords(stdout) {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return { unparsable: line.slice(0, 40) };
      }
    });
}

function summariseRecord(record) {
  if (record.unparsable !== undefined) return `unparsable output line \`${record.unparsable}\``;
  if (record.error) return `\`${record.error.code}\`: ${record.error.message}`;
  const warnings = (record.warnings ?? []).map((w) => w.code);
  const quotes = record.quotes?.length ?? 0;
  const body = `body ${(record.body ?? '').length.toLocaleString('en-US')} chars`;
  return `record with ${quotes} quote${quotes === 1 ? '' : 's'}, ${body}${warnings.length ? `, warnings ${[...new Set(warnings)].join(', ')}` : ''}`;
}

function shorten(text) {
  const flat = text.replace(/\s+/g, ' ').replaceAll('|', '\\|');
  return flat.length > CELL_WIDTH ? `${flat.slice(0, CELL_WIDTH - 1)}…` : flat;
}

function toTable(rows) {
  const lines = ['| input | command | exit | what wirecut does | records out |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const command = row.command ? `\`${row.command.replaceAll('|', '\\|')}\`` : '';
    lines.push(`| ${row.input} | ${command} | ${row.exit} | ${row.does} | ${row.records} |`);
  }
  return lines.join('\n');
}

function writeReadme(table) {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(MARKERS[0]);
  const end = readme.indexOf(MARKERS[1]);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${MARKERS.join(' ... ')}`);
  writeFileSync(README, `${readme.slice(0, start + MARKERS[0].length)}\n${table}\n${readme.slice(end)}`);
}

function main() {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
  const started = Date.now();
  const rows = ROWS.map(runRow);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const note = `Ran ${new Date().toISOString().slice(0, 10)} in ${seconds} s, node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}.`;
  const table = `${toTable(rows)}\n\n${note}`;
  console.log(table);
  if (values.write) writeReadme(table);
  const crashed = rows.filter((row) => row.crashed);
  for (const row of crashed) console.error(`bad-inputs: the CLI crashed on: ${row.input} (${row.command})`);
  process.exitCode = crashed.length ? 1 : 0;
}

main();
