// Turns the bytes of one input into text, or says why it cannot.
// Handles: UTF-8 (with or without BOM), UTF-16 with a BOM, legacy Windows-1252 text.
// Refuses: binary data (NUL bytes, control characters). It does not repair mojibake inside
// valid UTF-8; that is the normaliser's job, with offsets kept.

import { createRequire } from 'node:module';
import type { Warning } from '../types.js';

export type Decoded = { ok: true; text: string; warnings: Warning[] } | { ok: false; code: 'binary' | 'invalid-utf8'; message: string };

/** Share of control characters (other than tab, LF, CR, FF) above which input is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Above this share of high bytes, invalid UTF-8 is not Windows-1252 text (which is mostly ASCII). */
const MAX_HIGH_SHARE = 0.3;
const MIN_BYTES_TO_JUDGE = 32;
/** How many leading bytes are sniffed for binary data. */
const SNIFF_BYTES = 8192;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });
// Node's TextDecoder reads 'windows-1252' as Latin-1 (0x80-0x9F become C1 controls, not € “ ”),
// so the legacy fallback uses iconv-lite, loaded only when an input needs it.
const require = createRequire(import.meta.url);
const cp1252 = {
  decode: (bytes: Uint8Array): string => (require('iconv-lite') as typeof import('iconv-lite')).decode(Buffer.from(bytes), 'win1252'),
};

/** Share of bytes 0x80-0xFF, among the sniffed ones that are not white space. */
function highShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let high = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 32 || b === 9 || b === 10 || b === 13) continue;
    counted++;
    if (b >= 0x80) high++;
  }
  // Too few bytes to judge (a word or two of punctuation): give them the benefit of the doubt.
  return counted < MIN_BYTES_TO_JUDGE ? 0 : high / counted;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** Decodes one input's bytes. Never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(utf16le, bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(utf16be, bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) {
    return { ok: false, code: 'binary', message: 'input looks like binary data (NUL or control bytes), not text' };
  }
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8. Old feeds are often Windows-1252: mostly ASCII with a few accents and curly
    // quotes. Bytes that are mostly high are neither: another encoding, or not text at all.
    if (highShare(bytes) > MAX_HIGH_SHARE) {
      return { ok: false, code: 'invalid-utf8', message: 'input is not valid UTF-8 and does not read as Windows-1252 text' };
    }
    return {
      ok: true,
      text: cp1252.decode(bytes),
      warnings: [{ code: 'decoded-as-windows-1252', message: 'input is not valid UTF-8; decoded as Windows-1252' }],
    };
  }
}

function decodeWith(decoder: { decode(b: Uint8Array): string }, bytes: Uint8Array, name: string): Decoded {
  try {
    const text = decoder.decode(bytes);
    return {
      ok: true,
      text,
      warnings: [{ code: `decoded-as-${name}`, message: `input has a ${name} byte-order mark; decoded as ${name}` }],
    };
  } catch {
    return { ok: false, code: 'invalid-utf8', message: `input has a ${name} byte-order mark but is not valid ${name}` };
  }
}

/** Drops a leading U+FEFF left in text that arrived already decoded (NDJSON fields). */
export function dropBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
