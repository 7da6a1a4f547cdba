// wirecut as a library: pure, synchronous, no I/O. The CLI in src/cli/ is a thin shell over it.

export { extract } from './extract.js';
export { recordSchema } from './schema.js';
export { pickFields, serialiseRecord } from './serialise.js';
export { type Decoded, decodeBytes, dropBom } from './text/decode.js';
export { normaliseText } from './text/normalise.js';
export type * from './types.js';
