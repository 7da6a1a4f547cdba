// From what the CLI read to the one record given in its place: an article, or an error record
// saying why not. Shared by check and show, so that a fixture's expected output is exactly what
// `wirecut FILE` prints for it (apart from `source`). The extraction is the library's
// (src/records.ts). It does not read files (input/read.ts) or print anything.

import { type RecordOptions, recordFromDecoded } from '../../records.js';
import type { OutputRecord } from '../../types.js';
import { decodeRead } from '../input/decode.js';
import type { ReadResult } from '../input/read.js';

/** Decodes bytes read from a file or stdin, then extracts; decode warnings come first. */
export function recordFromRead(read: ReadResult, options: RecordOptions): OutputRecord {
  return recordFromDecoded(decodeRead(read), options);
}
