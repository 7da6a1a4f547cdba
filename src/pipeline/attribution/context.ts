// Quotes with no cue of their own: a transcript or interview turn (`PENCE: “...`, `Q:` / `A:`),
// a second quote in a paragraph whose first is attributed, a quote alone in its paragraph
// after a quote, after a paragraph that ends in a colon or reports someone speaking, or signed
// in the next paragraph ("So said Maria Lopez.").
// It does not rank its answer against other people: ranking.ts does.

import type { Span } from '../../types.js';
import type { Block, PersonDraft, QuoteDraft } from '../draft.js';
import { mayHoldSpeechVerb } from '../speech-verb-tokens.js';
import { resolveAnaphor } from './anaphora.js';
import { PHRASE_CHAR, PHRASE_END, speechWords, VERB } from './patterns.js';
import type { Found } from './ranker.js';
import { resolvePhrase } from './resolve.js';
import {
  type Context,
  firstNamed,
  hasSpeechWordIn,
  insideQuote,
  mentionsBetween,
  NO_SPEAKER,
  namesABody,
  personFound,
  personIndex,
  sentencesIn,
} from './state.js';
import { clauseSubject, subjectOf } from './subjects.js';

/** `Said Ellis: “` and `..., said X: “`: the speaker after the verb. */
const SPEAKER_AFTER_VERB_IN_SENTENCE = new RegExp(String.raw`^\s+(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)${PHRASE_END}`, 'u');

/**
 * `“WALLACE: Let's start ...”`: a transcript turn names its speaker at the front. In an
 * interview, `Q: “...”` is the interviewer's (no speaker) and `A: “...”` the answer of the person
 * the story is about: the one it has named most up to there.
 */
export function transcriptSpeaker(ctx: Context, q: QuoteDraft): Found | null {
  const { d } = ctx;
  const para = d.blocks[q.firstPara] as Block;
  const lead = q.start - para.start <= MAX_LABEL_CHARS ? d.text.slice(para.start, q.start) : '';
  const turn = QA_TURN.exec(lead)?.groups?.turn;
  if (turn) {
    const answer = /^A/i.test(turn);
    const person = answer ? mostNamedBefore(ctx, q.start) : null;
    ctx.notes?.push(
      `interview turn "${turn}": ${answer ? `the answer of ${person === null ? 'no one named' : (d.people[person] as PersonDraft).name}` : "the interviewer's question"}`,
    );
    return person === null ? NO_SPEAKER : personFound(d, person, 'context');
  }
  // `HOLLOWAY: “Senator, ...”`: the label stands before the quote mark.
  if (LABEL_BEFORE.test(lead)) {
    const label = mentionsBetween(ctx, para.start, para.start + 1)[0];
    if (label) return personFound(d, label.person, 'explicit');
  }
  const m = mentionsBetween(ctx, q.start, q.start + 3)[0];
  if (!m || d.text[m.end] !== ':' || d.text.slice(m.start, m.end) !== d.text.slice(m.start, m.end).toUpperCase()) return null;
  return personFound(d, m.person, 'explicit');
}

/** Longest text before a quote that can be a turn label: `Question: “`, `HOLLOWAY-SMITH: “`. */
const MAX_LABEL_CHARS = 40;

