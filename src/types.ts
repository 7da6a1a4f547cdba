// The shapes wirecut prints: one record per input article (see README "The record").
// Field names are fixed by the contract; new fields may be added, never renamed.

/** A span of the input: `input.slice(start, end)` is the original text of the item. */
export interface Span {
  start: number;
  end: number;
}

export type RemovedKind =
  | 'header'
  | 'related-link'
  | 'disclaimer'
  | 'agency-tag'
  | 'promo'
  | 'credit'
  | 'byline'
  /** Wire trailers: "Reporting by ...; Editing by ...", AP's "___" and contributor lines, desk codes. */
  | 'trailer'
  /** Ad and widget labels: "ADVERTISEMENT", "RECOMMENDED STORIES FOR YOU". */
  | 'ad'
  /** A later copy of the body, pasted again by a scraper. */
  | 'repeat'
  /** A photo's caption, with or without its credit: "Rescuers search ... (AP Photo/Jane Doe)". */
  | 'caption'
  /** A page's time stamp or reading time: "Updated: Aug 03, 2021, 15:48 IST", "3 min read". */
  | 'timestamp'
  /** Ticker, story and link codes: "(MSFT.O)", "[IDnL4N2X]", a bare short link. */
  | 'code'
  /** Lines above the dateline that no other rule names: a kicker, a standfirst, a caption's title. */
  | 'standfirst'
  /** What an embedded social post leaves: "A photo posted by ...", "View this post on Instagram". */
  | 'embed';

export interface Removed extends Span {
  kind: RemovedKind;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** The rule that fired, for `--debug` and for readers of the output. */
  rule: string;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Where a value came from: said in the text, or inferred from context. */
export type DateSource = 'dateline' | 'header' | 'option' | 'record' | null;

export interface Dateline extends Span {
  /** Exactly as in the input. */
  text: string;
  place: string | null;
  region: string | null;
  date: string | null;
  /** True when the year was not written in the dateline but taken from the reference date. */
  yearImplied: boolean;
  agency: string | null;
}

export interface Person {
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  quotes: number;
  /** "male" | "female" when the story shows it (titles, pronouns, given name); else null. */
  gender: 'male' | 'female' | null;
}

export type SpeakerType = 'person' | 'group' | null;
export type Attribution = 'explicit' | 'pronoun' | 'description' | 'context' | 'none';

export interface Quote extends Span {
  /** The words inside the quote marks (repaired text; the span points at the original). */
  text: string;
  speaker: string | null;
  speakerType: SpeakerType;
  cue: string | null;
  attribution: Attribution;
  /** How many paragraphs the quote runs over. */
  paragraphs: number;
}

export interface Stats {
  characters: number;
  words: number;
  paragraphs: number;
  quotes: number;
}

export interface ArticleRecord {
  source: string | null;
  headline: string | null;
  date: string | null;
  dateSource: DateSource;
  /** With dateSource "record": the record field the date was read from, else null. */
  dateField: string | null;
  dateline: Dateline | null;
  agencies: string[];
  people: Person[];
  quotes: Quote[];
  body: string;
  removed: Removed[];
  warnings: Warning[];
  stats: Stats;
}

export interface ErrorRecord {
  source: string | null;
  error: { code: string; message: string };
}

export type OutputRecord = ArticleRecord | ErrorRecord;

export interface ExtractOptions {
  /** Where the text came from: a path, a record id, or null for standard input. */
  source?: string | null;
  /** Reference date (YYYY-MM-DD) for datelines without a year, and the story's date when nothing in the text gives one. */
  date?: string | null;
  /** Where `date` came from: the `--date` option (default) or the NDJSON record's date field. */
  dateFrom?: 'option' | 'record';
  /** The record field `date` was read from ("publishedAt"), when it came from a record. */
  dateField?: string | null;
  /** Called with one line per decision when set (the `--debug` trace); free when absent. */
  debug?: (line: string) => void;
}
