#!/usr/bin/env node
// Speed benchmark for wirecut. In one run, on this machine, it measures:
//   - an NDJSON corpus ({"id", "text"} per line, ~50 MB) built from fixtures/*.txt at run time;
//   - the I/O floor, scripts/bench/floor.mjs: read the corpus, parse each line, write {source, body}
//     per line. It does no extraction, so nothing can beat it;
//   - wirecut --from ndjson --jobs 1 and --jobs 2 on the corpus, and its peak memory (max RSS);
//   - two wirecut --jobs 1 processes at once: how much this machine gives for two at a time, the
//     ceiling --jobs 2 is judged against;
//   - real news text: the stories of ../shared/bench (conll2003-dev, polnear-dev, wire-dev),
//     repeated to size, against its own floor (skipped, and said so, without ../shared);
//   - compromise, nlp(text).people() and .quotations() per story, on the first ~1 MB of stories
//     (for scale; no target);
//   - start-up: wirecut --version, and one small story end to end, against node -e 0;
//   - pathological inputs (very long paragraphs, runs of capitalised words, no punctuation, many
//     quote marks), whose seconds per MB (start-up excluded) should stay near those of ordinary
//     stories of the same size, timed in the same rounds, if the work is linear.
// Every time is wall time, process.hrtime.bigint() around spawnSync, the median of --runs runs
// taken in interleaved rounds. The machine is shared and noisy, so the results are the ratios,
// each marked against its target; absolute times are there to check them. MB is 10^6 bytes.
// Each run's output goes to a temporary file whose record count is checked (N stories, N records).
//
// Usage (npm run bench builds first; run `npm run build` before calling it directly):
//   node scripts/bench.mjs [--mb N] [--runs N] [--quick] [--write]
//     --mb N     size of the corpus in MB (default 50; 500 measures the peak memory of a day's feed)
//     --real-mb N  size of the real-news corpus in MB (default 20)
//     --runs N   timed runs per command; the median is reported (default 3)
//     --quick    a fast check, not a result: 10 MB, 1 run, smaller slices
//     --write    also put the tables in README.md between <!-- bench:start --> and <!-- bench:end -->
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pathologicalKinds, readFixtures, readRealNews, writeCorpus, writePathological, writeSlice } from './bench/corpus.mjs';
import { timeRounds } from './bench/run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = join(ROOT, 'README.md');
const MARKERS = ['<!-- bench:start -->', '<!-- bench:end -->'];
const MB = 1e6;
const NODE = process.execPath;

const DEFAULTS = { mb: 50, realMb: 20, runs: 3, compromiseMb: 1, pathologicalMb: 5 };
const QUICK = { mb: 10, realMb: 5, runs: 1, compromiseMb: 0.25, pathologicalMb: 0.5 };
const BENCH_DIR = join(ROOT, '..', 'shared', 'bench');
const REAL_NEWS_FOLDERS = ['conll2003-dev', 'polnear-dev', 'wire-dev'];
const SMALL_STORY = join('fixtures', 'ap-dateline-latestly.txt');
const STARTUP_RUNS = 15; // start-up takes tens of milliseconds: more runs are cheap and steady the median
const GIVE_UP_RATIO = 30; // a pathological input slower than this many times ordinary text is stopped: the verdict is clear

// The targets (issue 17), each with the test of its measure (peak memory in KB, as /usr/bin/time gives it).
const TARGETS = {
  floor: { text: '≤ 4', met: (ratio) => ratio <= 4 },
  realFloor: { text: '≤ 5', met: (ratio) => ratio <= 5 },
  compromise: { text: 'none', met: () => true },
  ceiling: { text: '≥ 0.9', met: (ratio) => ratio >= 0.9 },
  startup: { text: '≤ 1.3', met: (ratio) => ratio <= 1.3 },
  smallStory: { text: '≤ 2.5', met: (ratio) => ratio <= 2.5 },
  peakMemory: { text: '≤ 150', met: (rssKb) => (rssKb * 1024) / MB <= 150 },
  pathological: { text: '≤ 1.5', met: (ratio) => ratio <= 1.5 },
};

