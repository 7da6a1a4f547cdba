// The people tagger's weights: a table of feature hashes and two weights per feature (for
// the tags B and I of a name; O is the zero every score is measured from), and the weights of
// tag transitions. Kept as bytes so that loading is a copy and three views, not a parse:
//
//   0   "WCT1"
//   4   slots (u32): the table's length, a power of two
//   8   scale (f32): weights are integers in units of 1/scale
//   12  transitions (9 x f32): [from O, B, I][to O, B, I], in the same units
//   48  keys (slots x u32): feature hashes, open addressing with linear probing, 0 = empty
//   ..  weights (slots x 2 x i16): B then I for each slot
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

const MAGIC = 0x31544357; // "WCT1" read little-endian
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

/** Builds a model from feature weights (hash -> [B, I], already in units) and transitions. */
export function buildModel(features: Map<number, [number, number]>, transitions: Float32Array, scale: number): TaggerModel {
  let slots = 16;
  while (features.size > slots * MAX_LOAD) slots *= 2;
  const keys = new Uint32Array(slots);
  const weights = new Int16Array(slots * 2);
  const model = { keys, weights, transitions, scale, mask: slots - 1 };
  // In key order, so that the same weights always give the same table.
  for (const key of [...features.keys()].sort((a, b) => a - b)) {
    const [b, i] = features.get(key) as [number, number];
    let s = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      s &= model.mask;
      if (keys[s] === 0) break;
      s++;
    }
    keys[s] = key;
    weights[2 * s] = b;
    weights[2 * s + 1] = i;
  }
  return model;
}

export function encodeModel(m: TaggerModel): Uint8Array {
  const slots = m.keys.length;
  const bytes = new Uint8Array(HEADER_BYTES + slots * 4 + slots * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, slots, true);
  view.setFloat32(8, m.scale, true);
  for (let k = 0; k < 9; k++) view.setFloat32(12 + 4 * k, m.transitions[k] as number, true);
  let at = HEADER_BYTES;
  for (let s = 0; s < slots; s++, at += 4) view.setUint32(at, m.keys[s] as number, true);
  for (let s = 0; s < 2 * slots; s++, at += 2) view.setInt16(at, m.weights[s] as number, true);
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeModel(input: Uint8Array): TaggerModel {
  // A copy of its own, so that the views below start where their type needs.
  const bytes = new Uint8Array(input.length);
  bytes.set(input);
  const view = new DataView(bytes.buffer);
  if (bytes.length < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error('not a wirecut tagger model');
  const slots = view.getUint32(4, true);
  if (bytes.length !== HEADER_BYTES + slots * 8) throw new Error('tagger model has the wrong length');
  const scale = view.getFloat32(8, true);
  const transitions = new Float32Array(9);
  for (let k = 0; k < 9; k++) transitions[k] = view.getFloat32(12 + 4 * k, true);
  let keys: Uint32Array;
  let weights: Int16Array;
  if (LITTLE_ENDIAN) {
    keys = new Uint32Array(bytes.buffer, HEADER_BYTES, slots);
    weights = new Int16Array(bytes.buffer, HEADER_BYTES + slots * 4, slots * 2);
  } else {
    keys = new Uint32Array(slots);
    weights = new Int16Array(slots * 2);
    for (let s = 0; s < slots; s++) keys[s] = view.getUint32(HEADER_BYTES + 4 * s, true);
    for (let s = 0; s < 2 * slots; s++) weights[s] = view.getInt16(HEADER_BYTES + slots * 4 + 2 * s, true);
  }
  return { keys, weights, transitions, scale, mask: slots - 1 };
}

let committed: TaggerModel | null = null;

/** The committed model, decoded on first use (a run that extracts nothing never pays for it). */
export function peopleModel(): TaggerModel {
  committed ??= decodeModel(Buffer.from(PEOPLE_TAGGER_WEIGHTS, 'base64'));
  return committed;
}
