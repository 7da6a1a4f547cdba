// Stage: who said each quote, by which cue, and how that was decided. This file runs the
// rules in order for each quote; the other files of this folder hold them.
//
// In order, for each quote:
//  0. a transcript or interview turn (`WALLACE: “...`, `Q: “...`): context.ts;
//  1. after the quote:  `,” said X`, `,” X said`, `,” according to X`, `” — X`: after-quote.ts;
//  2. before the quote: `X said: “`, `X told the workers: “`, `X called it “`: before-quote.ts;
//  3. "according to X" later in the quote's sentence (after-quote.ts), then the context: a
//     second quote in a paragraph whose first is attributed ("“A,” he said. “B.”"), a quote
//     alone in its paragraph after an attributed quote or a colon (context.ts), or the subject
//     of the quote's sentence (subjects.ts);
//  4. quotes the rules attribute by context or not at all are ranked (ranking.ts, ranker.ts).
// The speaker phrase a cue finds is checked (phrase-checks.ts) and resolved (resolve.ts): a
// name to the person it names (explicit), he/she to the person the nearest sentence names or
// has speaking (anaphora.ts), "the minister" to the person with that role, plural or
// organisational phrases ("angry workers", "the ministry") kept as groups.
// It does not find quotes or people; it reads what those stages found.
//
// Where a change goes:
//  - a new speech verb: SPEECH_VERBS in src/data/words.ts (every cue pattern reads it);
//    a verb that takes its object first ("told X"): OBJECT_FIRST_VERBS in data/speaker-phrases.ts;
//  - a cue pattern after a quote: AFTER_QUOTE in after-quote.ts; before it: BEFORE_QUOTE or
//    cueBefore in before-quote.ts; a pattern piece shared by both: patterns.ts;
//  - which phrases may be speakers (nouns that speak, refused openers): phrase-checks.ts and
//    the tables of data/speaker-phrases.ts;
//  - how a phrase becomes a person or group: resolve.ts; pronouns and descriptions: anaphora.ts;
//    where a clause's subject stands: subjects.ts;
//  - a rule for quotes with no cue (turns, signed testimonials, a paragraph that reports speech): context.ts;
//  - a feature of the ranker: ranker.ts, then `npm run train:speakers`.

import type { Draft, QuoteDraft } from '../draft.js';
import { accordingInSentence, attributionClosingSentence, cueAfter } from './after-quote.js';
import { cueBefore } from './before-quote.js';
import { fromContext, transcriptSpeaker } from './context.js';
import { lowerHeadlineVerbs, maskPeriods } from './patterns.js';
import { type Found, ranks } from './ranker.js';
import { type CandidateSink, RULES_KEPT, rankSpeaker, WEIGHTS } from './ranking.js';
import { resolvePhrase } from './resolve.js';
import type { Context } from './state.js';

export type { CandidateSink } from './ranking.js';

import { subjectOfSentence } from './subjects.js';

/**
 * Gives each quote of the draft its speaker, speaker type, attribution and cue. `weights` and
 * `sink` are for scripts/train-speakers.mjs: other weights for the ranker, and a callback that
 * sees each ranked quote's candidates.
 */
export function attributeQuotes(d: Draft, weights: ReadonlyMap<string, number> = WEIGHTS, sink?: CandidateSink): void {
  if (d.quotes.length === 0) return;
  const ctx: Context = {
    d,
    cueText: lowerHeadlineVerbs(maskPeriods(d.text)),
    notes: null,
    resolvingGroup: false,
    midCapitals: null,
    sentences: [],
    quoteSpans: d.quotes.map((q) => ({ start: q.start, end: q.end })),
    clauseSubjects: new Map(),
    rule: 'no-cue',
    quotesBy: new Map(),
    lastSubject: null,
    resolvePhrase,
  };
  d.quotes.forEach((q, i) => {
    const lines: string[] = [];
    ctx.notes = d.trace ? lines : null;
    let found = attributeOne(ctx, q, i);
    // (A second quote of a paragraph whose first is attributed, a signed quote and an interview
    // turn keep the rules' answer: the ranker changes little there, at a cost in time.)
    if (ranks(found) && !RULES_KEPT.has(ctx.rule)) found = rankSpeaker(ctx, q, i, found, weights, sink);
    q.speaker = found.speaker;
    q.speakerType = found.speakerType;
    q.attribution = found.attribution;
    if (found.speaker !== null) ctx.quotesBy.set(found.speaker, (ctx.quotesBy.get(found.speaker) ?? 0) + 1);
    if (!d.trace) return;
    const text = d.text.slice(q.start, q.end);
    const excerpt = JSON.stringify(text.length > 50 ? `${text.slice(0, 50)}…` : text);
    d.trace(`quote ${i} ${excerpt}: ${found.speaker ?? 'no speaker'} (${found.attribution}${q.cue ? `, cue "${q.cue}"` : ''})`);
    for (const line of lines) d.trace(`  ${line}`);
  });
}

