// Cues before a quote, in its sentence: `According to X, “`, `Said X: “`, and a speech verb
// before the mark whose subject speaks (`X said that ... “`, `X told the workers: “`, `X, a
// senior adviser, called it “`, `footage of X asking, “`), with the verbs of relative and
// subordinate clauses set aside.
// It does not read the text after the quote (after-quote.ts) nor resolve phrases (resolve.ts).

import { ISSUING_VERBS, OBJECT_FIRST_VERBS } from '../../data/speaker-phrases.js';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../../data/words.js';
import type { Block, Mention, QuoteDraft } from '../draft.js';
import { mayHoldSpeechVerb } from '../speech-verb-tokens.js';
import {
  type CuePattern,
  HAS_ACCORDING,
  MAX_CUE_REACH,
  MAX_NAME_CHARS,
  PHRASE,
  PHRASE_CHAR,
  SUBORDINATE_START,
  speechWords,
} from './patterns.js';
import type { Found } from './ranker.js';
import { resolvePhrase } from './resolve.js';
import { type Context, firstNamed, insideQuote, mentionsBetween, personFound, personIndex, sentenceOf, sentencesIn } from './state.js';
import { clauseSubject, coordinatedSubject, subjectOf } from './subjects.js';

const SPEAKER_AFTER_VERB = new RegExp(String.raw`^\s+(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)\s*[:,]\s*$`, 'u');

/** `issued a statement `, `released a short video ` right before a participle: a document someone put out. */
const ISSUED_DOCUMENT = new RegExp(
  String.raw`\b(?:${[...ISSUING_VERBS].join('|')})\s+(?:a|an|the|his|her|their|its|our|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...DOCUMENT_NOUNS].join('|')})s?,?\s+$`,
  'u',
);

/** "..., according to their attorneys, and said they came away with “...”". */
const ACCORDING_ANYWHERE = /\baccording to\s+(?<speaker>[^,.;:!?“”"]{1,60}?)\s*(?=,)/iu;

/** Where a new clause, with its own subject, starts: "..., even as the opposition called it “...”". */
const CLAUSE_BREAK_MARKS = new Set(['.', '!', '?', '“', '”', '"', ';']);

const CLAUSE_BREAK_PHRASE = /,\s+(?:even as|even though|while|whereas|although|though|but|as|when|after|before)\s/y;

/** How far before a quote its speech verb may stand. */
const VERB_REACH = 200;

/** The speech verbs before a quote in its sentence, leftmost first, with no quote mark between. */
function speechVerbsBefore(text: string): { verb: string; start: number; end: number }[] {
  const all = speechVerbsIn(text);
  // "When Clinton noted that ..., Trump boasted, “...”": a fronted clause's verb is not the main one.
  return SUBORDINATE_START.test(text) ? all.slice(-1) : all;
}

/** "who said", "who had previously called": a verb in a relative clause is not the sentence's. */
const RELATIVE_BEFORE = /\b(?:who|which)(?:\s+\p{Ll}+){0,3}\s+$/iu;

/**
 * Where the last clause break of `text` ends, or 0: read from the end, to the last mark or the
 * last comma that opens a break. (Breaks never overlap: a comma's phrase holds no other comma
 * and no mark, so the first found from the end is the last.)
 */
export function lastClauseBreakEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (CLAUSE_BREAK_MARKS.has(c)) return i + 1;
    if (c !== ',') continue;
    CLAUSE_BREAK_PHRASE.lastIndex = i;
    if (CLAUSE_BREAK_PHRASE.test(text)) return CLAUSE_BREAK_PHRASE.lastIndex;
  }
  return 0;
}

function speechVerbsIn(text: string): { verb: string; start: number; end: number }[] {
  const from = Math.max(0, text.length - VERB_REACH, lastClauseBreakEnd(text));
  return speechWords(text, from, text.length).filter(
    (v) =>
      !(/ing$/.test(v.verb) ? DETERMINER_BEFORE : NOUN_BEFORE).test(text.slice(Math.max(0, v.start - 12), v.start)) &&
      !(v.verb === 'calling' && CALLING_NOT_SPEECH.test(text.slice(v.end, v.end + 6))),
  );
}

