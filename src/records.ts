// From a story to the one record given in its place: an article, or an error record saying why
// not. Shared by the CLI's commands (extract, check, show; main thread and --jobs workers) and
// by extractStream, so that a story gives the same record whichever of them runs it.
// Pure and synchronous. It does not read (the CLI does) or serialise (serialise.ts).

import { extract } from './extract.js';
import type { InputError, Story } from './story.js';
import { decodeBytes } from './text/decode.js';
import type { ArticleRecord, ErrorRecord, OutputRecord, Warning } from './types.js';

export interface RecordOptions {
  source: string | null;
  /** Reference date (YYYY-MM-DD) for datelines without a year. */
  date: string | null;
  /** Where `date` came from: the `--date` option or the NDJSON record's date field. */
  dateFrom?: 'option' | 'record';
  /** The record field the date was read from. */
  dateField?: string | null;
  debug?: ((line: string) => void) | undefined;
}

export function errorRecord(source: string | null, error: InputError): ErrorRecord {
  return { source, error: { code: error.code, message: error.message } };
}

/** True for the record given in place of an input that could not be extracted. */
export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}

/** An input's text as the library decoded it (offsets point into this), or why it has none. */
export type DecodedInput = { ok: true; text: string; warnings: Warning[] } | { ok: false; error: InputError };

/** The bytes of one input (a file, standard input) decoded, or the error that stands for them. */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { code: decoded.code, message: decoded.message } };
  return { ok: true, text: decoded.text, warnings: decoded.warnings };
}

/** Extracts from decoded text; decode warnings come first. */
export function recordFromDecoded(decoded: DecodedInput, options: RecordOptions): OutputRecord {
  if (!decoded.ok) return errorRecord(options.source, decoded.error);
  const record = recordFromText(decoded.text, options);
  if (!isErrorRecord(record) && decoded.warnings.length > 0) record.warnings = [...decoded.warnings, ...record.warnings];
  return record;
}

/** Extracts from decoded text. A library bug becomes this input's error record, not a crash of the batch. */
export function recordFromText(text: string, options: RecordOptions): ArticleRecord | ErrorRecord {
  try {
    return extract(text, {
      source: options.source,
      date: options.date,
      dateFrom: options.dateFrom ?? 'option',
      dateField: options.dateField ?? null,
      ...(options.debug ? { debug: options.debug } : {}),
    });
  } catch (error) {
    options.debug?.(`extract threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const detail = error instanceof Error ? error.message : String(error);
    return errorRecord(options.source, { code: 'internal-error', message: `extraction failed: ${detail}` });
  }
}

/** A story's record: its article, or its error record. */
export function recordFromStory(story: Story, debug?: (line: string) => void): OutputRecord {
  if (story.kind === 'failed') return errorRecord(story.source, story.error);
  return recordFromDecoded(
    { ok: true, text: story.text, warnings: story.decodeWarnings },
    { source: story.source, date: story.date, dateFrom: story.dateFrom, dateField: story.dateField, debug },
  );
}
