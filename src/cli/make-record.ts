// From an input's bytes or text to the one record printed in its place: an article, or an
// error record saying why not. Shared by extract, check and show, so that a fixture's expected
// output is exactly what `wirecut FILE` prints for it (apart from `source`).
// It does not read files (read-input.ts) or print anything.

import { type ArticleRecord, decodeBytes, type ErrorRecord, extract, type OutputRecord, type Warning } from '../index.js';
import type { InputError, ReadResult } from './read-input.js';

export interface RecordOptions {
  source: string | null;
  /** Reference date (YYYY-MM-DD) for datelines without a year. */
  date: string | null;
  /** Where `date` came from: the `--date` option or the NDJSON record's date field. */
  dateFrom?: 'option' | 'record';
  /** The NDJSON field the date was read from. */
  dateField?: string | null;
  debug?: ((line: string) => void) | undefined;
}

export function errorRecord(source: string | null, error: InputError): ErrorRecord {
  return { source, error: { code: error.code, message: error.message } };
}

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}

/** An input's text as the library decoded it (offsets point into this), or why it has none. */
export type DecodedInput = { ok: true; text: string; warnings: Warning[] } | { ok: false; error: InputError };

export function decodeRead(read: ReadResult): DecodedInput {
  if (!read.ok) return read;
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return { ok: false, error: { code: decoded.code, message: decoded.message } };
  return { ok: true, text: decoded.text, warnings: decoded.warnings };
}

/** Decodes bytes read from a file or stdin, then extracts; decode warnings come first. */
export function recordFromRead(read: ReadResult, options: RecordOptions): OutputRecord {
  return recordFromDecoded(decodeRead(read), options);
}

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
