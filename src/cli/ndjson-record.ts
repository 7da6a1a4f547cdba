// An NDJSON line to the task it stands for: the story and its source, date and options, or
// the reason there is none (not JSON, not an object, no text field). Pure: it runs in the main
// thread with --jobs 1 and in the worker threads with --jobs N.

import { DEFAULT_DATE_FIELDS } from '../data/record-fields.js';
import type { Warning } from '../index.js';
import { parseTimestamp } from '../text/dates.js';
import type { InputError } from './read-input.js';
import type { ParsedTask } from './render.js';

export interface NdjsonSettings {
  /** Field holding the story; null: the first of DEFAULT_TEXT_FIELDS that holds a string. */
  textField: string | null;
  idField: string;
  /** --date, which overrides a record's own date. */
  date: string | null;
  /** --date-field: the field holding a record's date; null: the first of DEFAULT_DATE_FIELDS that holds one. */
  dateField: string | null;
}

/** Where NDJSON feeds usually keep the story, in the order they are tried. */
export const DEFAULT_TEXT_FIELDS = ['text', 'body', 'content', 'story'] as const;

export function taskFromLine(line: { text: string; number: number }, input: string, settings: NdjsonSettings): ParsedTask {
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
      error: { code: 'not-an-object', message: `line ${line.number} is ${describeJson(value)}, not a JSON object` },
    };
  }
  const id = value[settings.idField];
  const source = (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : lineSource;
  const text = pickText(value, settings.textField);
  if (typeof text !== 'string') return { kind: 'failed', source, error: text };
  if (settings.date !== null)
    return { kind: 'text', text, decodeWarnings: [], source, date: settings.date, dateFrom: 'option', dateField: null };
  const found = recordDate(value, settings.dateField);
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
 * field that is there but holds no date it can read is reported, never guessed at.
 */
function recordDate(value: Record<string, unknown>, dateField: string | null): RecordDate {
  const fields: readonly string[] = dateField !== null ? [dateField] : DEFAULT_DATE_FIELDS;
  let unreadable: string | null = null;
  for (const field of fields) {
    const raw = value[field];
    if (raw === undefined || raw === null || raw === '') continue;
    const date = parseTimestamp(raw);
    if (date !== null) return { date, field, warning: null };
    unreadable ??= field;
  }
  if (unreadable !== null) {
    const shown = JSON.stringify(value[unreadable]).slice(0, 60);
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

function pickText(value: Record<string, unknown>, textField: string | null): string | InputError {
  if (textField !== null) {
    const text = value[textField];
    if (typeof text === 'string') return text;
    const problem = text === undefined ? 'has no' : `has a non-text (${describeJson(text)})`;
    return { code: 'missing-text', message: `record ${problem} "${textField}" field` };
  }
  for (const field of DEFAULT_TEXT_FIELDS) {
    const text = value[field];
    if (typeof text === 'string') return text;
  }
  return { code: 'missing-text', message: `record has none of the text fields ${DEFAULT_TEXT_FIELDS.join(', ')} (see --text-field)` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
