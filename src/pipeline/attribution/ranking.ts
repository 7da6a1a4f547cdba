// The learned choice among the rules' answer, the people named near the quote and no
// speaker, for the quotes the rules attribute by context or not at all (see ranker.ts for the
// features and model, data/speaker-weights.ts for the weights).
// It does not change an answer an explicit cue gave.

import { SPEAKER_WEIGHTS } from '../../data/speaker-weights.js';
import type { QuoteDraft } from '../draft.js';
import { type Candidate, chooseSpeaker, type Found, scoreOf, speakerCandidates } from './ranker.js';
import { type Context, firstMentionFrom, hasSpeechWordIn, insideQuote, sentenceOf, sentencesIn } from './state.js';
import { sentenceSubjectGroup } from './subjects.js';

/** The ranker's weights, as a map (looked up once per feature of every candidate). */
export const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(SPEAKER_WEIGHTS));

/** Rules whose answer is never ranked. */
export const RULES_KEPT = new Set(['context:same-paragraph', 'context:signed', 'transcript']);

/** Sees each ranked quote's candidates and the one chosen (for scripts/train-speakers.mjs). */
export type CandidateSink = (q: QuoteDraft, index: number, candidates: Candidate[]) => void;

/** The ranker's choice among the rules' answer, the people named near the quote and no speaker. */
export function rankSpeaker(
  ctx: Context,
  q: QuoteDraft,
  index: number,
  ruleFound: Found,
  weights: ReadonlyMap<string, number>,
  sink: CandidateSink | undefined,
): Found {
  const candidates = speakerCandidates({
    d: ctx.d,
    q,
    index,
    sentencesIn: (p) => sentencesIn(ctx, p),
    rule: ctx.rule,
    ruleFound,
    subjectGroup: sentenceSubjectGroup(ctx, q, ruleFound),
    firstMentionFrom: (at) => firstMentionFrom(ctx, at),
    insideQuote: (m) => insideQuote(ctx, m),
    quotesBy: ctx.quotesBy,
    speechInSentence: speechInSentence(ctx, q),
  });
  sink?.(q, index, candidates);
  const best = chooseSpeaker(candidates, weights);
  if (!best) return ruleFound;
  if (ctx.notes) {
    for (const c of candidates)
      ctx.notes?.push(`ranked ${c.found.speaker ?? 'no speaker'}: ${scoreOf(c.features, weights).toFixed(2)} [${c.features.join(' ')}]`);
  }
  if (best.found !== ruleFound) ctx.notes?.push(`ranker overrides ${ctx.rule} (${ruleFound.speaker}) -> ${best.found.speaker}`);
  return best.found;
}

/** Whether the quote's sentences hold a speech verb outside the quote (the text before it from its sentence's start, and after it to its sentence's end). */
function speechInSentence(ctx: Context, q: QuoteDraft): boolean {
  const opening = sentenceOf(ctx, q);
  const closing = sentencesIn(ctx, q.lastPara).find((s) => s.start <= q.end && q.end <= s.end);
  return (
    (opening !== undefined && hasSpeechWordIn(ctx, ctx.cueText, opening.start, q.start)) ||
    (closing !== undefined && hasSpeechWordIn(ctx, ctx.cueText, q.end, closing.end))
  );
}
