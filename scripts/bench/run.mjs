// Runs and times the benchmark's commands: wall time is process.hrtime.bigint() around
// spawnSync; a command's figure is the median of its runs, taken in interleaved rounds so that
// drift on a shared machine hits every command alike. Peak memory comes from /usr/bin/time, or,
// where that is missing, from the rss.cjs preload.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = fileURLToPath(new URL('./rss.cjs', import.meta.url));
const STDERR_LIMIT = 16 << 20; // wirecut prints one line per failed input; keep them all to quote the first

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Newlines in a file, read in chunks: the number of NDJSON records a command wrote. */
function countLines(file) {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let lines = 0;
  for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
    for (let i = chunk.indexOf(10); i !== -1 && i < read; i = chunk.indexOf(10, i + 1)) lines++;
  }
  closeSync(fd);
  return lines;
}

/**
 * `argv` wrapped so that the run leaves its peak RSS (KB) in `rssFile`. A wrapped run gets no
 * timeout: killing /usr/bin/time would leave node running.
 */
function withRssProbe(argv, rssFile) {
  if (existsSync(GNU_TIME)) return { argv: [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv], env: process.env };
  const [node, ...rest] = argv;
  return { argv: [node, '--require', RSS_PRELOAD, ...rest], env: { ...process.env, BENCH_RSS_FILE: rssFile } };
}

/** Why a run did not do its job, or null: timeout, exit status, or a record count short of `expectRecords`. */
function describeFailure(result, { timeoutS, outFile, expectRecords }) {
  if (result.error?.code === 'ETIMEDOUT') return `timed out after ${Math.round(timeoutS)} s`;
  if (result.error) return result.error.message;
  if (result.status !== 0) return `exit ${result.status ?? result.signal}: ${String(result.stderr).split('\n')[0]}`;
  if (expectRecords === undefined) return null;
  const records = countLines(outFile);
  return records === expectRecords ? null : `wrote ${records} of ${expectRecords} records`;
}

/**
 * Runs a command once. `command` is {argv, cwd, outFile?, expectRecords?, rssFile?, timeoutS?}:
 * stdout goes to outFile (else nowhere). Returns {seconds, failure, rssKb}.
 */
export function timeRun(command) {
  const { argv, env } = command.rssFile ? withRssProbe(command.argv, command.rssFile) : { argv: command.argv, env: process.env };
  const stdout = command.outFile ? openSync(command.outFile, 'w') : 'ignore';
  const timeout = command.rssFile || !command.timeoutS ? undefined : Math.ceil(command.timeoutS * 1000);
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: command.cwd,
    env,
    stdio: ['ignore', stdout, 'pipe'],
    timeout,
    maxBuffer: STDERR_LIMIT,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (command.outFile) closeSync(stdout);
  const failure = describeFailure(result, command);
  const rssKb = command.rssFile && !failure ? Number(readFileSync(command.rssFile, 'utf8').trim()) : null;
  if (command.outFile) rmSync(command.outFile);
  return { seconds, failure, rssKb };
}

/**
 * Runs every command `runs` times, round by round; a command that fails is not run again.
 * Returns, per command label, {seconds (median), failure, rssKb (largest peak)}.
 */
export function timeRounds(commands, runs, log = () => {}) {
  const results = new Map(commands.map(({ label }) => [label, []]));
  for (let round = 1; round <= runs; round++) {
    for (const command of commands) {
      const done = results.get(command.label);
      if (done.some((run) => run.failure)) continue;
      const run = timeRun(command);
      done.push(run);
      log(`${command.label}, run ${round}/${runs}: ${run.seconds.toFixed(3)} s${run.failure ? ` (${run.failure})` : ''}`);
    }
  }
  return new Map(
    [...results].map(([label, done]) => {
      const failure = done.find((run) => run.failure)?.failure ?? null;
      const peaks = done.map((run) => run.rssKb).filter((kb) => kb !== null);
      return [
        label,
        { seconds: failure ? null : median(done.map((run) => run.seconds)), failure, rssKb: peaks.length ? Math.max(...peaks) : null },
      ];
    }),
  );
}
