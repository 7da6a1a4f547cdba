// One task in input order, and how it becomes the line printed for it. The same function runs
// in the main thread (--jobs 1) and in worker threads (--jobs N), so the output is
// byte-identical whichever runs it. It does not read input or write output.

import { isErrorRecord, recordFromStory } from '../../records.js';
import { pickFields, serialiseRecord } from '../../serialise.js';
import { type StoryFields, storyFromLine } from '../../story.js';
import type { OutputRecord } from '../../types.js';
import type { Task } from '../input/inputs.js';
import { isBlank, type LineChunk, linesOf } from '../input/line-chunks.js';

export type { Task } from '../input/inputs.js';

export interface RenderSettings {
  pretty: boolean;
  fields: readonly string[] | null;
  debug: boolean;
  ndjson: StoryFields;
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
  const task = given.kind === 'line' ? storyFromLine(given, given.input, settings.ndjson) : given;
  const debug: string[] = [];
  const record: OutputRecord = recordFromStory(task, settings.debug ? (line) => debug.push(`${task.source ?? '-'}: ${line}`) : undefined);
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
