// Cues after a quote: `,” said X`, `,” X said`, `,” according to X`, `,” as a memo put it`,
// `,” X, the leader of the protest, said`, `” — X`, and "according to X" later in the quote's
// sentence. The patterns are tried in order on the text after the closing mark (to the next
// quote or the paragraph's end); the first whose phrase resolves wins.
// It does not read the text before the quote (before-quote.ts) nor resolve phrases (resolve.ts).

import { NOT_NAME_WORDS, SPEECH_VERBS } from '../../data/words.js';
import type { Block, Draft, QuoteDraft } from '../draft.js';
import { mayHoldSpeechVerb } from '../speech-verb-tokens.js';
import {
  type CuePattern,
  HAS_ACCORDING,
  INVERTED_VERB,
  isWhite,
  MAX_CUE_REACH,
  PHRASE,
  PHRASE_CHAR,
  PHRASE_END,
  VERB,
} from './patterns.js';
import type { Found } from './ranker.js';
import { resolvePhrase } from './resolve.js';
import { type Context, mentionsBetween, personFound, sentencesIn } from './state.js';
import { canBeSubject } from './subjects.js';

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** Tried on the text right after a quote's closing mark, in order. */
const AFTER_QUOTE: readonly CuePattern[] = [
  // `“...,” said a strategist who spoke on condition of anonymity`: the phrase may end at "who".
  {
    rule: 'after:verb-speaker',
    needsVerb: true,
    // (The verb opens the text; cue text has a Title Case story's verbs in lower case.)
    opensWith: (c) => isLowerAscii(c),
    pattern: new RegExp(String.raw`^,?\s*${INVERTED_VERB}\s+${PHRASE}(?:${PHRASE_END}|(?=\s+(?:who|whose|which)\s))`, 'u'),
  },
  {
    rule: 'after:according-to',
    opensWith: (c) => c === 0x61 || c === 0x41,
    pattern: new RegExp(String.raw`^,?\s*(?<verb>according to)\s+${PHRASE}${PHRASE_END}`, 'iu'),
  },
  { rule: 'after:speaker-verb', needsVerb: true, pattern: new RegExp(String.raw`^,?\s*${PHRASE}\s+(?:\p{Ll}+ly\s+)?${VERB}\b`, 'u') },
  {
    // `“...,” the bespectacled, 71-year-old diplomat said`: adjectives a comma apart.
    rule: 'after:listed-adjectives-verb',
    needsVerb: true,
    needsComma: true,
    opensWith: (c) => c === 0x74 || c === 0x61,
    pattern: new RegExp(
      String.raw`^,?\s*(?<speaker>(?:the|an?)\s+\p{Ll}[\p{Ll}-]*,\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}\p{Ll}[\p{Ll}-]+)\s+(?:\p{Ll}+ly\s+)?${VERB}\b`,
      'u',
    ),
  },
  {
    // `“...” for criminal behavior, she said.`: the attribution ends the quote's sentence.
    rule: 'after:sentence-end-attribution',
    needsVerb: true,
    needsComma: true,
    pattern: new RegExp(String.raw`^[^“”".!?\n]{1,80}?,\s+${PHRASE}\s+(?:\p{Ll}+ly\s+)?${VERB}(?=\s*(?:[.!?]|$))`, 'u'),
  },
  {
    // `“...,” as a Homeland Security memo put it.`
    rule: 'after:as-x-put-it',
    opensWith: (c) => c === 0x61,
    pattern: new RegExp(String.raw`^,?\s*as\s+${PHRASE}\s+(?<verb>puts? it|said|says|wrote|writes|noted|notes)\b`, 'u'),
  },
  {
    // "X, the leader of the protest, said", "X, 45, said", "X, R-Ky., said"
    rule: 'after:speaker-appositive-verb',
    needsVerb: true,
    needsComma: true,
    pattern: new RegExp(String.raw`^,?\s*${PHRASE},\s[^“”"\n]{1,120}?,\s+(?:\p{Ll}+ly\s+)?${VERB}\b`, 'u'),
  },
  {
    rule: 'after:dash-signature',
    opensWith: (c, afterComma) => !afterComma && (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015),
    pattern: new RegExp(String.raw`^\s*[-–—―]{1,2}\s*(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)${PHRASE_END}`, 'u'),
  },
];

/** "..., according to X." anywhere in the quote's sentence. */
// "..., per the party's bylaws.": "per" after a comma is "according to".
const ACCORDING_IN_SENTENCE = new RegExp(String.raw`(?:\b(?<cue>according to)|(?:^|,)\s*(?<per>per))\s+${PHRASE}${PHRASE_END}`, 'iu');

