// The top-level field names a record can have, for checking `--fields` before any input is
// read (a typo would otherwise print `{}` for every record). Taken from the record schema and
// from a real record, so it follows the library without a hand-kept list.

import { extract, recordSchema } from '../../index.js';

export function knownFields(): Set<string> {
  const fields = new Set<string>(Object.keys(extract('', {})));
  collectProperties(recordSchema, fields);
  return fields;
}

/** Adds the `properties` keys of a schema and of its oneOf / anyOf / allOf branches. */
function collectProperties(schema: unknown, into: Set<string>): void {
  if (typeof schema !== 'object' || schema === null) return;
  const { properties, oneOf, anyOf, allOf } = schema as Record<string, unknown>;
  if (typeof properties === 'object' && properties !== null) for (const key of Object.keys(properties)) into.add(key);
  for (const branches of [oneOf, anyOf, allOf]) if (Array.isArray(branches)) for (const branch of branches) collectProperties(branch, into);
}
