// The people tagger's weights: a table of feature hashes and two weights per feature (for
// the tags B and I of a name; O is the zero every score is measured from), and the weights of
// tag transitions. Stored as the features alone, in key order, and laid out on load into an
// open-addressed table (25,000 insertions from typed arrays: a few milliseconds, cold):
//
//   0   "WCT2"
//   4   features (u32)
//   8   scale (f32): weights are integers in units of 1/scale
//   12  transitions (9 x f32): [from O, B, I][to O, B, I], in the same units
//   48  keys (features x u32), ascending
//   ..  weights (features x 2 x i16): B then I for each key
//
// All little-endian. The committed model is src/data/models/people-tagger.ts (base64 of these
// bytes and a header saying how it was trained); `npm run train` writes it. Not here: the
// features (features.ts), decoding (tagger.ts), training (train.ts).

import { PEOPLE_TAGGER_WEIGHTS } from '../data/models/people-tagger.js';

export interface TaggerModel {
  readonly keys: Uint32Array;
  /** B and I weights per slot, relative to O. */
  readonly weights: Int16Array;
  /** [from][to] over O, B, I. */
  readonly transitions: Float32Array;
  readonly scale: number;
  /** keys.length - 1 */
  readonly mask: number;
}

const MAGIC = 0x32544357; // "WCT2" read little-endian
const HEADER_BYTES = 48;
/** Most of the table a model fills: lookups stay short. */
const MAX_LOAD = 0.7;

/** Where `key` sits in the table, or -1. */
export function slotOf(m: TaggerModel, key: number): number {
  let s = Math.imul(key, 0x9e3779b1) >>> 0;
  for (;;) {
    s &= m.mask;
    const k = m.keys[s] as number;
    if (k === key) return s;
    if (k === 0) return -1;
    s++;
  }
}

/** An empty table for `count` features: a power of two, at most MAX_LOAD full. */
function emptyModel(count: number, transitions: Float32Array, scale: number): TaggerModel {
  let slots = 16;
  while (count > slots * MAX_LOAD) slots *= 2;
  return { keys: new Uint32Array(slots), weights: new Int16Array(slots * 2), transitions, scale, mask: slots - 1 };
}

/** Puts a feature into the table (keys must be put in ascending order for the same table every time). */
function put(m: TaggerModel, key: number, b: number, i: number): void {
  let s = Math.imul(key, 0x9e3779b1) >>> 0;
  for (;;) {
    s &= m.mask;
    if (m.keys[s] === 0) break;
    s++;
  }
  m.keys[s] = key;
  m.weights[2 * s] = b;
  m.weights[2 * s + 1] = i;
}

/** Builds a model from feature weights (hash -> [B, I], already in units) and transitions. */
export function buildModel(features: Map<number, [number, number]>, transitions: Float32Array, scale: number): TaggerModel {
  const model = emptyModel(features.size, transitions, scale);
  for (const key of [...features.keys()].sort((a, b) => a - b)) {
    const [b, i] = features.get(key) as [number, number];
    put(model, key, b, i);
  }
  return model;
}

export function encodeModel(m: TaggerModel): Uint8Array {
  const slots: number[] = [];
  for (let s = 0; s < m.keys.length; s++) if (m.keys[s] !== 0) slots.push(s);
  slots.sort((a, b) => (m.keys[a] as number) - (m.keys[b] as number));
  const n = slots.length;
  const bytes = new Uint8Array(HEADER_BYTES + n * 8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, n, true);
  view.setFloat32(8, m.scale, true);
  for (let k = 0; k < 9; k++) view.setFloat32(12 + 4 * k, m.transitions[k] as number, true);
  slots.forEach((s, k) => {
    view.setUint32(HEADER_BYTES + 4 * k, m.keys[s] as number, true);
    view.setInt16(HEADER_BYTES + 4 * n + 4 * k, m.weights[2 * s] as number, true);
    view.setInt16(HEADER_BYTES + 4 * n + 4 * k + 2, m.weights[2 * s + 1] as number, true);
  });
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeModel(input: Uint8Array): TaggerModel {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  if (input.length < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error('not a wirecut tagger model');
  const n = view.getUint32(4, true);
  if (input.length !== HEADER_BYTES + n * 8) throw new Error('tagger model has the wrong length');
  const transitions = new Float32Array(9);
  for (let k = 0; k < 9; k++) transitions[k] = view.getFloat32(12 + 4 * k, true);
  const model = emptyModel(n, transitions, view.getFloat32(8, true));
  if (LITTLE_ENDIAN) {
    // A copy of its own, so that the views start where their types need.
    const bytes = input.slice(HEADER_BYTES);
    const keys = new Uint32Array(bytes.buffer, 0, n);
    const weights = new Int16Array(bytes.buffer, 4 * n, 2 * n);
    for (let k = 0; k < n; k++) put(model, keys[k] as number, weights[2 * k] as number, weights[2 * k + 1] as number);
  } else {
    for (let k = 0; k < n; k++) {
      const at = HEADER_BYTES + 4 * n + 4 * k;
      put(model, view.getUint32(HEADER_BYTES + 4 * k, true), view.getInt16(at, true), view.getInt16(at + 2, true));
    }
  }
  return model;
}

let committed: TaggerModel | null = null;

/** The committed model, decoded on first use (a run that extracts nothing never pays for it). */
export function peopleModel(): TaggerModel {
  committed ??= decodeModel(Buffer.from(PEOPLE_TAGGER_WEIGHTS, 'base64'));
  return committed;
}