/** `X commented, “`: a speech verb and a comma or colon right before a quote mark. */
const SPEECH_VERB_BEFORE_MARK = new RegExp(
  String.raw`\b(?:${[...SPEECH_VERBS].filter((v) => !v.includes(' ')).join('|')})\s*[,:]\s*["“«'‘]?$`,
);

const VERB_BEFORE_MARK_CHARS = 24;

/** A phrase after a quote that opens with a conjunction starts a clause of its own: "and Trump [calling]". */
const JOINED_CLAUSE = /^\s*(?:and|but|or|while|whereas)\s/i;

const HAS_PER = /\bper\b/i;

/**
 * The speaker a cue right after the quote names (`,” said X`, `,” X said`, `,” according to X`,
 * `” — X`), with q.cue and ctx.rule set; null when none does.
 */
export function cueAfter(ctx: Context, q: QuoteDraft, index: number): Found | null {
  const { d } = ctx;
  const after = textAfter(ctx, q, index);
  // `X commented, “...,” according to the press release`: the verb before the quote names who spoke.
  const spokenBefore = SPEECH_VERB_BEFORE_MARK.test(ctx.cueText.slice(Math.max(0, q.start - VERB_BEFORE_MARK_CHARS), q.start));
  // (Read from the word tokens: most patterns need a speech verb, and most text after a quote holds none.)
  const verbAfter = mayHoldSpeechVerb(d, after.start, after.start + after.text.length);
  const lead = leadOf(after.text);
  for (const cue of startsNewClause(d, q, after.text, verbAfter) ? [] : AFTER_QUOTE) {
    if (spokenBefore && cue.rule === 'after:according-to') continue;
    if (cue.needsVerb && !verbAfter) continue;
    if (cue.opensWith && !cue.opensWith(lead.c, lead.afterComma)) continue;
    if (cue.needsComma && after.text.indexOf(',', 1) < 0) continue;
    const m = cue.pattern.exec(after.text);
    let phrase = m?.groups?.speaker;
    if (!m || !phrase) continue;
    const phraseStart = after.start + (m.index ?? 0) + m[0].lastIndexOf(phrase);
    // (The comma between listed adjectives is read as a space: same length, same offsets.)
    if (cue.rule === 'after:listed-adjectives-verb') phrase = phrase.replace(',', ' ');
    // "he was “very encouraged” and Trump calling it ...": a clause joined after the quote is another's.
    const joined = cue.rule === 'after:speaker-verb' && JOINED_CLAUSE.test(phrase);
    let found = cue.rule === 'after:speaker-verb' && (joined || !canBeSubject(phrase)) ? null : resolvePhrase(ctx, phrase, phraseStart, q);
    // "the White House spokesman, Josh Earnest, said": the name the description stands beside.
    if (found && found.attribution !== 'explicit') found = nameBesides(ctx, phraseStart + phrase.length) ?? found;
    if (!found) {
      ctx.notes?.push(`candidate ${cue.rule} ${JSON.stringify(phrase)}: rejected, not a speaker`);
      continue;
    }
    q.cue = (m.groups?.verb ?? null)?.toLowerCase() ?? null;
    ctx.notes?.push(`won by ${cue.rule} cue=${q.cue} phrase=${JSON.stringify(phrase)} -> ${found.speaker} (${found.attribution})`);
    ctx.rule = cue.rule;
    return found;
  }
  return null;
}

/** The first character of a text past an opening comma and white space (-1 at its end), and whether a comma was passed. */
function leadOf(text: string): { c: number; afterComma: boolean } {
  let i = text.charCodeAt(0) === 0x2c ? 1 : 0;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return { c: i < text.length ? text.charCodeAt(i) : -1, afterComma: text.charCodeAt(0) === 0x2c };
}

/** `, Josh Earnest,` or `, Josh Earnest.` right after a description: the person it names. */
function nameBesides(ctx: Context, at: number): Found | null {
  const { d } = ctx;
  const comma = /^\s*,\s*/.exec(d.text.slice(at, at + 4));
  if (!comma) return null;
  const m = mentionsBetween(ctx, at + comma[0].length, at + comma[0].length + 1)[0];
  if (!m || !/^\s*(?:[,.;]|$)/.test(d.text.slice(m.end, m.end + 2))) return null;
  return personFound(d, m.person, 'explicit');
}

/**
 * The words after a quote belong to something else when the quote ended its sentence and a
 * new one starts ("“Go away!” He told the workers: “...”"), or when they end in a colon that
 * introduces the next quote.
 */
