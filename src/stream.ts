// extractStream: many stories in, one record per story out, in input order, as the CLI gives
// them. Items are story texts, NDJSON lines, records like the objects on those lines, or the
// bytes of a story file; each becomes its story through the CLI's own code (story.ts,
// records.ts), so an item that cannot be extracted gives the same error record the CLI prints.
// It is async only because its input may be: extraction itself is synchronous and CPU-bound,
// one item at a time. It does no I/O and starts no threads (the CLI's --jobs and scale-out
// recipes in the README do that), and it does not serialise (serialiseRecord does).

import { decodeInput, errorRecord, recordFromDecoded, recordFromStory } from './records.js';
import { describeValue, isPlainObject, type Story, type StoryFields, storyFromLine, storyFromRecord } from './story.js';
import { dropBom } from './text/decode.js';
import type { OutputRecord } from './types.js';

/**
 * One item for {@link extractStream}:
 * - a string: a story's text (with `from: 'ndjson'`, one NDJSON line holding a story);
 * - a `Uint8Array` (or `Buffer`): the bytes of a story, decoded as `wirecut FILE` decodes a file
 *   (UTF-8, UTF-16 with a BOM, or Windows-1252; binary data gives an error record);
 * - an object: a record holding a story, like the object on an NDJSON line: its text in `text`
 *   (or `body`, `content`, `story`; see `textField`), its source in `id`, its date in `date`.
 */
export type StoryInput = string | Uint8Array | StoryRecord;

/** A record holding a story, e.g. `{ id: 'a1', date: '2024-02-12', text: 'TOKYO, Feb 11 (Reuters) - ...' }`. */
export interface StoryRecord {
  readonly [field: string]: unknown;
}

export interface StreamOptions {
  /**
   * What a string item is: `'text'` (default), a story's text; `'ndjson'`, one NDJSON line, parsed
   * as `wirecut --from ndjson` parses it (a blank line gives no record, as there).
   */
  from?: 'text' | 'ndjson';
  /** The field holding the story in a record. Default: the first of `text`, `body`, `content`, `story` holding a string. */
  textField?: string | null;
  /** The field giving a record's `source` (a non-empty string or a number). Default `'id'`. */
  idField?: string;
  /**
   * Reference date (YYYY-MM-DD) for datelines without a year, for every item; it overrides a
   * record's own `date` field, as the CLI's `--date` does. Default: each record's date, else none.
   */
  date?: string | null;
  /**
   * The record field holding its date, as the CLI's `--date-field` names it. Default: the first
   * of `date`, `published`, `publishedAt`, `published_at`, `pubDate`, `datePublished`,
   * `publish_date`, `published_date` that holds one (ISO 8601, RFC 822 or seconds since 1970).
   */
  dateField?: string | null;
  /**
   * The `NAME` in `NAME:N`, the `source` of a record or line without a usable id, N being the
   * item's 1-based position. Default `'-'`, as the CLI names standard input.
   */
  name?: string;
}

/**
 * Extracts every story of `stories` and yields one record per item, in input order: an
 * `ArticleRecord`, or an `ErrorRecord` in the place of an item that cannot be
 * extracted (a record without a text field, bytes that are not text, a line that is not JSON,
 * an item of another type), with the CLI's codes and, for records and lines, its messages. N items in, N records
 * out (with `from: 'ndjson'`, blank lines give none). Records are the same as the CLI's for the
 * same input and options; `serialiseRecord(record, false)` is its NDJSON line.
 *
 * The source of a record is its id field; of a record or NDJSON line without one, `NAME:N`
 * (see {@link StreamOptions.name}); of a text or bytes item, `null`.
 *
 * It pulls the next item only when the consumer asks for the next record, so memory stays flat
 * on any number of stories. Extraction runs synchronously in the consumer's thread.
 *
 * @example
 * for await (const record of extractStream([{ id: 'a1', text: 'MINSK, Aug 17 (AP) -- ...' }, 'Another story.'])) {
 *   if (isErrorRecord(record)) console.error(record.source, record.error.code);
 *   else console.log(record.source, record.dateline?.place);
 * }
 */
export async function* extractStream(
  stories: Iterable<StoryInput> | AsyncIterable<StoryInput>,
  options: StreamOptions = {},
): AsyncGenerator<OutputRecord, void, undefined> {
  const fields: StoryFields = {
    textField: options.textField ?? null,
    idField: options.idField ?? 'id',
    date: options.date ?? null,
    dateField: options.dateField ?? null,
  };
  const name = options.name ?? '-';
  const lines = options.from === 'ndjson';
  let number = 0;
  for await (const given of stories) {
    // Typed callers can still hand over anything at run time: every item gets its record.
    const item: unknown = given;
    number++;
    if (typeof item === 'string') {
      if (!lines) yield recordFromStory(textStory(item, fields));
      // As the CLI reads a file: a BOM before the first line is no part of it.
      else if (item.trim() !== '')
        yield recordFromStory(storyFromLine({ text: number === 1 ? dropBom(item) : item, number }, name, fields));
    } else if (item instanceof Uint8Array) {
      yield recordFromDecoded(decodeInput(item), { source: null, date: fields.date });
    } else if (isPlainObject(item)) {
      yield recordFromStory(storyFromRecord(item, `${name}:${number}`, fields));
    } else {
      yield errorRecord(`${name}:${number}`, {
        code: 'not-an-object',
        message: `item ${number} is ${describeValue(item)}, not a story (a string, bytes or an object)`,
      });
    }
  }
}

/** A story's text, as `wirecut FILE` takes it once decoded: no source, the --date if any. */
function textStory(text: string, fields: StoryFields): Story {
  return { kind: 'text', text, decodeWarnings: [], source: null, date: fields.date, dateFrom: 'option', dateField: null };
}
