// What was read (a file's or standard input's bytes, or why they could not be read) as decoded
// text, or the error that stands in its place. The decoding is the library's (src/records.ts);
// this only carries reading's failures through. It does not read (read.ts) or extract.

import { type DecodedInput, decodeInput } from '../../records.js';
import type { ReadResult } from './read.js';

export function decodeRead(read: ReadResult): DecodedInput {
  return read.ok ? decodeInput(read.bytes) : read;
}
