// The one serialiser for records: the CLI and `wirecut check --update` both use it, so a
// fixture's expected output is byte-for-byte what the CLI prints.

import type { OutputRecord } from './types.js';

/** Compact JSON on one line (NDJSON) or indented with two spaces. */
export function serialiseRecord(record: OutputRecord, pretty: boolean): string {
  return pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
}

/** Keeps only the named top-level fields, in the record's own order. */
export function pickFields(record: OutputRecord, fields: readonly string[]): Record<string, unknown> {
  const keep = new Set(fields);
  return Object.fromEntries(Object.entries(record).filter(([k]) => keep.has(k)));
}
