// Parsers for option values, used by commander's argParser. Each returns the parsed value or
// throws InvalidArgumentError, which commander reports as a usage error (exit 2).
// They check shape only; what a value means (e.g. which fields exist) is decided elsewhere.

import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../../text/dates.js';

/** 64 MiB: larger than any real story; a bigger input is almost certainly not one article. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const POSITIVE_INTEGER = /^[1-9]\d*$/;
/** "1048576", "512k", "64M", "64MiB", "1G": binary multiples, as in `head -c`. */
const BYTE_SIZE = /^(?<number>[1-9]\d*)(?:(?<unit>[kKmMgG])(?:i?B)?)?$/;
const UNIT_BYTES: Readonly<Record<string, number>> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const FIELD_NAME = /^[A-Za-z_$][\w$]*$/;

export function parseDateOption(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD, e.g. 2020-08-17.');
  return value;
}

export type Jobs = number | 'auto';

export function parseJobsOption(value: string): Jobs {
  if (value === 'auto') return 'auto';
  if (!POSITIVE_INTEGER.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('expected a positive integer or "auto".');
  }
  return Number(value);
}

export function parseByteSizeOption(value: string): number {
  const groups = BYTE_SIZE.exec(value)?.groups;
  const bytes = groups ? Number(groups.number) * (groups.unit ? (UNIT_BYTES[groups.unit.toLowerCase()] ?? 1) : 1) : NaN;
  if (!Number.isSafeInteger(bytes)) throw new InvalidArgumentError('expected a positive number of bytes, e.g. 1048576 or 64M.');
  return bytes;
}

export function parseFieldListOption(value: string): string[] {
  const fields = value.split(',').map((field) => field.trim());
  const bad = fields.find((field) => !FIELD_NAME.test(field));
  if (bad !== undefined) throw new InvalidArgumentError(`expected comma-separated field names, got ${JSON.stringify(bad)}.`);
  return [...new Set(fields)];
}

export function parseFieldNameOption(value: string): string {
  if (value === '') throw new InvalidArgumentError('expected a field name.');
  return value;
}
