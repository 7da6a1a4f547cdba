// `wirecut [options] [FILE...]`: one record per input, in input order, written as soon as it
// is made. It joins the rooms: input/ reads the inputs into tasks and chunks, run/ renders them
// (here or in workers), output/ writes the lines (stdout or --out-dir) and draws the progress
// line. Every failure becomes an error record in the input's place: N inputs, N records. It does
// not parse the command line (main.ts does).

import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type InputSettings, produceTasks, STDIN } from '../input/inputs.js';
import type { CliIo } from '../io.js';
import { OutDir } from '../output/out-dir.js';
import { Output } from '../output/output.js';
import { Progress } from '../output/progress.js';
import { trimHeap } from '../run/heap.js';
import { Pool } from '../run/pool.js';
import { type Emit, runHere, runInPool } from '../run/run.js';
import type { RenderSettings } from '../run/tasks.js';
import type { Jobs } from './options.js';

/** What rendering needs beyond the render settings: how many threads do it. */
export interface RunSettings extends RenderSettings {
  /** Worker threads extracting in parallel; 1 runs everything in this thread. Output is the same. */
  jobs: Jobs;
}

/** Where the records go and what is said about failures. */
export interface OutputSettings {
  /** Write one NAME.json per input here instead of printing records. */
  outDir: string | null;
  /** With outDir: overwrite files that exist. */
  force: boolean;
  /** No diagnostics on stderr for failed inputs. */
  quiet: boolean;
}

export interface ExtractSettings {
  input: InputSettings;
  run: RunSettings;
  output: OutputSettings;
}

export async function runExtract(io: CliIo, settings: ExtractSettings): Promise<number> {
  const { input, output: out } = settings;
  const output = new Output(io.stdout);
  const jobs = settings.run.jobs === 'auto' ? availableParallelism() : settings.run.jobs;
  // Files written by --out-dir are indented, like fixtures' expectations.
  const render: RenderSettings = {
    pretty: settings.run.pretty || out.outDir !== null,
    fields: settings.run.fields,
    debug: settings.run.debug,
    ndjson: settings.run.ndjson,
  };
  const outDir = out.outDir ? new OutDir(resolve(io.cwd, out.outDir), out.force) : null;
  const progress = new Progress(io, { quiet: out.quiet, debug: render.debug });
  let failed = 0;
  if (input.files.includes(STDIN) && io.stdinIsTTY && !out.quiet) {
    io.stderr.write('wirecut: reading standard input (end with Ctrl-D)\n');
  }
  const emit: Emit = async (rendered) => {
    for (const line of rendered.debug) io.stderr.write(`${line}\n`);
    if (rendered.failure) {
      failed++;
      if (!out.quiet) {
        progress.clear();
        io.stderr.write(`wirecut: ${rendered.failure.source ?? STDIN}: ${rendered.failure.message} (${rendered.failure.code})\n`);
      }
    }
    progress.done();
    if (!outDir) return output.write(rendered.line);
    const problem = outDir.write(rendered);
    if (problem) {
      failed++;
      if (!out.quiet) io.stderr.write(`wirecut: ${rendered.source ?? STDIN}: ${problem}\n`);
    }
    return true;
  };
  const pool = jobs > 1 ? new Pool(jobs, render) : null;
  const stopTrimming = trimHeap();
  try {
    const items = produceTasks(io, input, progress);
    if (pool) await runInPool(pool, items, emit);
    else await runHere(items, render, emit);
  } finally {
    stopTrimming();
    progress.clear();
    await pool?.close();
    await output.end();
  }
  if (output.failure) {
    io.stderr.write(`wirecut: cannot write output: ${output.failure.message}\n`);
    return 1;
  }
  if (outDir && !out.quiet) io.stderr.write(`wirecut: wrote ${outDir.written} file${outDir.written === 1 ? '' : 's'} to ${out.outDir}\n`);
  return failed > 0 ? 1 : 0;
}