/** "statements calling for a ban make him “...”": a participle "calling for" qualifies a noun. (A verb "called for “...”" cites words.) */
const CALLING_NOT_SPEECH = /^\s+(?:for|off)\b/;

/** "... and Clinton [said]", "... but Mr. Okafor [told]": a joined clause whose subject is a name (a verb's words end it). */
const JOINED_NAMED_SUBJECT = /\b(?:and|but)\s+(?:\p{Lu}[\p{L}.'’\u2024-]*\s+){1,4}(?:\p{Ll}+ly\s+)?$/u;

/** Only a determiner makes an -ing form a noun ("his writing"); after a preposition it is a verb ("by announcing"). */
const DETERMINER_BEFORE = /(?:\b(?:a|an|the|his|her|their|its|our|my|your|these|those|this|that)|\p{L}['’]s)\s+$/iu;

/** A determiner or preposition before "tweets", "claims", "remarks" makes them nouns. */
const NOUN_BEFORE =
  /(?:\b(?:a|an|the|of|his|her|their|its|our|my|your|these|those|this|that|some|many|several|in|on|with|by|from)|\p{L}['’]s)\s+$/iu;

/** Tried on the text of the quote's sentence before its opening mark, in order. */
const BEFORE_QUOTE: readonly (CuePattern & { cue?: string; needs?: RegExp })[] = [
  // `According to the ministry, “...”`
  {
    rule: 'before:according-to',
    cue: 'according to',
    needs: /ccording to/i,
    pattern: /\baccording to\s+(?<speaker>[^,.;:!?“”"]{1,60}?)\s*,\s*$/iu,
  },
  // `..., as The New Yorker put it in a lengthy expose, “the operator.”`
  {
    rule: 'before:as-x-put-it',
    cue: 'put it',
    needs: /puts? it/,
    pattern: new RegExp(String.raw`\bas\s+${PHRASE}\s+puts? it\b[^“”"]{0,60}?[,:]?\s*$`, 'u'),
  },
  // A sentence opening with the verb: `Said Ellis: “...”`.
  {
    rule: 'before:verb-speaker',
    pattern: new RegExp(String.raw`^\s*(?<verb>Said|Says|Added|Asked|Wrote)\s+(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)\s*[:,]\s*$`, 'u'),
  },
];

/**
 * The speaker a cue before the quote in its sentence names (`X said: “`, `X told the workers:
 * “`, `X called it “`, `According to X, “`), with q.cue and ctx.rule set; null when none does.
 */
export function cueBefore(ctx: Context, q: QuoteDraft, index: number): Found | null {
  const { d } = ctx;
  const before = textBefore(ctx, q, index);
  for (const cue of BEFORE_QUOTE) {
    // (A literal word each pattern needs is looked for first: the patterns end at the text's end and cost more.)
    if (cue.needs && !cue.needs.test(before.text)) continue;
    const m = cue.pattern.exec(before.text);
    const phrase = m?.groups?.speaker;
    if (!m || !phrase) continue;
    const found = resolvePhrase(ctx, phrase, before.start + m.index + m[0].indexOf(phrase), q);
    if (!found) continue;
    q.cue = (m.groups?.verb ?? cue.cue ?? '').toLowerCase() || null;
    ctx.notes?.push(`won by ${cue.rule} cue=${q.cue} -> ${found.speaker}`);
    ctx.rule = cue.rule;
    return found;
  }
  // (No speech verb within reach of the quote, as the word tokens tell: none is looked for.)
  const reach = before.start + Math.max(0, before.text.length - VERB_REACH);
  const verbs = mayHoldSpeechVerb(d, reach, before.start + before.text.length) ? speechVerbsBefore(before.text) : [];
  const nearest = verbs.at(-1);
  if (nearest) {
    // The subject is the first speech verb's ("X said that Y had called it “...”" is X), the
    // cue the verb nearest the quote; a participle a word or two before a comma ("a swiftly
    // called, late meeting", "a message posted Friday, Cruz said") is no speech.
    // "The spot ends with footage of Trump saying, “...”": a named participle's subject comes first.
    let found: Found | null = /ing$/.test(nearest.verb) ? nameBeforeParticiple(ctx, before.start + nearest.start) : null;
    // "a woman asked for a photo and Clinton said, “...”": a clause joined by "and" with a named subject of its own.
    if (!found && verbs.length > 1 && JOINED_NAMED_SUBJECT.test(before.text.slice(Math.max(0, nearest.start - 60), nearest.start))) {
      found = subjectOf(ctx, before.start, before.start + nearest.start, q);
      if (found?.speakerType !== 'person') found = null;
      else ctx.notes?.push(`candidate named subject of a joined clause before "${nearest.verb}": ${found.speaker}`);
    }
    for (const v of found ? [] : verbs) {
      found = parentheticalSpeaker(ctx, before, v, q);
      if (found) {
        ctx.notes?.push(`candidate set off by commas after "${v.verb}": ${found.speaker}`);
        break;
      }
      // ("Okafor said, adding, “...”": a verb a comma before the participle is the participle's.)
      if (v !== nearest && !participleAfter(before.text, v, nearest) && /^(?:\s+[\p{L}\d]+){0,2},\s*\S/u.test(before.text.slice(v.end))) {
        continue;
      }
      // "defend not paying an architect who said he was stiffed, saying, “...”": a relative clause's verb is not the main one.
      if (v !== nearest && RELATIVE_BEFORE.test(before.text.slice(0, v.start))) continue;
      // "..., and when Rubio said it was great to be home, a man yelled “...”": nor is a subordinate clause's.
      if (v !== nearest && inSubordinateClause(before.text, v.start, nearest.start)) continue;
      // "Mackler issued a statement saying ...": the one who issued the document speaks.
      const issued = /ing$/.test(v.verb) ? ISSUED_DOCUMENT.exec(before.text.slice(0, v.start)) : null;
      if (issued) {
        // ("Jim Banks, chairman of the committee, issued a memo saying": past the appositive.)
        const issuedAt = before.start + issued.index;
        found =
          subjectOf(ctx, before.start, issuedAt, q) ??
          (/,\s*$/.test(before.text.slice(0, issued.index)) ? appositiveSubject(ctx, before.start, issuedAt) : null);
        ctx.notes?.push(`candidate who issued the document before "${v.verb}": ${found ? found.speaker : 'none'}`);
        if (found) break;
      }
      found = subjectOf(ctx, before.start, before.start + v.start, q) ?? coordinatedSubject(ctx, before.start, before.start + v.start, q);
      ctx.notes?.push(`candidate subject of "${v.verb}" before the quote: ${found ? `${found.speaker} (${found.attribution})` : 'none'}`);
      // "..., Trump attacked Clinton ..., saying “...”": a participle's subject is its clause's;
      // "Minyon Moore, a senior adviser to the campaign, called ...": past the appositive.
      if (
        !found &&
        (/,\s*(?:\p{Ll}+ly\s+)?$/u.test(before.text.slice(0, v.start)) ||
          (/ing$/.test(v.verb) && /\b(?:while|as|after|before|when|by)\s+$/.test(before.text.slice(0, v.start))))
      ) {
        // (Not for a participle: in "..., his rival, Hillary Clinton, saying" the clause's subject speaks.)
        if (!/ing$/.test(v.verb) && /,\s*(?:\p{Ll}+ly\s+)?$/u.test(before.text.slice(0, v.start))) {
          found = appositiveSubject(ctx, before.start, before.start + v.start);
        }
        if (found) ctx.notes?.push(`candidate named around the appositive before "${v.verb}": ${found.speaker}`);
        found ??= clauseSubject(ctx, before.start, before.start + v.start, q, true);
        ctx.notes?.push(
          `candidate subject of the clause before ", ${v.verb}": ${found ? `${found.speaker} (${found.attribution})` : 'none'}`,
        );
      }
      if (found) break;
    }
    const tailText = before.text.slice(nearest.end);
    // ("telling Reuters, “...”": after a verb that takes its object first, the name is the listener.)
    const tail = OBJECT_FIRST_VERBS.has(nearest.verb.toLowerCase()) ? undefined : SPEAKER_AFTER_VERB.exec(tailText)?.groups?.speaker;
    const according = HAS_ACCORDING.test(before.text) ? ACCORDING_ANYWHERE.exec(before.text) : null;
    const accordingPhrase = according?.groups?.speaker;
    found ??=
      (tail ? resolvePhrase(ctx, tail, before.start + nearest.end + tailText.indexOf(tail), q) : null) ??
      (according && accordingPhrase
        ? resolvePhrase(ctx, accordingPhrase, before.start + according.index + according[0].indexOf(accordingPhrase), q)
        : null) ??
      earlierSpeakerInSentence(ctx, q, index);
    if (found) {
      q.cue = nearest.verb.toLowerCase();
      ctx.notes?.push(`won by before:subject-verb cue=${q.cue} -> ${found.speaker} (${found.attribution})`);
      ctx.rule = 'before:subject-verb';
      return found;
    }
  }
  return null;
}

/** Whether `nearest` is a participle that follows `v` after a comma alone: "Okafor said, adding, “...”". */
function participleAfter(text: string, v: { end: number }, nearest: { verb: string; start: number }): boolean {
  return /ing$/.test(nearest.verb) && /^\s*,\s*$/.test(text.slice(v.end, nearest.start));
}

/** A subordinate clause's opening word, after a comma or at the sentence's start: "and when", "while", "because". */
const SUBORDINATE_OPENING = /^\s*(?:(?:and|but)\s+)?(?:when|while|after|as|because|if|although|though|since|once|until|before)\s/i;

/**
 * Whether the verb at `verbAt` stands in a subordinate clause that a comma closes before the
 * verb at `mainAt`: "when Rubio said it was great to be home, a man yelled".
 */
function inSubordinateClause(text: string, verbAt: number, mainAt: number): boolean {
  if (text.indexOf(',', verbAt) < 0 || text.indexOf(',', verbAt) > mainAt) return false;
  const clauseStart = Math.max(text.lastIndexOf(',', verbAt) + 1, 0);
  return SUBORDINATE_OPENING.test(text.slice(clauseStart, verbAt));
}

/** Verbs that may stand before their subject: "says Carl Anthony", "said the minister". */
const INVERTED_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS].filter((v) => !/ing$/.test(v) && !OBJECT_FIRST_VERBS.has(v)));

/** `, says Carl Anthony, historian at ..., `: the phrase after the verb, up to its comma. */
const PARENTHETICAL_PHRASE = /^\s+(?<speaker>\p{Lu}[^,.;:!?“”"\n]{1,60}?)\s*,/u;

/** Longest appositive read past: "Carl Anthony, historian at the National First Ladies Library, says". */
const MAX_APPOSITIVE_CHARS = 160;

/**
 * "The paradox of Nancy, says Carl Anthony, historian at ..., is that she was “...”": an
 * attribution set off by commas inside the quote's sentence names a person.
 */
function parentheticalSpeaker(
  ctx: Context,
  before: { text: string; start: number },
  v: { verb: string; start: number; end: number },
  q: QuoteDraft,
): Found | null {
  if (!INVERTED_VERBS.has(v.verb) || !/,\s*$/.test(before.text.slice(Math.max(0, v.start - 3), v.start))) return null;
  const m = PARENTHETICAL_PHRASE.exec(before.text.slice(v.end));
  const phrase = m?.groups?.speaker;
  if (!m || !phrase) return null;
  const found = resolvePhrase(ctx, phrase, before.start + v.end + m[0].indexOf(phrase), q);
  return found?.speakerType === 'person' ? found : null;
}

/**
 * "Carl Anthony, historian at the library, says", "Trump's state director, Mike Rubino, wrote":
 * before a verb that follows an appositive, the person named right before it, or the person the
 * appositive is.
 */
function appositiveSubject(ctx: Context, from: number, verbAt: number): Found | null {
  const { d } = ctx;
  const left = ctx.cueText.slice(Math.max(from, verbAt - MAX_APPOSITIVE_CHARS), verbAt).replace(/,\s*(?:\p{Ll}+ly\s+)?$/u, '');
  const base = Math.max(from, verbAt - MAX_APPOSITIVE_CHARS);
  const open = left.lastIndexOf(',');
  if (open < 0 || /[.;:!?“”"]/.test(left.slice(open))) return null;
  const apposStart = base + open + 1;
  const apposEnd = base + left.length;
  let named: Mention | undefined;
  for (const m of mentionsBetween(ctx, apposStart - 1 - MAX_NAME_CHARS, apposStart)) if (m.end <= apposStart - 1) named = m;
  if (named && named.start >= from && /^\s*$/.test(d.text.slice(named.end, apposStart - 1)) && !insideQuote(ctx, named)) {
    return personFound(d, named.person, 'explicit');
  }
  for (const m of mentionsBetween(ctx, apposStart, apposEnd)) {
    if (m.end <= apposEnd && /^\s*$/.test(d.text.slice(apposStart, m.start)) && /^\s*$/.test(d.text.slice(m.end, apposEnd))) {
      return personFound(d, m.person, 'explicit');
    }
  }
  return null;
}

/** The text of the quote's sentence before its opening mark (after any earlier quote). */
function textBefore(ctx: Context, q: QuoteDraft, index: number): { text: string; start: number } {
  const { d } = ctx;
  const para = d.blocks[q.firstPara] as Block;
  const sentences = sentencesIn(ctx, q.firstPara);
  let start = para.start;
  for (const s of sentences) if (s.start <= q.start) start = s.start;
  const prev = ctx.d.quotes[index - 1];
  if (prev && prev.end < q.start && prev.end + 1 > start) start = prev.end + 1;
  let end = q.start;
  while (end > start && /[\s"“«'‘]/.test(d.text[end - 1] as string)) end--;
  // Cues stand near the quote: a sentence of thousands of words is not read whole per quote.
  start = Math.max(start, end - MAX_CUE_REACH);
  return { text: ctx.cueText.slice(start, end), start };
}

/** "footage of Hillary Clinton asking, “...”": a name just before a participle is its subject. */
function nameBeforeParticiple(ctx: Context, verbAt: number): Found | null {
  let last: Mention | undefined;
  for (const m of mentionsBetween(ctx, verbAt - MAX_NAME_CHARS, verbAt)) last = m;
  if (!last || !/^\s+$/.test(ctx.d.text.slice(last.end, verbAt))) return null;
  return personFound(ctx.d, last.person, 'explicit');
}

/** "…, adding that X is “…”": the speaker of an earlier quote in the same sentence. */
function earlierSpeakerInSentence(ctx: Context, q: QuoteDraft, index: number): Found | null {
  const { d } = ctx;
  const sentence = sentenceOf(ctx, q);
  if (!sentence) return null;
  for (let i = index - 1; i >= 0; i--) {
    const prev = d.quotes[i] as QuoteDraft;
    if (prev.end < sentence.start) break;
    if (prev.speaker) return { speaker: prev.speaker, speakerType: prev.speakerType, attribution: 'context', person: personIndex(d, prev) };
  }
  const named = firstNamed(ctx, sentence.start, q.start);
  return named ? personFound(d, named.person, 'context') : null;
}
