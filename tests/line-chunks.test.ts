// NDJSON lines read in chunks: however the stream cuts the bytes (in a multi-byte character, in
// a CRLF, in a line over the limit), reading then splitting gives the lines a plain split of
// the whole input gives, with the same numbers, errors and order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Line, lineChunks, linesOf } from '../src/cli/input/line-chunks.js';

const encoder = new TextEncoder();

/** The lines of a whole input, the simple way: what reading in chunks must reproduce. */
function plainLines(bytes: Uint8Array, maxLineBytes: number): Line[] {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, from)) {
    parts.push(bytes.subarray(from, at));
    from = at + 1;
  }
  if (from < bytes.length) parts.push(bytes.subarray(from));
  return parts.map((part, i): Line => {
    const number = i + 1;
    if (part.length > maxLineBytes)
      return { number, ok: false, error: { code: 'too-large', message: expect.any(String) as unknown as string } };
    const end = part.at(-1) === 13 ? part.length - 1 : part.length;
    try {
      const text = decoder.decode(part.subarray(0, end));
      return { number, ok: true, text: number === 1 ? text.replace(/^\uFEFF/, '') : text };
    } catch {
      return { number, ok: false, error: { code: 'invalid-utf8', message: 'line is not valid UTF-8' } };
    }
  });
}

/**
 * Reads `bytes` as a stream cut at `cuts`, and splits the chunks back into lines. The stream
 * hands out views of one buffer it overwrites for each block, as a stream may.
 */
async function chunkedLines(bytes: Uint8Array, cuts: number[], maxLineBytes: number): Promise<Line[]> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
  const reused = new Uint8Array(bytes.length);
  async function* stream(): AsyncGenerator<Uint8Array> {
    for (const piece of pieces) {
      reused.fill(0x2a);
      reused.set(piece);
      yield reused.subarray(0, piece.length);
    }
  }
  const lines: Line[] = [];
  for await (const item of lineChunks(stream(), 'feed.ndjson', maxLineBytes)) {
    if (item.kind === 'chunk') lines.push(...linesOf(item.chunk));
    else lines.push({ number: item.number, ok: false, error: item.error });
  }
  return lines;
}

const PIECES = ['{"text":"a"}', 'é', '€', '😀', '\n', '\r\n', '\r', ' ', '\uFEFF', 'x'.repeat(40), '\n\n'];
const input = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => encoder.encode(p.join(''))),
  fc.uint8Array({ maxLength: 200 }),
  fc
    .array(fc.constantFrom(...PIECES), { maxLength: 20 })
    .map((p) => Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode(p.join('')), 0xff, 0x0a, 0x41])),
);

describe('lineChunks and linesOf', () => {
  it('give the lines of a plain split, wherever the stream cuts the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.array(fc.nat({ max: 400 }), { maxLength: 8 }), fc.constantFrom(10, 50, 1000), async (bytes, cuts, max) => {
        expect(await chunkedLines(bytes, cuts, max)).toEqual(plainLines(bytes, max));
      }),
      { numRuns: 1000 },
    );
  });

  it('number a line over the limit in its place and keep none of its bytes', async () => {
    const bytes = encoder.encode(`{"a":1}\n${'y'.repeat(5000)}\n{"b":2}`);
    const items = [];
    async function* stream(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 700) yield bytes.slice(i, i + 700);
    }
    for await (const item of lineChunks(stream(), 'f', 100)) items.push(item);
    expect(items.map((item) => (item.kind === 'chunk' ? [...linesOf(item.chunk)].map((l) => l.number) : `bad ${item.number}`))).toEqual([
      [1],
      'bad 2',
      [3],
    ]);
    for (const item of items) if (item.kind === 'chunk') expect(item.chunk.bytes.length).toBeLessThan(100);
  });
});