function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      mb: { type: 'string' },
      'real-mb': { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean' },
      write: { type: 'boolean' },
    },
  });
  const options = { ...(values.quick ? QUICK : DEFAULTS), write: Boolean(values.write) };
  if (values.mb !== undefined) options.mb = positiveNumber('--mb', values.mb);
  if (values['real-mb'] !== undefined) options.realMb = positiveNumber('--real-mb', values['real-mb']);
  if (values.runs !== undefined) options.runs = Math.round(positiveNumber('--runs', values.runs));
  return options;
}

function positiveNumber(name, text) {
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} needs a positive number, not ${JSON.stringify(text)}`);
  return value;
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** A wirecut run over an NDJSON file, checked for one record per story. */
function wirecutCommand(label, input, jobs, dir) {
  return {
    label,
    argv: [NODE, 'bin/wirecut.js', '--from', 'ndjson', '--jobs', String(jobs), input.file],
    cwd: ROOT,
    outFile: join(dir, 'out.ndjson'),
    expectRecords: input.stories,
  };
}

/**
 * The machine's own limit on running two things at once: two wirecut --jobs 1 processes, each
 * over the whole corpus, started together. Two cores that share their execution units (or
 * neighbours on a shared host) give far less than twice one process's throughput, and no
 * --jobs 2 can beat that.
 */
function pairCommand(corpus, dir) {
  const one = `"${NODE}" bin/wirecut.js --from ndjson --jobs 1 "${corpus.file}"`;
  return {
    label: 'pair',
    argv: ['/bin/sh', '-c', `${one} > "${join(dir, 'pair-b.ndjson')}" & ${one}; wait $!`],
    cwd: ROOT,
    outFile: join(dir, 'out.ndjson'),
    expectRecords: corpus.stories,
  };
}

/** The floor, wirecut --jobs 1 and --jobs 2 on the corpus, with wirecut's peak memory. */
function measureCorpus(corpus, dir, runs) {
  const commands = [
    {
      label: 'floor',
      argv: [NODE, 'scripts/bench/floor.mjs', corpus.file],
      cwd: ROOT,
      outFile: join(dir, 'out.ndjson'),
      expectRecords: corpus.stories,
    },
    { ...wirecutCommand('jobs1', corpus, 1, dir), rssFile: join(dir, 'rss-jobs1') },
    { ...wirecutCommand('jobs2', corpus, 2, dir), rssFile: join(dir, 'rss-jobs2') },
    pairCommand(corpus, dir),
  ];
  const results = timeRounds(commands, runs, log);
  if (results.get('jobs1').failure) throw new Error(`wirecut --jobs 1 failed on the corpus: ${results.get('jobs1').failure}`);
  return results;
}

/** wirecut --jobs 1 against the floor on real news text, or null when ../shared is not there. */
function measureRealNews(real, dir, runs) {
  if (real === null) return null;
  const commands = [
    {
      label: 'real-floor',
      argv: [NODE, 'scripts/bench/floor.mjs', real.file],
      cwd: ROOT,
      outFile: join(dir, 'out.ndjson'),
      expectRecords: real.stories,
    },
    { ...wirecutCommand('real-jobs1', real, 1, dir) },
  ];
  return timeRounds(commands, runs, log);
}

function measureCompromise(slice, runs) {
  const command = { label: 'compromise', argv: [NODE, 'scripts/bench/compromise.mjs', slice.file], cwd: ROOT };
  return timeRounds([command], runs, log).get('compromise');
}

function measureStartup() {
  const commands = [
    { label: 'node', argv: [NODE, '-e', '0'], cwd: ROOT },
    { label: 'version', argv: [NODE, 'bin/wirecut.js', '--version'], cwd: ROOT },
    { label: 'small', argv: [NODE, 'bin/wirecut.js', '--ndjson', SMALL_STORY], cwd: ROOT },
  ];
  return timeRounds(commands, STARTUP_RUNS);
}

/**
 * Each pathological input through wirecut --jobs 1, with an ordinary input of the same size (the
 * corpus's first stories) timed in the same rounds: at 2 MB, much of a run is the JIT warming
 * up, which the 50 MB corpus hides. Returns {ordinary: {input, result}, rows: [{kind, detail, input, result}]}.
 */
function measurePathological(corpus, fixtures, dir, options, ordinarySecondsPerMb) {
  const timeoutS = (input) => ordinarySecondsPerMb * (input.bytes / MB) * GIVE_UP_RATIO + 10; // + 10 s: start-up and a noisy neighbour
  const ordinary = writeSlice(join(dir, 'ordinary-slice.ndjson'), options.pathologicalMb * MB, corpus.file);
  const rows = pathologicalKinds(fixtures).map((shape, n) => ({
    ...shape,
    input: writePathological(join(dir, `pathological-${n}.ndjson`), options.pathologicalMb * MB, shape),
  }));
  const commands = [ordinary, ...rows.map((row) => row.input)].map((input, n) => ({
    ...wirecutCommand(n === 0 ? 'ordinary' : rows[n - 1].kind, input, 1, dir),
    timeoutS: timeoutS(input),
  }));
  const results = timeRounds(commands, options.runs, log);
  return {
    ordinary: { input: ordinary, result: results.get('ordinary') },
    rows: rows.map((row) => ({ ...row, result: results.get(row.kind) })),
  };
}

function formatNumber(value, digits = 3) {
  if (value >= 10 ** digits) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(digits);
}

function formatCount(count) {
  return count.toLocaleString('en-US');
}

/** A peak RSS in KB as MB, to a tenth: the target's edge (150) must not be lost to rounding. */
function formatMegabytes(kb) {
  return ((kb * 1024) / MB).toFixed(1);
}

function formatTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A throughput row: median seconds, MB/s, stories/s and peak memory, or the failure. */
function throughputRow(name, input, result) {
  const size = `${formatNumber(input.bytes / MB)} MB, ${formatCount(input.stories)} stories`;
  if (result.failure) return [name, size, `failed: ${result.failure}`, '', '', ''];
  const peak = result.rssKb === null ? '' : formatMegabytes(result.rssKb);
  return [
    name,
    size,
    formatNumber(result.seconds),
    formatNumber(input.bytes / MB / result.seconds),
    formatNumber(input.stories / result.seconds),
    peak,
  ];
}

/** A ratio row against its target; a failed measure gives no ratio and misses the target. */
function ratioRow(name, value, target, detail, format = formatNumber) {
  if (value === null) return [name, `n/a (${detail})`, target.text, 'no'];
  return [name, `${format(value)} (${detail})`, target.text, target.met(value) ? 'yes' : '**no**'];
}

function formatThroughput({ corpus, real, realMeasures, slice, measures, compromise, startup }) {
  const ms = (result) => `${formatNumber(result.seconds * 1000)} ms`;
  const realRows = realMeasures
    ? [
        throughputRow('I/O floor, real news', real, realMeasures.get('real-floor')),
        throughputRow('wirecut --jobs 1, real news', real, realMeasures.get('real-jobs1')),
      ]
    : [['real news (../shared/bench)', 'not here: skipped', '', '', '', '']];
  return formatTable(
    ['run', 'input', 'median s', 'MB/s', 'stories/s', 'peak MB'],
    [
      throughputRow('I/O floor (read, parse, write), fixtures', corpus, measures.get('floor')),
      throughputRow('wirecut --jobs 1, fixtures', corpus, measures.get('jobs1')),
      throughputRow('wirecut --jobs 2, fixtures', corpus, measures.get('jobs2')),
      ...realRows,
      throughputRow('compromise: people + quotations', slice, compromise),
      ['`node -e 0`', `median of ${STARTUP_RUNS}`, ms(startup.get('node')), '', '', ''],
      ['`wirecut --version`', `median of ${STARTUP_RUNS}`, ms(startup.get('version')), '', '', ''],
      ['`wirecut --ndjson` one small story', `median of ${STARTUP_RUNS}`, ms(startup.get('small')), '', '', ''],
    ],
  );
}

function formatRatios({ corpus, real, realMeasures, slice, measures, compromise, startup }) {
  const [floor, jobs1, jobs2, pair] = ['floor', 'jobs1', 'jobs2', 'pair'].map((label) => measures.get(label));
  const speed = (input, result) => input.bytes / MB / result.seconds;
  const seconds = (result) => (result.failure ? result.failure : `${formatNumber(result.seconds)} s`);
  const ms = (label) => formatNumber(startup.get(label).seconds * 1000);
  const speedUp = jobs2.failure || jobs1.failure ? null : jobs1.seconds / jobs2.seconds;
  const ceiling = pair.failure || jobs1.failure ? null : (2 * jobs1.seconds) / pair.seconds;
  return formatTable(
    ['ratio', 'measured', 'target', 'met'],
    [
      ratioRow(
        'wirecut --jobs 1 time ÷ I/O floor time, fixtures',
        jobs1.seconds / floor.seconds,
        TARGETS.floor,
        `${seconds(jobs1)} / ${seconds(floor)}`,
      ),
      realMeasures
        ? ratioRow(
            'wirecut --jobs 1 time ÷ I/O floor time, real news',
            realMeasures.get('real-jobs1').seconds / realMeasures.get('real-floor').seconds,
            TARGETS.realFloor,
            `${seconds(realMeasures.get('real-jobs1'))} / ${seconds(realMeasures.get('real-floor'))}, ${formatNumber(real.bytes / MB)} MB`,
          )
        : ratioRow('wirecut --jobs 1 time ÷ I/O floor time, real news', null, TARGETS.realFloor, 'no ../shared/bench here'),
      [
        '--jobs 2 speed-up over --jobs 1',
        speedUp === null ? 'n/a' : `${formatNumber(speedUp)} (${seconds(jobs1)} / ${seconds(jobs2)})`,
        '',
        '',
      ],
      [
        'machine: two --jobs 1 processes at once, throughput ÷ one alone (the ceiling for --jobs 2)',
        ceiling === null ? 'n/a' : `${formatNumber(ceiling)} (2 × ${seconds(jobs1)} / ${seconds(pair)})`,
        '',
        '',
      ],
      ratioRow(
        '--jobs 2 speed-up ÷ the two-process ceiling',
        speedUp === null || ceiling === null ? null : speedUp / ceiling,
        TARGETS.ceiling,
        speedUp === null || ceiling === null ? 'a run failed' : `${formatNumber(speedUp)} / ${formatNumber(ceiling)}`,
      ),
      compromise.failure
        ? ratioRow('wirecut throughput ÷ compromise throughput (for scale)', null, TARGETS.compromise, compromise.failure)
        : [
            'wirecut throughput ÷ compromise throughput (for scale)',
            `${formatNumber(speed(corpus, jobs1) / speed(slice, compromise))} (${formatNumber(speed(corpus, jobs1))} / ${formatNumber(speed(slice, compromise))} MB/s)`,
            'none',
            '',
          ],
      ratioRow(
        '`wirecut --version` ÷ `node -e 0`',
        startup.get('version').seconds / startup.get('node').seconds,
        TARGETS.startup,
        `${ms('version')} / ${ms('node')} ms`,
      ),
      ratioRow(
        'one small story end to end ÷ `node -e 0`',
        startup.get('small').seconds / startup.get('node').seconds,
        TARGETS.smallStory,
        `${ms('small')} / ${ms('node')} ms`,
      ),
      ratioRow(
        'peak memory of wirecut --jobs 1, MB',
        jobs1.rssKb,
        TARGETS.peakMemory,
        `max RSS, ${formatNumber(corpus.bytes / MB)} MB corpus`,
        formatMegabytes,
      ),
    ],
  );
}

/**
 * Seconds per MB of a wirecut run, start-up (the median `wirecut --version`) taken off, so that a
 * 2 MB input and the 50 MB corpus compare fairly.
 */
function secondsPerMb(input, result, startup) {
  return (result.seconds - startup.get('version').seconds) / (input.bytes / MB);
}

function formatPathological({ corpus, measures, startup, pathological }) {
  const sizeCells = (input) => [formatNumber(input.bytes / MB), formatCount(input.stories)];
  const corpusPerMb = secondsPerMb(corpus, measures.get('jobs1'), startup);
  const corpusRow = [
    'ordinary stories, the whole corpus (for scale: the JIT has long warmed up)',
    ...sizeCells(corpus),
    formatNumber(corpusPerMb),
    '',
  ];
  const { ordinary } = pathological;
  const sliceName = 'ordinary stories, the same size (the baseline)';
  if (ordinary.result.failure)
    return formatPathologicalTable([corpusRow, [sliceName, ...sizeCells(ordinary.input), `failed: ${ordinary.result.failure}`, 'n/a']]);
  const baseline = secondsPerMb(ordinary.input, ordinary.result, startup);
  const rows = pathological.rows.map(({ kind, detail, input, result }) => {
    const cells = [`${kind} (${detail})`, ...sizeCells(input)];
    if (result.failure)
      return [...cells, `failed: ${result.failure}`, result.failure.startsWith('timed out') ? `> ${GIVE_UP_RATIO}` : 'n/a'];
    const perMb = secondsPerMb(input, result, startup);
    const ratio = perMb / baseline;
    return [...cells, formatNumber(perMb), `${formatNumber(ratio)}${TARGETS.pathological.met(ratio) ? '' : ' (**over 1.5**)'}`];
  });
  return formatPathologicalTable([corpusRow, [sliceName, ...sizeCells(ordinary.input), formatNumber(baseline), '1'], ...rows]);
}

function formatPathologicalTable(rows) {
  return formatTable(['input, wirecut --jobs 1', 'MB', 'stories', 's/MB, start-up excluded', '÷ same-size ordinary s/MB'], rows);
}

function describeMachine(options, elapsedS) {
  const cpus = os.cpus();
  const memory = `${formatNumber(os.totalmem() / 2 ** 30)} GiB`;
  const date = new Date().toISOString().slice(0, 10);
  return (
    `Measured on ${cpus[0].model}, ${cpus.length} cores, ${memory} RAM, Node ${process.version}, ${date}: ` +
    `median of ${options.runs} run${options.runs === 1 ? '' : 's'}, the whole benchmark took ${Math.round(elapsedS)} s.`
  );
}

function formatReport(measured, options, elapsedS) {
  return [formatThroughput(measured), formatRatios(measured), formatPathological(measured), describeMachine(options, elapsedS)].join(
    '\n\n',
  );
}

/** Replaces the README text between the bench markers, keeping the markers. */
function writeReadme(report) {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(MARKERS[0]);
  const end = text.indexOf(MARKERS[1]);
  if (start === -1 || end < start) throw new Error(`README.md lacks the markers ${MARKERS.join(' ... ')}`);
  writeFileSync(README, `${text.slice(0, start + MARKERS[0].length)}\n${report}\n${text.slice(end)}`);
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const dir = mkdtempSync(join(os.tmpdir(), 'wirecut-bench-'));
  try {
    const fixtures = readFixtures(join(ROOT, 'fixtures'));
    const corpus = writeCorpus(join(dir, 'corpus.ndjson'), options.mb * MB, fixtures);
    const slice = writeSlice(join(dir, 'slice.ndjson'), options.compromiseMb * MB, corpus.file);
    log(`corpus: ${corpus.bytes} bytes, ${corpus.stories} stories from ${fixtures.length} fixtures`);
    const news = readRealNews(BENCH_DIR, REAL_NEWS_FOLDERS);
    const real = news.length > 0 ? writeCorpus(join(dir, 'real.ndjson'), options.realMb * MB, news) : null;
    if (real) log(`real news: ${real.bytes} bytes, ${real.stories} stories from ${news.length} benchmark stories`);
    else log(`real news: no stories under ${BENCH_DIR}; that row is skipped`);
    const measures = measureCorpus(corpus, dir, options.runs);
    const realMeasures = measureRealNews(real, dir, options.runs);
    const compromise = measureCompromise(slice, options.runs);
    const startup = measureStartup();
    const pathological = measurePathological(corpus, fixtures, dir, options, secondsPerMb(corpus, measures.get('jobs1'), startup));
    const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
    const report = formatReport({ corpus, real, realMeasures, slice, measures, compromise, startup, pathological }, options, elapsedS);
    console.log(report);
    if (options.write) writeReadme(report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
