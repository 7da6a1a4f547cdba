// `wirecut [options] [FILE...]`: one record per input, in input order, written as soon as it
// is made. Text inputs are read whole (up to --max-bytes); NDJSON inputs are streamed line by
// line, so hundreds of MB go through in flat memory. Every failure becomes an error record in
// the input's place: N inputs, N records. It does not parse the command line (main.ts does).

import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { trimHeap } from './heap.js';
import type { CliIo } from './io.js';
import { type LineChunk, lineChunks } from './line-chunks.js';
import { decodeRead } from './make-record.js';
import type { Jobs } from './options.js';
import { Output } from './output.js';
import { Pool } from './pool.js';
import { Progress } from './progress.js';
import { describeFsError, openInputFile, readFileLimited, readStreamLimited } from './read-input.js';
import { type Rendered, type RenderSettings, renderChunk, renderTask, type Task } from './render.js';

export interface ExtractSettings {
  /** Input names as the user gave them; "-" is standard input. Never empty. */
  files: readonly string[];
  pretty: boolean;
  from: 'text' | 'ndjson';
  /** NDJSON field holding the story; null: the first of the usual ones that holds a string. */
  textField: string | null;
  idField: string;
  dateField: string | null;
  /** Top-level fields to keep; null keeps all. Error records are always printed whole. */
  fields: readonly string[] | null;
  date: string | null;
  /** Worker threads extracting in parallel; 1 runs everything in this thread. Output is the same. */
  jobs: Jobs;
  debug: boolean;
  maxBytes: number;
  quiet: boolean;
  /** Write one NAME.json per input here instead of printing records. */
  outDir?: string | null;
  /** With outDir: overwrite files that exist. */
  force?: boolean;
}

const STDIN = '-';

/** What reading gives, in input order: one input's task, or a chunk of an NDJSON input's lines. */
type Item = Task | { kind: 'chunk'; chunk: LineChunk };

export async function runExtract(io: CliIo, settings: ExtractSettings): Promise<number> {
  const output = new Output(io.stdout);
  const jobs = settings.jobs === 'auto' ? availableParallelism() : settings.jobs;
  // Files written by --out-dir are indented, like fixtures' expectations.
  const render: RenderSettings = {
    pretty: settings.pretty || Boolean(settings.outDir),
    fields: settings.fields,
    debug: settings.debug,
    ndjson: { textField: settings.textField, idField: settings.idField, date: settings.date, dateField: settings.dateField },
  };
  const outDir = settings.outDir ? new OutDir(resolve(io.cwd, settings.outDir), settings.force === true) : null;
  const progress = new Progress(io, settings);
  let failed = 0;
  if (settings.files.includes(STDIN) && io.stdinIsTTY && !settings.quiet) {
    io.stderr.write('wirecut: reading standard input (end with Ctrl-D)\n');
  }
  /** Prints one rendered task; false once nobody reads the output any more. */
  const emit = async (rendered: Rendered): Promise<boolean> => {
    for (const line of rendered.debug) io.stderr.write(`${line}\n`);
    if (rendered.failure) {
      failed++;
      if (!settings.quiet) {
        progress.clear();
        io.stderr.write(`wirecut: ${rendered.failure.source ?? STDIN}: ${rendered.failure.message} (${rendered.failure.code})\n`);
      }
    }
    progress.done();
    if (!outDir) return output.write(rendered.line);
    const problem = outDir.write(rendered);
    if (problem) {
      failed++;
      if (!settings.quiet) io.stderr.write(`wirecut: ${rendered.source ?? STDIN}: ${problem}\n`);
    }
    return true;
  };
  const pool = jobs > 1 ? new Pool(jobs, render) : null;
  const stopTrimming = trimHeap();
  try {
    if (pool) await runInPool(pool, produceTasks(io, settings, progress), emit);
    else await runHere(produceTasks(io, settings, progress), render, emit);
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
  if (outDir && !settings.quiet)
    io.stderr.write(`wirecut: wrote ${outDir.written} file${outDir.written === 1 ? '' : 's'} to ${settings.outDir}\n`);
  return failed > 0 ? 1 : 0;
}

/** --jobs 1: renders each item in this thread and prints it, until output closes. */
async function runHere(items: AsyncIterable<Item>, render: RenderSettings, emit: (rendered: Rendered) => Promise<boolean>): Promise<void> {
  for await (const item of items) {
    if (item.kind !== 'chunk') {
      if (!(await emit(renderTask(item, render)))) return;
      continue;
    }
    for (const rendered of renderChunk(item.chunk, render)) if (!(await emit(rendered))) return;
  }
}

/** Tasks per batch sent to a worker, and the most text one batch carries. */
const BATCH_TASKS = 64;
const BATCH_CHARS = 1 << 20;
/** Batches in flight per worker: enough to keep each busy, few enough to keep memory flat. */
const BATCHES_PER_WORKER = 2;

/**
 * Sends tasks to the pool in batches and prints the results in input order. Input is read only
 * while fewer than BATCHES_PER_WORKER batches per worker are in flight, and a batch's lines are
 * printed with backpressure before the next is awaited: memory stays flat on any input size.
 */
async function runInPool(pool: Pool, items: AsyncIterable<Item>, emit: (rendered: Rendered) => Promise<boolean>): Promise<void> {
  const inFlight: Promise<Rendered[]>[] = [];
  let open = true;
  const drainOne = async (): Promise<void> => {
    const rendered = await (inFlight.shift() as Promise<Rendered[]>);
    for (const r of rendered) if (open && !(await emit(r))) open = false;
  };
  let batch: Task[] = [];
  let chars = 0;
  for await (const item of items) {
    if (item.kind === 'chunk') {
      // A chunk is a batch of its own; the tasks before it go first.
      if (batch.length > 0) inFlight.push(pool.run(batch));
      inFlight.push(pool.run(item.chunk));
    } else {
      batch.push(item);
      chars += item.kind === 'failed' ? 0 : item.text.length;
      if (batch.length < BATCH_TASKS && chars < BATCH_CHARS) continue;
      inFlight.push(pool.run(batch));
    }
    batch = [];
    chars = 0;
    while (inFlight.length >= pool.size * BATCHES_PER_WORKER) await drainOne();
    if (!open) return;
  }
  if (batch.length > 0) inFlight.push(pool.run(batch));
  while (inFlight.length > 0 && open) await drainOne();
}

/** Every input in order, as a task: read and decoded, or failed with the reason. */
async function* produceTasks(io: CliIo, settings: ExtractSettings, progress: Progress): AsyncGenerator<Item> {
  for (const input of settings.files) {
    if (settings.from === 'ndjson') {
      yield* tasksFromNdjson(io, input, settings, progress);
    } else if (input !== STDIN && (await isDirectory(resolve(io.cwd, input)))) {
      // `wirecut DIR`: the stories in it, NAME.txt in name order (not its subdirectories).
      const names = (await readdir(resolve(io.cwd, input))).filter((name) => name.endsWith('.txt')).sort();
      if (names.length === 0)
        yield { kind: 'failed', source: input, error: { code: 'is-directory', message: 'is a directory with no .txt files' } };
      for (const name of names) yield await textTask(io, join(input, name), settings, progress);
    } else {
      yield await textTask(io, input, settings, progress);
    }
  }
}

/** A text input read whole (up to --max-bytes) and decoded. */
async function textTask(io: CliIo, input: string, settings: ExtractSettings, progress: Progress): Promise<Task> {
  const source = input === STDIN ? null : input;
  const read =
    input === STDIN
      ? await readStreamLimited(io.stdin, settings.maxBytes)
      : await readFileLimited(resolve(io.cwd, input), settings.maxBytes);
  if (read.ok) progress.read(read.bytes.length);
  const decoded = decodeRead(read);
  return decoded.ok
    ? {
        kind: 'text',
        text: decoded.text,
        decodeWarnings: decoded.warnings,
        source,
        date: settings.date,
        dateFrom: 'option',
        dateField: null,
      }
    : { kind: 'failed', source, error: decoded.error };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // missing or unreadable: reading it says why, in its record
  }
}

