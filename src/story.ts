// A story as callers hand it over, made ready to extract: its text, source and reference date,
// or the input error that stands in its place (not JSON, not an object, no text field).
// Two shapes come in here: an NDJSON line, and a record like the object on such a line (a text
// field, an id field, a date field). Pure and synchronous: the CLI (main thread and --jobs
// workers) and extractStream build their stories here, so their records agree.
// It does not read, decode bytes (text/decode.ts) or extract (records.ts).

import { DEFAULT_DATE_FIELDS } from './data/record-fields.js';
import { parseTimestamp } from './text/dates.js';
import type { Warning } from './types.js';

/** Why an input has no article record: the `error.code` of the record printed in its place. */
export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'permission-denied'
  | 'too-large'
  | 'read-error'
  | 'binary'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-text'
  | 'internal-error';

export interface InputError {
  code: InputErrorCode;
  message: string;
}

/** How a record gives its story: the CLI's --text-field, --id-field and --date. */
export interface StoryFields {
  /** Field holding the story; null: the first of DEFAULT_TEXT_FIELDS that holds a string. */
  textField: string | null;
  /** Field giving the record's source; a record without a usable one gets its position. */
  idField: string;
  /** --date, which overrides a record's own date. */
  date: string | null;
  /** --date-field: the field holding a record's date; null: the first of DEFAULT_DATE_FIELDS that holds one. */
  dateField?: string | null;
}

/** Where NDJSON feeds usually keep the story, in the order they are tried. */
export const DEFAULT_TEXT_FIELDS = ['text', 'body', 'content', 'story'] as const;

/** A story to extract, or why there is none. Plain data (sent to the CLI's workers). */
export type Story =
  | { kind: 'failed'; source: string | null; error: InputError }
  | {
      kind: 'text';
      text: string;
      /** Warnings from decoding the bytes (they come first in the record). */
      decodeWarnings: Warning[];
      source: string | null;
      date: string | null;
      /** Where `date` came from: the --date option (or none) or the record's date field. */
      dateFrom: 'option' | 'record';
      /** The record field the date was read from, else null. */
      dateField: string | null;
    };

/** An NDJSON line (its text and 1-based number in `input`) as a story: parsed, then read as a record. */
export function storyFromLine(line: { text: string; number: number }, input: string, fields: StoryFields): Story {
  const lineSource = `${input}:${line.number}`;
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      source: lineSource,
      error: { code: 'invalid-json', message: `line ${line.number} is not valid JSON: ${detail}` },
    };
  }
  if (!isPlainObject(value)) {
    return {
      kind: 'failed',
      source: lineSource,
      error: { code: 'not-an-object', message: `line ${line.number} is ${describeValue(value)}, not a JSON object` },
    };
  }
  return storyFromRecord(value, lineSource, fields);
}

/** A record's story; its source is the id field when usable ("a1", 17), else `fallbackSource`. */
export function storyFromRecord(record: Readonly<Record<string, unknown>>, fallbackSource: string, fields: StoryFields): Story {
  const id = record[fields.idField];
  const source = (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : fallbackSource;
  const text = pickText(record, fields.textField);
  if (typeof text !== 'string') return { kind: 'failed', source, error: text };
  if (fields.date !== null)
    return { kind: 'text', text, decodeWarnings: [], source, date: fields.date, dateFrom: 'option', dateField: null };
  const found = recordDate(record, fields.dateField ?? null);
  return {
    kind: 'text',
    text,
    decodeWarnings: found.warning ? [found.warning] : [],
    source,
    date: found.date,
    dateFrom: 'record',
    dateField: found.field,
  };
}

interface RecordDate {
  date: string | null;
  field: string | null;
  warning: Warning | null;
}

/**
 * A record's date: from the named field, or the first default field that holds a date. A
 * field that is there but holds no date that can be read is reported, never guessed at.
 */
function recordDate(record: Readonly<Record<string, unknown>>, dateField: string | null): RecordDate {
  const fields: readonly string[] = dateField !== null ? [dateField] : DEFAULT_DATE_FIELDS;
  let unreadable: string | null = null;
  for (const field of fields) {
    const raw = record[field];
    if (raw === undefined || raw === null || raw === '') continue;
    const date = parseTimestamp(raw);
    if (date !== null) return { date, field, warning: null };
    unreadable ??= field;
  }
  if (unreadable !== null) {
    const shown = JSON.stringify(record[unreadable])?.slice(0, 60) ?? String(record[unreadable]);
    return {
      date: null,
      field: null,
      warning: {
        code: 'record-date-unreadable',
        message: `record field "${unreadable}" holds ${shown}, not a date wirecut reads (ISO 8601, RFC 822 or epoch)`,
      },
    };
  }
  if (dateField !== null) {
    return {
      date: null,
      field: null,
      warning: { code: 'record-date-missing', message: `record has no "${dateField}" field (see --date-field)` },
    };
  }
  return { date: null, field: null, warning: null };
}

function pickText(record: Readonly<Record<string, unknown>>, textField: string | null): string | InputError {
  if (textField !== null) {
    const text = record[textField];
    if (typeof text === 'string') return text;
    const problem = text === undefined ? 'has no' : `has a non-text (${describeValue(text)})`;
    return { code: 'missing-text', message: `record ${problem} "${textField}" field` };
  }
  for (const field of DEFAULT_TEXT_FIELDS) {
    const text = record[field];
    if (typeof text === 'string') return text;
  }
  return { code: 'missing-text', message: `record has none of the text fields ${DEFAULT_TEXT_FIELDS.join(', ')} (see --text-field)` };
}

/** An object that can hold fields: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "null", "an array", "a number": what a value is, for messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
