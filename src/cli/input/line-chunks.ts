// NDJSON input in chunks of whole lines. The reading side cuts each block the stream gives
// (64 kB from a file) at its last line end, counting lines but decoding nothing; the rendering side
// (a worker, or the main thread with --jobs 1) splits a chunk into lines and decodes each.
// The reading side holds at most one chunk and one unfinished line: a line longer than the
// limit is reported as too-large and its bytes are dropped as they arrive, so memory stays
// flat whatever the input. Line numbers, blank lines, a CR before the newline and a BOM on the
// first line are handled as for any text line.

import { dropBom } from '../../index.js';
import { copyBytes, type InputError, toBytes, tooLarge } from './read.js';

/** One NDJSON line: its 1-based number and text, or why it cannot be read. */
export type Line = { number: number; ok: true; text: string } | { number: number; ok: false; error: InputError };

/** Whole lines of one NDJSON input, as bytes. Plain data: it is sent to workers. */
export interface LineChunk {
  /** The lines, each ending in "\n" but perhaps the input's last. */
  bytes: Uint8Array;
  /** The 1-based number of its first line. */
  firstNumber: number;
  /** The input's name, for FILE:LINE sources. */
  input: string;
}

/** What reading yields: a chunk of lines, or a line that could not be kept. */
export type ChunkItem = { kind: 'chunk'; chunk: LineChunk } | { kind: 'bad-line'; number: number; error: InputError };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Cuts a byte stream into chunks of whole lines. A line of more than maxLineBytes (not counting
 * its line end) becomes a bad-line item in its place. Pulls from the stream only as fast as the
 * consumer takes chunks.
 */
export async function* lineChunks(stream: AsyncIterable<unknown>, input: string, maxLineBytes: number): AsyncGenerator<ChunkItem> {
  /** Whole lines not yet sent, the first of them numbered firstNumber. */
  let lines: Uint8Array[] = [];
  let linesBytes = 0;
  let firstNumber = 1;
  /** The line being read: its bytes so far, unless it is already too long. */
  let tail: Uint8Array[] = [];
  let tailBytes = 0;
  let oversized = false;
  /** Lines finished so far. */
  let number = 0;

  const take = (): ChunkItem => {
    const item: ChunkItem = { kind: 'chunk', chunk: { bytes: copyBytes(lines, linesBytes), firstNumber, input } };
    lines = [];
    linesBytes = 0;
    firstNumber = number + 1;
    return item;
  };
  /**
   * Ends the line being read, with `piece` its last bytes (and `lineEnd` bytes of line end):
   * into the lines to send, or, when too long, a bad-line item with the lines before it sent first.
   */
  function* endLine(piece: Uint8Array, lineEnd: number): Generator<ChunkItem> {
    number++;
    const tooLong = oversized || tailBytes + piece.length - lineEnd > maxLineBytes;
    if (!tooLong) {
      lines.push(...tail, piece);
      linesBytes += tailBytes + piece.length;
    }
    tail = [];
    tailBytes = 0;
    oversized = false;
    if (!tooLong) return;
    if (linesBytes > 0) yield take();
    firstNumber = number + 1;
    yield { kind: 'bad-line', number, error: tooLarge(maxLineBytes) };
  }

  for await (const chunk of stream) {
    const bytes = toBytes(chunk);
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, from)) {
      yield* endLine(bytes.subarray(from, at + 1), 1);
      from = at + 1;
    }
    if (!oversized && from < bytes.length) {
      tailBytes += bytes.length - from;
      if (tailBytes > maxLineBytes) {
        oversized = true;
        tail = [];
        tailBytes = 0;
      } else {
        // A copy (Buffer.slice would be a view): it outlives this block of the stream.
        tail.push(new Uint8Array(bytes.subarray(from)));
      }
    }
    // Whatever lines are whole go on now: a slow producer's stories are not held back.
    if (linesBytes > 0) yield take();
  }
  if (tailBytes > 0 || oversized) yield* endLine(new Uint8Array(0), 0);
  if (linesBytes > 0) yield take();
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A blank line: it gives no record (a line that cannot be decoded is never blank). */
export const isBlank = (line: Line): boolean => line.ok && line.text.trim() === '';

/** A chunk's lines, decoded, in order (blank ones included: callers skip them with isBlank). */
export function* linesOf(chunk: LineChunk): Generator<Line> {
  const { bytes } = chunk;
  let number = chunk.firstNumber;
  for (let start = 0; start < bytes.length; number++) {
    const newline = bytes.indexOf(NEWLINE, start);
    let end = newline === -1 ? bytes.length : newline;
    if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--;
    const line = bytes.subarray(start, end);
    start = newline === -1 ? bytes.length : newline + 1;
    let text: string;
    try {
      text = decoder.decode(line);
    } catch {
      yield { number, ok: false, error: { code: 'invalid-utf8', message: 'line is not valid UTF-8' } };
      continue;
    }
    yield { number, ok: true, text: number === 1 ? dropBom(text) : text };
  }
}
