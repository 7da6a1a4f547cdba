// From what the CLI read (a file's or standard input's bytes, or why they could not be read) to
// the one record printed in its place. Shared by extract, check and show, so that a fixture's
// expected output is exactly what `wirecut FILE` prints for it (apart from `source`). The
// decoding and extraction are the library's (src/records.ts); this only adds reading's failures.
// It does not read files (read-input.ts) or print anything.

import { type DecodedInput, decodeInput, type RecordOptions, recordFromDecoded } from '../records.js';
import type { OutputRecord } from '../types.js';
import type { ReadResult } from './read-input.js';

export function decodeRead(read: ReadResult): DecodedInput {
  return read.ok ? decodeInput(read.bytes) : read;
}

/** Decodes bytes read from a file or stdin, then extracts; decode warnings come first. */
export function recordFromRead(read: ReadResult, options: RecordOptions): OutputRecord {
  return recordFromDecoded(decodeRead(read), options);
}
