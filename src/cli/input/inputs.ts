// Every input of an extract run, in order, as what the run renders: a task (a text input read
// whole, up to --max-bytes, and decoded; or the reason it could not be), or a chunk of an NDJSON
// input's lines (split and decoded where they are rendered, so hundreds of MB stream through in
// flat memory). A directory gives its NAME.txt files in name order. It reads only: it does not
// render, print or know about workers; it reports bytes read to whoever asks (the progress line).

import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Story } from '../../story.js';
import { decodeRead } from './decode.js';
import { type LineChunk, lineChunks } from './line-chunks.js';
import { describeFsError, openInputFile, readFileLimited, readStreamLimited } from './read.js';

/** What reading needs to know. */
export interface InputSettings {
  /** Input names as the user gave them; "-" is standard input. Never empty. */
  files: readonly string[];
  from: 'text' | 'ndjson';
  /** Largest input (or NDJSON line) accepted, in bytes. */
  maxBytes: number;
  /** --date: the reference date of a text input (an NDJSON record's is read where it is rendered). */
  date: string | null;
}

/** Where reading runs: the working directory and standard input. */
export interface InputPlace {
  cwd: string;
  stdin: Readable;
}

/** Told how much there is to read and how much was read (the progress line listens). */
export interface ReadReport {
  expect(bytes: number): void;
  read(bytes: number): void;
}

export const STDIN = '-';

/**
 * An input in its place: failed before extraction, text to extract (the library's Story), or an
 * NDJSON line, parsed where it is rendered. Plain data (sent to workers).
 */
export type Task = Story | { kind: 'line'; text: string; number: number; input: string };

/** What reading gives, in input order: one input's task, or a chunk of an NDJSON input's lines. */
export type Item = Task | { kind: 'chunk'; chunk: LineChunk };

/** Every input in order, as a task: read and decoded, or failed with the reason. */
export async function* produceTasks(io: InputPlace, settings: InputSettings, progress: ReadReport): AsyncGenerator<Item> {
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
async function textTask(io: InputPlace, input: string, settings: InputSettings, progress: ReadReport): Promise<Task> {
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

/** An NDJSON input in chunks of lines (decoded where they are rendered); a line too long to keep as a failed task. */
async function* tasksFromNdjson(io: InputPlace, input: string, settings: InputSettings, progress: ReadReport): AsyncGenerator<Item> {
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
