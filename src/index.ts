// wirecut as a library: pure, no I/O, no `process`. `extract` is synchronous; `extractStream`
// is async only because its input may be. The CLI in src/cli/ is a thin shell over it.

export { extract } from './extract.js';
export { isErrorRecord } from './records.js';
export { recordSchema } from './schema.js';
export { pickFields, serialiseRecord } from './serialise.js';
export { DEFAULT_TEXT_FIELDS, type InputError, type InputErrorCode } from './story.js';
export { extractStream, type StoryInput, type StoryRecord, type StreamOptions } from './stream.js';
export { type Decoded, decodeBytes, dropBom } from './text/decode.js';
export { normaliseText } from './text/normalise.js';
export type * from './types.js';
