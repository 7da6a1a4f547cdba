// An NDJSON line to the task it stands for: the story and its source, date and options, or
// the reason there is none (not JSON, not an object, no text field). Pure: it runs in the main
// thread with --jobs 1 and in the worker threads with --jobs N.

import { isIsoDate } from '../text/dates.js';
import type { InputError } from './read-input.js';
import type { ParsedTask } from './render.js';

export interface NdjsonSettings {
  /** Field holding the story; null: the first of DEFAULT_TEXT_FIELDS that holds a string. */
  textField: string | null;
  idField: string;
  /** --date, which overrides a record's own date. */
  date: string | null;
}

/** Where NDJSON feeds usually keep the story, in the order they are tried. */
export const DEFAULT_TEXT_FIELDS = ['text', 'body', 'content', 'story'] as const;

/** A record's date field, when it starts with an ISO date: "2024-01-05T10:00:00Z" -> "2024-01-05". */
function leadingIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = ISO_DATE_PREFIX.exec(value.trim())?.[1];
  return date !== undefined && isIsoDate(date) ? date : null;
}
const ISO_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

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
  const date = settings.date ?? leadingIsoDate(value.date);
  return { kind: 'text', text, decodeWarnings: [], source, date, dateFrom: settings.date ? 'option' : 'record' };
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
