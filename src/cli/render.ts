// One task in input order, and how it becomes the line printed for it. The same function runs
// in the main thread (--jobs 1) and in worker threads (--jobs N), so the output is
// byte-identical whichever runs it. It does not read input or write output.

import { type OutputRecord, pickFields, serialiseRecord, type Warning } from '../index.js';
import { isBlank, type LineChunk, linesOf } from './line-chunks.js';
import { errorRecord, isErrorRecord, recordFromDecoded } from './make-record.js';
import { type NdjsonSettings, taskFromLine } from './ndjson-record.js';
import type { InputError } from './read-input.js';

/** An input in its place: failed before extraction, an NDJSON line, or text to extract. Plain data (sent to workers). */
export type Task =
  | { kind: 'failed'; source: string | null; error: InputError }
  | { kind: 'line'; text: string; number: number; input: string }
  | {
      kind: 'text';
      text: string;
      /** Warnings from decoding the bytes (they come first in the record). */
      decodeWarnings: Warning[];
      source: string | null;
      date: string | null;
      dateFrom: 'option' | 'record';
      /** The record field the date was read from (NDJSON), else null. */
      dateField: string | null;
    };

/** A task once its NDJSON line, if any, is parsed: a story to extract or a failure. */
export type ParsedTask = Exclude<Task, { kind: 'line' }>;

export interface RenderSettings {
  pretty: boolean;
  fields: readonly string[] | null;
  debug: boolean;
  ndjson: NdjsonSettings;
}

/** What the main thread prints for a task: the record's line, and what goes to stderr. */
export interface Rendered {
  /** The input's source (file name, NDJSON id or FILE:LINE), null for standard input. */
  source: string | null;
  line: string;
  /** Set when the record is an error record: for the one-line message on stderr. */
  failure: { source: string | null; code: string; message: string } | null;
  /** --debug trace lines, in order. */
  debug: string[];
}

export function renderTask(given: Task, settings: RenderSettings): Rendered {
  const task = given.kind === 'line' ? taskFromLine(given, given.input, settings.ndjson) : given;
  const debug: string[] = [];
  const record: OutputRecord =
    task.kind === 'failed'
      ? errorRecord(task.source, task.error)
      : recordFromDecoded(
          { ok: true, text: task.text, warnings: task.decodeWarnings },
          {
            source: task.source,
            date: task.date,
            dateFrom: task.dateFrom,
            dateField: task.dateField,
            debug: settings.debug ? (line) => debug.push(`${task.source ?? '-'}: ${line}`) : undefined,
          },
        );
  const failed = isErrorRecord(record);
  const shown = settings.fields && !failed ? pickFields(record, settings.fields) : record;
  return {
    source: task.source,
    line: `${serialiseRecord(shown as OutputRecord, settings.pretty)}\n`,
    failure: failed ? { source: record.source, code: record.error.code, message: record.error.message } : null,
    debug,
  };
}

/** The records for a chunk of NDJSON lines, in order, each as soon as it is made; blank lines have none. */
export function* renderChunk(chunk: LineChunk, settings: RenderSettings): Generator<Rendered> {
  for (const line of linesOf(chunk)) {
    if (isBlank(line)) continue;
    yield renderTask(
      line.ok
        ? { kind: 'line', text: line.text, number: line.number, input: chunk.input }
        : { kind: 'failed', source: `${chunk.input}:${line.number}`, error: line.error },
      settings,
    );
  }
}
