// What the attribution stage knows of one story while it attributes its quotes (Context), and
// the look-ups every rule uses: the sentences of a paragraph, the mentions between two offsets,
// whether a mention stands inside a quote, the person a mention names, whether a phrase names
// a body that speaks ("PolitiFact", "the letter").
// It decides nothing about speakers. (Context carries resolvePhrase, so that subjects.ts can
// resolve the subject it finds without importing resolve.ts, which imports it.)

import { DOCUMENT_NOUNS, GROUP_NOUNS, OPENING_MODIFIERS } from '../../data/words.js';
import { splitSentences } from '../../text/sentences.js';
import type { Span } from '../../types.js';
import type { Block, Draft, Mention, PersonDraft, QuoteDraft } from '../draft.js';
import { mayHoldSpeechVerb } from '../speech-verb-tokens.js';
import { ARTICLES, hasSpeechWord } from './patterns.js';
import type { Found } from './ranker.js';

export interface Context {
  d: Draft;
  /** The text with non-final periods masked, for cue patterns. */
  cueText: string;
  /**
   * The --debug lines for the quote being attributed: candidates and why one won. Written as
   * `ctx.notes?.push(\`...\`)`: without --debug the line is never built.
   */
  notes: string[] | null;
  /** Set while a "they" is being resolved. */
  resolvingGroup: boolean;
  /** See midSentenceCapitals: built on first use. */
  midCapitals: Set<string> | null;
  /** Sentences of each paragraph, split when first asked for (see sentencesIn). */
  sentences: (Span[] | undefined)[];
  quoteSpans: Span[];
  /** Where each clause's subject stands, by "from to toIsVerb" (see clauseSubject). */
  clauseSubjects: Map<string, Span | null>;
  /** The rule that attributed the quote being attributed. */
  rule: string;
  /** How many quotes each speaker has so far. */
  quotesBy: Map<string, number>;
  /** The last clause subject resolved, for the quote it was resolved for. */
  lastSubject: { q: QuoteDraft; span: Span; found: Found | null } | null;
  /** resolve.ts's resolvePhrase, for subjects.ts (which resolve.ts imports: no cycle). */
  resolvePhrase: ResolvePhrase;
}

/** Resolves a speaker phrase at `from` to a person, group or document (see resolve.ts). */
export type ResolvePhrase = (ctx: Context, text: string, from: number, q: QuoteDraft, subjectSide?: 'before' | 'after') => Found | null;

/** The sentences of paragraph `p` (none outside the story), split once, when first asked for. */
export function sentencesIn(ctx: Context, p: number): Span[] {
  let sentences = ctx.sentences[p];
  if (sentences === undefined) {
    const b = ctx.d.blocks[p];
    sentences = b ? splitSentences(ctx.d.text, b.start, b.end) : [];
    if (b) ctx.sentences[p] = sentences;
  }
  return sentences;
}

export const NO_SPEAKER: Found = { speaker: null, speakerType: null, attribution: 'none', person: null };

export function personFound(d: Draft, person: number, attribution: QuoteDraft['attribution']): Found {
  return { speaker: (d.people[person] as PersonDraft).name, speakerType: 'person', attribution, person };
}

/** Index of the first mention starting at or after `at` (mentions are in text order). */
export function firstMentionFrom(ctx: Context, at: number): number {
  const mentions = ctx.d.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions that start in [from, to), in order: found by halves, not by a scan from the top. */
export function mentionsBetween(ctx: Context, from: number, to: number): readonly Mention[] {
  const mentions = ctx.d.mentions;
  const first = firstMentionFrom(ctx, from);
  let end = first;
  while (end < mentions.length && (mentions[end] as Mention).start < to) end++;
  // (A copy of a few entries costs less than a generator stepped through them.)
  return end === first ? NO_MENTIONS : mentions.slice(first, end);
}

const NO_MENTIONS: readonly Mention[] = [];

/** The paragraph holding offset `at`, by halves. */
export function paragraphAt(ctx: Context, at: number): number {
  const blocks = ctx.d.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid] as Block;
    if (at < b.start) hi = mid - 1;
    else if (at > b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Binary search over the quotes (in text order): is the mention inside one? */
export function insideQuote(ctx: Context, m: Mention): boolean {
  const spans = ctx.quoteSpans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (s.end < m.end) lo = mid + 1;
    else if (s.start > m.start) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The sentence a quote opens in. */
export const sentenceOf = (ctx: Context, q: QuoteDraft): Span | undefined =>
  sentencesIn(ctx, q.firstPara)
    .filter((s) => s.start <= q.start)
    .at(-1);

/** The first person named, outside quotes, in [from, to): a sentence's subject, most often. */
export const firstNamed = (ctx: Context, from: number, to: number): Mention | undefined =>
  mentionsBetween(ctx, from, to).find((m) => m.end <= to && !insideQuote(ctx, m));

/**
 * Whether a group phrase names a body that speaks: an organisation, a country or a publication
 * ("PolitiFact", "Japan", "The New York Times"), a document or a group ("the letter", "show
 * insiders"); not a common noun that opens a sentence ("Pressure", "The dispute"). A name has a
 * capitalised word past the first, or a first word the story also capitalises mid-sentence.
 */
export function namesABody(ctx: Context, phrase: string): boolean {
  const all = phrase.split(/\s+/);
  const head = (all.at(-1) ?? '').toLowerCase();
  // "The piece", "a Homeland Security memo", "show insiders": a document or a group.
  if (all.length > 1 && (DOCUMENT_NOUNS.has(head) || GROUP_NOUNS.has(head) || /[^s]s$/.test(head))) return true;
  const words = all.filter((w) => !ARTICLES.has(w.toLowerCase()));
  if (words.length === 0 || (words.every((w) => /^\p{Lu}{2,}/u.test(w)) && words.length > 1)) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES_IN_BODIES.has(w))) return false;
  const first = words[0] as string;
  if (words.length > 1 || /^\p{Lu}{2,}$/u.test(first) || /\p{Lu}/u.test(first.slice(1))) return true;
  return midSentenceCapitals(ctx).has(first);
}

/** Words the story capitalises after a lower-case word: names, not sentence openings. Once per story. */
function midSentenceCapitals(ctx: Context): Set<string> {
  if (ctx.midCapitals === null) {
    ctx.midCapitals = new Set(
      [...ctx.d.text.matchAll(MID_SENTENCE_CAPITAL)].flatMap((m) => [m[1] as string, (m[1] as string).replace(/['’]s$/, '')]),
    );
  }
  return ctx.midCapitals;
}

const MID_SENTENCE_CAPITAL = /\p{Ll}[,;]? (\p{Lu}[\p{L}\p{N}'’-]*)/gu;

/** A single capitalised word that names someone or something: "Trump", "PolitiFact", "NATO". */
export const namesABodyWord = (w: string) => /^\p{Lu}{2,}$/u.test(w) || /\p{Lu}/u.test(w.slice(1)) || !OPENING_MODIFIERS.has(w);

const NAME_PARTICLES_IN_BODIES = new Set(['of', 'for', 'and', 'the', '&']);

export function personIndex(d: Draft, q: QuoteDraft): number | null {
  if (q.speakerType !== 'person') return null;
  const i = d.people.findIndex((p) => p.name === q.speaker);
  return i >= 0 ? i : null;
}

/** Whether text[from, to) holds a speech verb (text: the draft's text or the cue text); asked of the word tokens first. */
export const hasSpeechWordIn = (ctx: Context, text: string, from: number, to: number) =>
  mayHoldSpeechVerb(ctx.d, from, to) && hasSpeechWord(text.slice(from, to));
