// The working state that flows through the pipeline stages. Every offset in a draft is into
// the repaired text (`text`); the assembler maps them back to the input at the very end.

import type { NormText } from '../text/normalise.js';
import { type Tokens, tokenise } from '../text/tokens.js';
import type { Attribution, ExtractOptions, RemovedKind, SpeakerType, Warning } from '../types.js';

export interface Block {
  start: number;
  end: number;
}

export interface RemovedDraft extends Block {
  kind: RemovedKind;
  rule: string;
}

export interface DatelineDraft extends Block {
  place: string | null;
  region: string | null;
  date: string | null;
  yearImplied: boolean;
  agency: string | null;
  rule: string;
}

export interface QuoteDraft extends Block {
  /** Index of the paragraph (in `paragraphs`) where the quote opens, and where it closes. */
  firstPara: number;
  lastPara: number;
  speaker: string | null;
  speakerType: SpeakerType;
  cue: string | null;
  attribution: Attribution;
}

export interface Mention extends Block {
  /** The person this mention names (index into `people`). */
  person: number;
  /** Index of the paragraph it is in. */
  para: number;
}

export interface PersonDraft {
  name: string;
  /** The name's tokens, for matching later mentions. */
  tokens: string[];
  aliases: string[];
  roles: string[];
  gender: 'male' | 'female' | null;
  firstAt: number;
}

export interface Draft {
  readonly norm: NormText;
  readonly text: string;
  readonly options: ExtractOptions;
  /** Candidate paragraphs; stages cut from them. */
  blocks: Block[];
  removed: RemovedDraft[];
  /** Warnings with offsets into the repaired text (mapped at assembly). */
  warnings: Warning[];
  headerDate: string | null;
  headline: Block | null;
  dateline: DatelineDraft | null;
  /**
   * Where the story starts when its dateline stands below other lines (a page's headline,
   * byline, timestamp, caption): what is left above it is not the story. Null otherwise.
   */
  storyStart: number | null;
  /** Every agency credit found, with where it was found. */
  credits: { agency: string; at: number }[];
  quotes: QuoteDraft[];
  people: PersonDraft[];
  mentions: Mention[];
  /** The tokens of `text`, made on first use (draftTokens) and shared by the stages that read tokens. */
  tokens: Tokens | null;
  trace: ((line: string) => void) | null;
}

/** The draft's tokens, made once. */
export const draftTokens = (d: Draft): Tokens => {
  d.tokens ??= tokenise(d.text);
  return d.tokens;
};

/** Text of a block, for stages that read it. */
export const blockText = (d: Draft, b: Block): string => d.text.slice(b.start, b.end);

const SPACE = /\s/;

/** Shrinks [start, end) so it has no leading or trailing white space. */
export function trimSpan(text: string, start: number, end: number): Block {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/** Splits the repaired text into non-empty lines, trimmed: the first cut of paragraphs. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const b = trimSpan(text, at, nl);
    if (b.end > b.start) blocks.push(b);
    at = nl + 1;
  }
  return blocks;
}