/**
 * `--out-dir DIR`: each record goes to DIR/NAME.json, NAME being the input's file name without
 * its extension (or the NDJSON id; "stdin" for standard input). An existing file is left alone
 * unless --force; two inputs with one NAME in a run never overwrite each other.
 */
class OutDir {
  written = 0;
  private readonly used = new Set<string>();
  private ready = false;

  constructor(
    private readonly dir: string,
    private readonly force: boolean,
  ) {}

  /** Writes the record's file; a message saying why not, or null. */
  write(rendered: Rendered): string | null {
    const name = `${fileStem(rendered.source)}.json`;
    if (this.used.has(name)) return `not written: another input of this run is also ${name}`;
    this.used.add(name);
    try {
      if (!this.ready) mkdirSync(this.dir, { recursive: true });
      this.ready = true;
      writeFileSync(join(this.dir, name), rendered.line, { flag: this.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as { code?: string }).code;
      return code === 'EEXIST'
        ? `not written: ${name} exists (use --force to overwrite)`
        : `cannot write ${name}: ${(error as Error).message}`;
    }
    this.written++;
    return null;
  }
}

/** "fixtures/ap-story.txt" -> "ap-story"; "feed.ndjson:12" -> "feed-12"; an id -> itself, made safe. */
function fileStem(source: string | null): string {
  if (source === null) return 'stdin';
  const base = basename(source).replace(/\.(?:txt|text|md|html?)$/i, '');
  return base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '') || 'record';
}

/** An NDJSON input in chunks of lines (decoded where they are rendered); a line too long to keep as a failed task. */
async function* tasksFromNdjson(io: CliIo, input: string, settings: ExtractSettings, progress: Progress): AsyncGenerator<Item> {
  let stream: AsyncIterable<unknown> = io.stdin;
  let close = async (): Promise<void> => {};
  if (input !== STDIN) {
    const opened = await openInputFile(resolve(io.cwd, input));
    if (!opened.ok) {
      yield { kind: 'failed', source: input, error: opened.error };
      return;
    }
    progress.expect((await opened.handle.stat()).size);
    stream = opened.handle.createReadStream();
    close = () => opened.handle.close().catch(() => undefined);
  }
  try {
    for await (const item of lineChunks(stream, input, settings.maxBytes)) {
      if (item.kind === 'chunk') {
        progress.read(item.chunk.bytes.length);
        yield item;
      } else {
        yield { kind: 'failed', source: `${input}:${item.number}`, error: item.error };
      }
    }
  } catch (error) {
    // The file went bad part-way (e.g. an I/O error): say so in one more record, then go on.
    yield { kind: 'failed', source: input, error: describeFsError(error) };
  } finally {
    await close();
  }
}
