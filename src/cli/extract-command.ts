// `wirecut [options] [FILE...]`: one record per input, in input order, written as soon as it
// is made. Text inputs are read whole (up to --max-bytes); NDJSON inputs are streamed line by
// line, so hundreds of MB go through in flat memory. Every failure becomes an error record in
// the input's place: N inputs, N records. It does not parse the command line (main.ts does).

import { resolve } from 'node:path';
import { type OutputRecord, pickFields, serialiseRecord } from '../index.js';
import type { CliIo } from './io.js';
import { errorRecord, isErrorRecord, recordFromRead, recordFromText } from './make-record.js';
import { type Jobs, leadingIsoDate } from './options.js';
import { Output } from './output.js';
import {
  describeFsError,
  type InputError,
  type Line,
  openInputFile,
  readFileLimited,
  readStreamLimited,
  splitLines,
} from './read-input.js';

export interface ExtractSettings {
  /** Input names as the user gave them; "-" is standard input. Never empty. */
  files: readonly string[];
  pretty: boolean;
  from: 'text' | 'ndjson';
  /** NDJSON field holding the story; null: the first of DEFAULT_TEXT_FIELDS that holds a string. */
  textField: string | null;
  idField: string;
  /** Top-level fields to keep; null keeps all. Error records are always printed whole. */
  fields: readonly string[] | null;
  date: string | null;
  /** Accepted for the contract; inputs are processed in order in this process for now. */
  jobs: Jobs;
  debug: boolean;
  maxBytes: number;
  quiet: boolean;
}

/** Where NDJSON feeds usually keep the story, in the order they are tried. */
export const DEFAULT_TEXT_FIELDS = ['text', 'body', 'content', 'story'] as const;

const STDIN = '-';

export async function runExtract(io: CliIo, settings: ExtractSettings): Promise<number> {
  const output = new Output(io.stdout);
  let failed = 0;
  if (settings.debug) io.stderr.write(`wirecut: jobs=${String(settings.jobs)}; processing inputs in order in this process\n`);
  if (settings.files.includes(STDIN) && io.stdinIsTTY && !settings.quiet) {
    io.stderr.write('wirecut: reading standard input (end with Ctrl-D)\n');
  }
  try {
    for await (const record of produceRecords(io, settings)) {
      if (isErrorRecord(record)) {
        failed++;
        if (!settings.quiet) io.stderr.write(`wirecut: ${record.source ?? STDIN}: ${record.error.message} (${record.error.code})\n`);
      }
      const shown = settings.fields && !isErrorRecord(record) ? pickFields(record, settings.fields) : record;
      // pickFields keeps a subset of a record's own fields; the serialiser only needs plain JSON.
      if (!(await output.write(`${serialiseRecord(shown as OutputRecord, settings.pretty)}\n`))) break;
    }
  } finally {
    await output.end();
  }
  if (output.failure) {
    io.stderr.write(`wirecut: cannot write output: ${output.failure.message}\n`);
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

async function* produceRecords(io: CliIo, settings: ExtractSettings): AsyncGenerator<OutputRecord> {
  for (const input of settings.files) {
    if (settings.from === 'ndjson') {
      yield* recordsFromNdjson(io, input, settings);
    } else {
      const source = input === STDIN ? null : input;
      const read =
        input === STDIN
          ? await readStreamLimited(io.stdin, settings.maxBytes)
          : await readFileLimited(resolve(io.cwd, input), settings.maxBytes);
      yield recordFromRead(read, { source, date: settings.date, debug: debugFor(io, settings, source) });
    }
  }
}

async function* recordsFromNdjson(io: CliIo, input: string, settings: ExtractSettings): AsyncGenerator<OutputRecord> {
  let stream: AsyncIterable<unknown> = io.stdin;
  let close = async (): Promise<void> => {};
  if (input !== STDIN) {
    const opened = await openInputFile(resolve(io.cwd, input));
    if (!opened.ok) {
      yield errorRecord(input, opened.error);
      return;
    }
    stream = opened.handle.createReadStream();
    close = () => opened.handle.close().catch(() => undefined);
  }
  try {
    for await (const line of splitLines(stream, settings.maxBytes)) {
      if (line.ok && line.text.trim() === '') continue;
      yield recordFromLine(io, line, input, settings);
    }
  } catch (error) {
    // The file went bad part-way (e.g. an I/O error): say so in one more record, then go on.
    yield errorRecord(input, describeFsError(error));
  } finally {
    await close();
  }
}

function recordFromLine(io: CliIo, line: Line, input: string, settings: ExtractSettings): OutputRecord {
  const lineSource = `${input}:${line.number}`;
  if (!line.ok) return errorRecord(lineSource, line.error);
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return errorRecord(lineSource, { code: 'invalid-json', message: `line ${line.number} is not valid JSON: ${detail}` });
  }
  if (!isPlainObject(value)) {
    return errorRecord(lineSource, { code: 'not-an-object', message: `line ${line.number} is ${describeJson(value)}, not a JSON object` });
  }
  const id = value[settings.idField];
  const source = (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : lineSource;
  const text = pickText(value, settings.textField);
  if (typeof text !== 'string') return errorRecord(source, text);
  const date = settings.date ?? leadingIsoDate(value.date);
  const dateFrom = settings.date ? 'option' : 'record';
  return recordFromText(text, { source, date, dateFrom, debug: debugFor(io, settings, source) });
}

function pickText(value: Record<string, unknown>, textField: string | null): string | InputError {
  if (textField !== null) {
    const text = value[textField];
    if (typeof text === 'string') return text;
    const problem = text === undefined ? 'has no' : `has a non-text (${describeJson(text)})`;
    return { code: 'missing-text', message: `record ${problem} "${textField}" field` };
  }
  for (const field of DEFAULT_TEXT_FIELDS) {
    const text = value[field];
    if (typeof text === 'string') return text;
  }
  return { code: 'missing-text', message: `record has none of the text fields ${DEFAULT_TEXT_FIELDS.join(', ')} (see --text-field)` };
}

function debugFor(io: CliIo, settings: ExtractSettings, source: string | null): ((line: string) => void) | undefined {
  if (!settings.debug) return undefined;
  const prefix = `${source ?? STDIN}: `;
  return (line) => {
    io.stderr.write(`${prefix + line}\n`);
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