/** `HOLLOWAY: “` opening a paragraph: a transcript turn labelled outside the quote mark. */
const LABEL_BEFORE = /^\p{Lu}[\p{Lu}'’ .-]+:\s*["“]$/u;

/** `Q: “`, `A. “`, `Question: “` opening a paragraph: an interview turn. */
const QA_TURN = /^(?<turn>Q|A|Question|Answer)\s*[:.]\s*["“'‘]?$/;

/** The person named most often (outside quotes) before `at`; the earliest named on a tie. */
function mostNamedBefore(ctx: Context, at: number): number | null {
  const counts = new Map<number, number>();
  for (const m of mentionsBetween(ctx, 0, at)) if (!insideQuote(ctx, m)) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  let best: number | null = null;
  for (const [person, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = person;
  return best;
}

/**
 * No cue around the quote. It continues the speaker of an earlier quote in its paragraph
 * ("“A,” he said. “B.”"), or of the quote just before it when it stands alone in its
 * paragraph, or the person the previous paragraph introduced with a colon.
 */
export function fromContext(ctx: Context, q: QuoteDraft, index: number): Found {
  const { d } = ctx;
  const prev = index > 0 ? (d.quotes[index - 1] as QuoteDraft) : null;
  if (prev?.speaker && prev.lastPara === q.firstPara) {
    ctx.notes?.push(`context: the quote before it in the paragraph is ${prev.speaker}'s`);
    ctx.rule = 'context:same-paragraph';
    return { speaker: prev.speaker, speakerType: prev.speakerType, attribution: 'context', person: personIndex(d, prev) };
  }
  const para = d.blocks[q.firstPara] as Block;
  const alone = q.start - para.start <= 2;
  if (!alone) {
    // "..., Schiff said. “The other factor ...”": the sentence before, in the same paragraph.
    const sentence = sentenceBefore(ctx, q);
    ctx.rule = 'context:sentence-before';
    return (sentence && speakerOfSentence(ctx, sentence, q)) || NO_SPEAKER;
  }
  if (q.firstPara === 0) return NO_SPEAKER;
  const signed = signedInNextParagraph(ctx, q);
  if (signed) {
    ctx.rule = 'context:signed';
    return signed;
  }
  const before = d.blocks[q.firstPara - 1] as Block;
  if (prev?.speaker && prev.lastPara === q.firstPara - 1) {
    ctx.notes?.push(`context: alone in its paragraph after a quote by ${prev.speaker}`);
    ctx.rule = 'context:after-quote';
    return { speaker: prev.speaker, speakerType: prev.speakerType, attribution: 'context', person: personIndex(d, prev) };
  }
  if (/:\s*$/.test(d.text.slice(before.start, before.end))) {
    // "The New York Times reports:" then the quote: the subject of that verb.
    const intro = sentencesIn(ctx, q.firstPara - 1).at(-1);
    const verb = intro && VERB_BEFORE_COLON.exec(ctx.cueText.slice(intro.start, intro.end));
    // "Governor Tunde Bakare released the following statement:": with no speech verb, the clause's
    // subject, when it is a person or a body that speaks.
    const subject = intro
      ? verb
        ? subjectOf(ctx, intro.start, intro.start + verb.index, q)
        : speakingSubject(ctx, clauseSubject(ctx, intro.start, intro.end, q))
      : null;
    ctx.notes?.push(`context: the paragraph before ends with a colon; subject of its verb: ${subject?.speaker ?? 'none'}`);
    ctx.rule = 'context:colon';
    if (subject) return subject;
    const person = resolveAnaphor(ctx, before.end, null);
    if (person !== null) return personFound(d, person, 'context');
  }
  // "Folake Adeyemi ... said she was at the market." then the quote in a paragraph of its own.
  const reported = reportedSpeaker(ctx, q.firstPara - 1, q);
  if (reported) {
    ctx.notes?.push(`context: the paragraph before reports ${reported.speaker} speaking`);
    ctx.rule = 'context:reported';
    return reported;
  }
  return NO_SPEAKER;
}

/** A clause subject that can introduce a quote: a person or a named body ("the ministry"), never "Of course". */
function speakingSubject(ctx: Context, found: Found | null): Found | null {
  return found && (found.speakerType === 'person' || namesABody(ctx, found.speaker ?? '')) ? { ...found, attribution: 'context' } : null;
}

const VERB_BEFORE_COLON = new RegExp(String.raw`\b${VERB}\b[^.!?“”"]{0,60}:\s*$`, 'u');

/** A testimonial signed in the next paragraph: "“...”" then "So said Maria Lopez, a nurse." or "-Maria Lopez". */
function signedInNextParagraph(ctx: Context, q: QuoteDraft): Found | null {
  const next = sentencesIn(ctx, q.lastPara + 1)[0];
  const signed = next && SIGNED_AFTER.exec(ctx.cueText.slice(next.start, next.end));
  const phrase = signed?.groups?.speaker;
  const found = next && signed && phrase ? resolvePhrase(ctx, phrase, next.start + signed[0].lastIndexOf(phrase), q) : null;
  if (!found) return null;
  ctx.notes?.push(`context: the next paragraph signs it: ${found.speaker}`);
  return { ...found, attribution: 'context' };
}

/** "So said Maria Lopez, a nurse." or "— Maria Lopez, Leeds." opening the paragraph after a quote. */
const SIGNED_AFTER = new RegExp(
  String.raw`^(?:(?:So|Thus|That,)?\s*(?:said|says|wrote|writes)\s+|[-–—―]{1,2}\s*)(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)${PHRASE_END}`,
  'iu',
);

const LEADING_PRONOUN = /^(?<pronoun>He|She)\b/;

/** The speaker of the last sentence of a paragraph that reports speech, if it names or implies one. */
function reportedSpeaker(ctx: Context, para: number, q: QuoteDraft): Found | null {
  const { d } = ctx;
  const sentence = sentencesIn(ctx, para)
    .filter((s) => hasSpeechWordIn(ctx, d.text, s.start, s.end))
    .at(-1);
  return sentence ? speakerOfSentence(ctx, sentence, q) : null;
}

/**
 * Who a sentence reports as speaking: the subject of its last speech verb ("..., Schiff
 * said."), the name after it ("said Schiff."), the first person it names, or its leading pronoun.
 */
function speakerOfSentence(ctx: Context, sentence: Span, q: QuoteDraft): Found | null {
  const { d } = ctx;
  const text = ctx.cueText.slice(sentence.start, sentence.end);
  const verb = mayHoldSpeechVerb(ctx.d, sentence.start, sentence.end) ? speechWords(text, 0, text.length).at(-1) : undefined;
  if (verb) {
    const verbAt = sentence.start + verb.start;
    const subject = subjectOf(ctx, sentence.start, verbAt, q);
    if (subject) return { ...subject, attribution: subject.attribution === 'explicit' ? 'context' : subject.attribution };
    const after = SPEAKER_AFTER_VERB_IN_SENTENCE.exec(text.slice(verb.end));
    const phrase = after?.groups?.speaker;
    if (phrase) {
      const found = resolvePhrase(ctx, phrase, sentence.start + verb.end + text.slice(verb.end).indexOf(phrase), q);
      if (found) return { ...found, attribution: 'context' };
    }
  }
  const named = firstNamed(ctx, sentence.start, sentence.end);
  if (named) return personFound(d, named.person, 'context');
  const pronoun = LEADING_PRONOUN.exec(d.text.slice(sentence.start, sentence.end))?.groups?.pronoun;
  if (!pronoun) return null;
  const person = resolveAnaphor(ctx, sentence.start, pronoun === 'He' ? 'male' : 'female');
  return person === null ? null : personFound(d, person, 'pronoun');
}

/** The sentence of the quote's paragraph that ends right before the quote opens, if it reports speech. */
function sentenceBefore(ctx: Context, q: QuoteDraft): Span | undefined {
  const sentences = sentencesIn(ctx, q.firstPara);
  const prev = sentences.filter((s) => s.end <= q.start).at(-1);
  if (!prev || /\S/.test(ctx.d.text.slice(prev.end, q.start).replace(/["“«]/g, ''))) return undefined;
  return hasSpeechWordIn(ctx, ctx.cueText, prev.start, prev.end) ? prev : undefined;
}
