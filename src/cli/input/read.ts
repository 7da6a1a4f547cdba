// Reads the bytes of one input (a file or standard input), never more than a size limit, and
// turns every way that can fail into an input error with a stable code.
// It does not decode whole texts (decodeBytes in the library does), split NDJSON lines
// (line-chunks.ts does) or parse JSON.

import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputError } from '../../story.js';

export type { InputError, InputErrorCode } from '../../story.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: InputError };

/** Read size for files and pipes: large enough to be fast, small enough to stop near the limit. */
const CHUNK_BYTES = 64 * 1024;

/** Maps a Node file-system error to an input error, keeping the system's wording in the message. */
export function describeFsError(error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not-found', message: 'no such file' };
    case 'EISDIR':
      return { code: 'is-directory', message: 'is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission-denied', message: 'permission denied' };
    default:
      return { code: 'read-error', message: `cannot read: ${detail}` };
  }
}

export function tooLarge(maxBytes: number): InputError {
  return { code: 'too-large', message: `input is larger than the limit of ${maxBytes} bytes (see --max-bytes)` };
}

/** Opens a file for reading, refusing directories up front (open() succeeds on them on Linux). */
export async function openInputFile(path: string): Promise<{ ok: true; handle: FileHandle } | { ok: false; error: InputError }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  try {
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      return { ok: false, error: describeFsError({ code: 'EISDIR' }) };
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    return { ok: false, error: describeFsError(error) };
  }
  return { ok: true, handle };
}

/** Reads a whole file, or fails with too-large as soon as it passes maxBytes (pipes too). */
export async function readFileLimited(path: string, maxBytes: number): Promise<ReadResult> {
  const opened = await openInputFile(path);
  if (!opened.ok) return opened;
  const { handle } = opened;
  try {
    const { size, isFile } = await handle.stat().then((stat) => ({ size: stat.size, isFile: stat.isFile() }));
    if (isFile && size > maxBytes) return { ok: false, error: tooLarge(maxBytes) };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, error: tooLarge(maxBytes) };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { ok: true, bytes: concatBytes(chunks, total) };
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a whole stream (standard input), stopping as soon as it passes maxBytes. */
export async function readStreamLimited(stream: Readable, maxBytes: number): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = toBytes(chunk);
      total += bytes.length;
      // Leaving the loop destroys the stream: an endless producer (`yes | wirecut`) ends here.
      if (total > maxBytes) return { ok: false, error: tooLarge(maxBytes) };
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  return { ok: true, bytes: concatBytes(chunks, total) };
}

/** A stream's chunk as bytes (a string chunk is encoded as UTF-8). */
export function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  return Buffer.from(String(chunk), 'utf8');
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  return copyBytes(chunks, total);
}

/** The parts joined into a new buffer of exactly `total` bytes, even when there is one part. */
export function copyBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