function startsNewClause(d: Draft, q: QuoteDraft, after: string, verbAfter: boolean): boolean {
  // `“...,” said Lee, explaining ...: “...”`: a quote that ends in a comma is attributed by what follows.
  // (The quote's last character is read, not the quote: a pattern ending in $ reads the whole of it.)
  const last = d.text.charAt(q.end - 1);
  if (last === ',' || after.charAt(0) === ',') return false;
  // `“A.” He told the workers: “B.”`: only the clause right after the quote counts, not a later colon.
  if (INTRODUCES_NEXT_QUOTE.test(after)) return true;
  const ended = last === '.' || last === '!' || last === '?';
  const firstWord = /^\p{Lu}\p{L}*(?![\p{L}.\u2024])/u.exec(after)?.[0];
  if (ended && firstWord !== undefined && NOT_NAME_WORDS.has(firstWord)) return true;
  // `“... neighborhood.” Russia insisted that Pyongyang “...”`: a verb with an object is a new sentence.
  const object = last === '.' && verbAfter ? VERB_WITH_OBJECT.exec(after)?.groups?.next : undefined;
  return object !== undefined && !NOT_NAME_WORDS.has(object);
}

/** The words after a quote, up to a colon with no sentence end or comma before it. */
const INTRODUCES_NEXT_QUOTE = /^[^,.;!?]*:\s*$/;

const VERB_WITH_OBJECT = new RegExp(
  String.raw`^${PHRASE_CHAR}{1,60}?\s${VERB}\s+(?<next>that|to|it|the|an?|his|her|their|its|\p{Lu}\p{Ll}+)\b`,
  'u',
);

/** The text after the quote's closing mark, to the next quote or the end of the paragraph. */
function textAfter(ctx: Context, q: QuoteDraft, index: number): { text: string; start: number } {
  const { d } = ctx;
  const para = d.blocks[q.lastPara] as Block;
  let start = q.end;
  while (start < para.end && /[\s"”»'’]/.test(d.text[start] as string)) start++;
  const next = ctx.d.quotes[index + 1]; // quotes are in text order
  const end = next && next.start < para.end ? next.start - 1 : para.end;
  return { text: ctx.cueText.slice(start, Math.max(start, end)), start };
}

const QUOTE_MARK = /[“”"]/;

/** "“Bobby!” at a labor conference last month, according to the union's president." */
export function accordingInSentence(ctx: Context, q: QuoteDraft): (Found & { cue: string }) | null {
  const rest = restOfSentence(ctx, q);
  if (!rest) return null;
  const m = HAS_ACCORDING.test(rest.text) || HAS_PER.test(rest.text) ? ACCORDING_IN_SENTENCE.exec(rest.text) : null;
  const phrase = m?.groups?.speaker;
  if (!m || !phrase) return null;
  const found = resolvePhrase(ctx, phrase, rest.start + (m.index ?? 0) + m[0].lastIndexOf(phrase), q);
  return found && { ...found, cue: m.groups?.per ? 'per' : 'according to' };
}

/**
 * The text after the quote to the end of its sentence (at most MAX_CUE_REACH characters), up to
 * the next quote mark: a cue past that mark is another quote's. (The speaker's words stop at a
 * quote mark, and a quote mark ends them as well as the end does.)
 */
function restOfSentence(ctx: Context, q: QuoteDraft): { text: string; start: number } | null {
  const sentences = sentencesIn(ctx, q.lastPara);
  const sentence = sentences.find((s) => s.start <= q.end && q.end <= s.end);
  if (!sentence) return null;
  const from = q.end + (/^["”»’']/.exec(ctx.cueText.slice(q.end, q.end + 1))?.[0].length ?? 0);
  const reach = ctx.cueText.slice(from, Math.min(sentence.end, from + MAX_CUE_REACH));
  const mark = reach.search(QUOTE_MARK);
  return { text: mark < 0 ? reach : reach.slice(0, mark), start: from };
}

/**
 * "The lack of polling places was “particularly burdensome” on ... communities, which had
 * fewer ..., the lawsuit alleges.": an attribution that closes the quote's sentence, however
 * far past the quote (the cue right after a quote reads 80 characters).
 */
export function attributionClosingSentence(ctx: Context, q: QuoteDraft): (Found & { cue: string }) | null {
  const rest = restOfSentence(ctx, q);
  if (!rest || !mayHoldSpeechVerb(ctx.d, rest.start, rest.start + rest.text.length)) return null;
  const m = CLOSING_ATTRIBUTION.exec(rest.text);
  const phrase = m?.groups?.speaker;
  const verb = m?.groups?.verb;
  if (!m || !phrase || !verb || !canBeSubject(phrase)) return null;
  const found = resolvePhrase(ctx, phrase, rest.start + m.index + m[0].indexOf(phrase), q);
  return found && { ...found, cue: verb.toLowerCase() };
}

/** `, the lawsuit alleges.` closing a sentence: a phrase, a speech verb, the sentence's end. */
const CLOSING_ATTRIBUTION = new RegExp(String.raw`,\s+${PHRASE}\s+(?:\p{Ll}+ly\s+)?${VERB}\s*[.!?]?\s*$`, 'u');