/** The rules' answer for one quote, in the order of the header; ctx.rule says which rule gave it. */
function attributeOne(ctx: Context, q: QuoteDraft, index: number): Found {
  const label = transcriptSpeaker(ctx, q);
  if (label) {
    ctx.notes?.push(`won by transcript label -> ${label.speaker}`);
    ctx.rule = 'transcript';
    return label;
  }
  const after = cueAfter(ctx, q, index);
  // "Okafor called the offer “an insult.” Ferry captain Ahmed Rashid, who ..., warned that ...": a
  // speaker-first cue after a quote that ends its sentence may open the next sentence; a cue
  // before the quote, in its own sentence, comes first.
  if (after && SUBJECT_FIRST_AFTER.has(ctx.rule) && endsSentence(ctx, q)) {
    const { rule } = ctx;
    const { cue } = q;
    const before = cueBefore(ctx, q, index);
    if (before) {
      ctx.notes?.push('the cue after the quote opens the next sentence: the cue before it wins');
      return before;
    }
    ctx.rule = rule;
    q.cue = cue;
  }
  const found = after ?? cueBefore(ctx, q, index);
  if (found) return found;
  const accordingLater = accordingInSentence(ctx, q);
  if (accordingLater) {
    const { cue, ...found } = accordingLater;
    q.cue = cue;
    ctx.notes?.push(`won by according-to in sentence -> ${found.speaker}`);
    ctx.rule = 'according-to';
    return found;
  }
  const closing = attributionClosingSentence(ctx, q);
  if (closing) {
    const { cue, ...found } = closing;
    q.cue = cue;
    ctx.notes?.push(`won by attribution closing the sentence cue=${cue} -> ${found.speaker}`);
    ctx.rule = 'after:closing-sentence';
    return found;
  }
  ctx.rule = 'no-cue';
  const context = fromContext(ctx, q, index);
  if (!context.speaker) {
    // A partial quote inside reported speech: "Trump is again questioning ... “on the up and up.”"
    const subject = subjectOfSentence(ctx, q);
    if (subject) {
      ctx.notes?.push(`won by sentence subject -> ${subject.speaker}`);
      ctx.rule = 'sentence-subject';
      return subject;
    }
  }
  ctx.notes?.push(`won by ${context.speaker ? 'context' : 'no cue'} -> ${context.speaker}`);
  if (!context.speaker) ctx.rule = 'no-cue';
  return context;
}

/** After-quote rules whose speaker phrase comes first (`” X said`, `” X, the captain, said`): a new sentence may open so. */
const SUBJECT_FIRST_AFTER: ReadonlySet<string> = new Set(['after:speaker-verb', 'after:speaker-appositive-verb']);

const SENTENCE_END = new Set(['.', '!', '?']);

/** Whether the quote ends its sentence: its last character ends one and no comma follows its closing mark. */
function endsSentence(ctx: Context, q: QuoteDraft): boolean {
  const { text } = ctx.d;
  if (!SENTENCE_END.has(text.charAt(q.end - 1))) return false;
  let i = q.end;
  while (i < text.length && /["”»'’\s]/.test(text.charAt(i))) i++;
  return text.charAt(i) !== ',';
}
