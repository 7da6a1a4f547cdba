// Resolution: a speaker phrase a cue found becomes a person (a name in it, the person a
// pronoun or a description means), a group or document ("angry workers", "the ministry",
// "the letter"), or nothing (a clause fragment, a time, a place: see phrase-checks.ts).
// It does not find phrases (the cue files do) nor choose among candidates (ranking.ts).

import { DOCUMENT_NOUNS, GROUP_NOUNS, ROLE_NOUNS, SPEAKER_PRONOUNS } from '../../data/words.js';
import type { Span } from '../../types.js';
import type { Mention, PersonDraft, QuoteDraft } from '../draft.js';
import { lastSpeakerFitting, resolveAnaphor, resolveDescription } from './anaphora.js';
import { ARTICLES, MAX_NAME_CHARS, MAX_PHRASE_WORDS } from './patterns.js';
import { canSpeak, droppedOpenerLength, isVerbAt, refuseSpeakerPhrase } from './phrase-checks.js';
import type { Found } from './ranker.js';
import {
  type Context,
  hasSpeechWordIn,
  insideQuote,
  mentionsBetween,
  NO_SPEAKER,
  namesABody,
  paragraphAt,
  personFound,
  sentencesIn,
} from './state.js';
import { clauseSubject, clauseSubjectWords, isNounPhrase } from './subjects.js';

/** Where a group phrase's noun ends: "Protesters | marching through the streets". */
const GROUP_PHRASE_END = /^(?:\p{Ll}+ing|who|that|which|at|in|on|from|with|near|outside|inside|across|through|during|after|before)$/u;

const PERSON_WORDS = /^(?:\d+-year-old|man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister)$/;

export function resolvePhrase(
  ctx: Context,
  text: string,
  from: number,
  q: QuoteDraft,
  subjectSide: 'before' | 'after' = 'after',
): Found | null {
  const { d } = ctx;
  const dropped = droppedOpenerLength(text);
  const raw = text.slice(dropped);
  const at = from + dropped;
  // "my father often": an adverb between the phrase and its verb is not part of the phrase.
  const phrase = withoutTrailingAdverbs(raw.trim());
  const words = phrase.split(/\s+/);
  if (words.length === 0 || phrase === '') return null;
  // "On September 27 they": before a verb, a pronoun ending the words is the subject.
  const lastWord = (words.at(-1) as string).toLowerCase();
  if (subjectSide === 'before' && words.length > 1 && words.length <= MAX_PHRASE_WORDS && SPEAKER_PRONOUNS.has(lastWord)) {
    const pronounAt = at + raw.indexOf(phrase) + phrase.length - lastWord.length;
    return resolvePhrase(ctx, phrase.slice(phrase.length - lastWord.length), pronounAt, q, subjectSide);
  }
  // Where the noun phrase ends: "a longtime data expert | who has worked for ...", "Protesters |
  // marching", "a reporter | can be heard".
  // After a possessive or a determiner an -ing word is a modifier: "the ministry's standing orders".
  const modifier = (w: string, k: number) => /ing$/.test(w) && /['’]s$|^(?:the|a|an|its|their|his|her)$/i.test(words[k - 1] as string);
  // (One pass finds both ends: where the clause starts, for names, and where the noun ends.)
  let cut = -1;
  let clauseCut = -1;
  for (let k = 1; k < words.length && clauseCut < 0; k++) {
    const w = words[k] as string;
    const verb = isVerbAt(words, k);
    if (verb || w === 'who' || w === 'that' || w === 'which') clauseCut = k;
    if (cut < 0 && (verb || (GROUP_PHRASE_END.test(w) && !modifier(w, k)))) cut = k;
  }
  const core = cut > 0 ? words.slice(0, cut) : words;
  if (core.length > MAX_PHRASE_WORDS) return null;
  // Names are looked for up to where a clause starts, past a preposition: "Leader of the
  // Opposition in the Assembly Vikram Sahni", not "an expert who has worked for Smith".
  const coreRaw = clauseCut > 0 ? raw.slice(0, raw.indexOf(phrase) + wordOffset(phrase, clauseCut)) : raw;
  const end = at + coreRaw.length;
  const inPhrase = mentionsBetween(ctx, at - MAX_NAME_CHARS, end).filter((m) => m.end > at && m.start < end);
  // Before a verb the subject is the name nearest the verb; after it, the first name. A name
  // after a preposition only qualifies the subject ("Protesters outside the offices in
  // Mombasa", "officials with the Smith campaign"), unless titles lead up to it
  // ("Secretary of State John Kerry").
  const preposition = /\s(?:of|for|at|in|on|from|with|near|outside|inside)\s/.exec(coreRaw);
  const lead = preposition ? coreRaw.slice(0, preposition.index).trim().split(/\s+/) : [];
  // "Another intelligence source speaking to Fox News": a name past a participle that ends the noun is its object.
  const participleAt = cut > 0 && /^\p{Ll}+ing$/u.test(words[cut] as string) ? at + raw.indexOf(phrase) + wordOffset(phrase, cut) : -1;
  const qualifies = (m: Mention) =>
    (participleAt < 0 || m.start < participleAt) &&
    (!preposition || m.start < at + preposition.index || lead.every((w) => /^\p{Lu}/u.test(w) && !ARTICLES.has(w.toLowerCase())));
  // "Scott's relatives": a name in the possessive qualifies the head noun that follows it.
  const possessive = (m: Mention) => /^['’]s\s+\p{Ll}/u.test(d.text.slice(m.end, Math.min(end, m.end + 4)));
  // "Trump spokesperson Steven Cheung", "Clinton campaign spokesman Jo Fey": a name before a
  // noun in lower case qualifies it.
  const qualifiesNoun = (m: Mention) => {
    if (!inPhrase.some((o) => o.start > m.end)) return false;
    const next = NOUNS_AFTER_NAME.exec(d.text.slice(m.end, Math.min(end, m.end + 40)));
    return next?.[0].trim().split(/\s+/).some(canSpeak) === true;
  };
  const heads = inPhrase.filter((m) => qualifies(m) && !possessive(m) && !qualifiesNoun(m));
  const named = subjectSide === 'before' ? heads.at(-1) : heads[0];
  if (named) return personFound(d, named.person, 'explicit');
  const pronounWord = core.join(' ');
  const pronoun = SPEAKER_PRONOUNS.get(pronounWord.toLowerCase());
  if (pronoun === 'plural') {
    // (A "they" met while resolving a "they" is left alone: no regress.)
    if (ctx.resolvingGroup) return null;
    ctx.resolvingGroup = true;
    const group = resolveGroupAnaphor(ctx, q.start, q);
    ctx.resolvingGroup = false;
    ctx.notes?.push(`pronoun "${pronounWord}": nearest group subject before it: ${group?.speaker ?? 'none'}`);
    return group ?? { speaker: null, speakerType: null, attribution: 'none', person: null };
  }
  if (pronoun) {
    // "One trader said the vote was fixed. “...,” he said.": the unnamed speaker just described.
    const unnamed = ctx.resolvingGroup ? null : unnamedSpeakerBefore(ctx, q);
    if (unnamed) {
      ctx.notes?.push(`pronoun "${pronounWord}": the unnamed speaker of the sentence before: ${unnamed.speaker}`);
      return unnamed;
    }
    // (Nobody named near it: the last speaker it fits, "he said" of the minister quoted above.)
    const person = resolveAnaphor(ctx, q.start, pronoun) ?? lastSpeakerFitting(ctx, q, pronoun);
    ctx.notes?.push(
      `pronoun "${pronounWord}": nearest ${pronoun} subject before the quote: ${person === null ? 'none' : (d.people[person] as PersonDraft).name}`,
    );
    return person === null ? NO_SPEAKER : personFound(d, person, 'pronoun');
  }
  if (words.some((w) => /^(?:I|we|you|it|this|that|there|which|who)$/i.test(w)) && words.length <= 2) return null;
  if (!isNounPhrase(core)) return null;
  const corePhrase = core.join(' ');
  // "the Vox Populi (Voice of the People) column": a gloss in parentheses is no part of the head.
  const headWords = corePhrase.includes('(') ? withoutGlosses(core) : core;
  // The head noun stands before "of", "for" or "at": "the leader of the party", "a spokesperson for the bank".
  const linked = headWords.findIndex((w, k) => k > 0 && /^(?:of|for|at)$/.test(w));
  const headAt = (linked > 0 ? linked : headWords.length) - 1;
  const refusal = refuseSpeakerPhrase(headWords, headAt);
  if (refusal) {
    ctx.notes?.push(`phrase ${JSON.stringify(corePhrase)} refused: ${refusal}`);
    return null;
  }
  const head = (headWords[headAt] as string).toLowerCase().replace(/['’]s$/, '');
  const article = ARTICLES.has((words[0] as string).toLowerCase()) ? (words[0] as string).toLowerCase() : null;
  const role = ROLE_NOUNS.has(head) || PERSON_WORDS.test(head);
  // A capitalised phrase no person stage took is an organisation or a publication: "NATO", "the White House".
  const capitalised = /^\p{Lu}/u.test(article ? (words[1] ?? '') : (words[0] as string)) && !role;
  const plural = /[^s]s$/.test(head) && !role;
  if (capitalised || GROUP_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || plural) {
    return { speaker: corePhrase, speakerType: 'group', attribution: 'explicit', person: null };
  }
  // "the minister", "the 65-year-old", "current party chairman": the person the story gave that
  // role, when it is definite ("one official", "a friend", "another voter" are someone new).
  if (role && (article === 'the' || (article === null && words.length > 1 && !INDEFINITE.test(words[0] as string)))) {
    const person = resolveDescription(ctx, core, q.start);
    if (person !== null) return personFound(d, person, 'description');
  }
  // "the announcer", "a friend", "one questioner": someone the story does not name.
  return { speaker: corePhrase, speakerType: 'group', attribution: 'description', person: null };
}

/** The words outside parentheses: "the Vox Populi (Voice of the People) column" -> "the Vox Populi column". */
function withoutGlosses(words: readonly string[]): string[] {
  const kept: string[] = [];
  let depth = 0;
  for (const w of words) {
    if (w.startsWith('(')) depth++;
    if (depth === 0) kept.push(w);
    if (w.endsWith(')') && depth > 0) depth--;
  }
  return kept.length > 0 ? kept : [...words];
}

/** The lower-case words right after a name: "Trump [campaign spokesman] Steven Cheung". */
const NOUNS_AFTER_NAME = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,2}(?=\s+\p{Lu})/u;

/** Words that introduce someone new ("one official", "another voter") or someone else's ("his wife", "her aide"). */
const INDEFINITE = /^(?:one|another|some|several|many|few|two|three|four|five|other|others|his|her|their|its|my|our|your)$/i;

/** Adverbs closing a phrase before its verb: "my father often [said]", "the minister later [added]". */
const TRAILING_ADVERB = /^(?:\p{Ll}+ly|often|also|then|later|again|still|once|too|even|just|never|always|now|first|further|earlier)$/u;

/** The phrase without the adverbs that close it (read word by word from the end). */
function withoutTrailingAdverbs(phrase: string): string {
  let end = phrase.length;
  for (;;) {
    const space = phrase.lastIndexOf(' ', end - 1);
    if (space < 0 || !TRAILING_ADVERB.test(phrase.slice(space + 1, end))) return phrase.slice(0, end).trimEnd();
    end = space;
  }
}

/** Where the word at `index` starts in a phrase of words split by white space. */
function wordOffset(phrase: string, index: number): number {
  let k = 0;
  for (const m of phrase.matchAll(/\S+/g)) if (k++ === index) return m.index ?? 0;
  return phrase.length;
}

/** "one trader", "a woman", "another voter": a description of someone new, whom a vox pop quotes. */
const SOMEONE_NEW = /^(?:one|a|an|another)\s/i;
/** The words of a subject SOMEONE_NEW may resolve from: one of those words, then more. */
const HAS_SOMEONE_NEW = /(?:^|\s)(?:one|a|an|another)\s/i;

/**
 * The unnamed person a vox pop just described speaking ("One trader said the vote was fixed.",
 * "A woman in the queue said she had waited all night."), when no sentence between that one and
 * the quote names a person. Read in the quote's paragraph and the one before.
 */
function unnamedSpeakerBefore(ctx: Context, q: QuoteDraft): Found | null {
  ctx.resolvingGroup = true; // (a pronoun met on the way is not resolved again: no regress)
  try {
    for (let p = q.firstPara; p >= 0 && p >= q.firstPara - 1; p--) {
      const sentences = sentencesIn(ctx, p);
      for (let i = sentences.length - 1; i >= 0; i--) {
        const s = sentences[i] as Span;
        if (s.start >= q.start) continue;
        const end = Math.min(s.end, q.start);
        if (mentionsBetween(ctx, s.start, end).some((m) => !insideQuote(ctx, m))) return null;
        if (!hasSpeechWordIn(ctx, ctx.cueText, s.start, end)) continue;
        // (Its words are read before they are resolved: most subjects there are no one new.)
        const words = clauseSubjectWords(ctx, s.start, end);
        if (words === null || !HAS_SOMEONE_NEW.test(words)) return null;
        const subject = clauseSubject(ctx, s.start, end, q);
        if (subject?.speakerType === 'group' && subject.attribution === 'description' && SOMEONE_NEW.test(subject.speaker ?? '')) {
          return { ...subject, attribution: 'pronoun' };
        }
        return null;
      }
    }
    return null;
  } finally {
    ctx.resolvingGroup = false;
  }
}

/**
 * "they" for a speaking group: the subject of the nearest earlier sentence (this paragraph or
 * the one before) that is a named body or a plural group ("Politifact", "the protesters").
 */
function resolveGroupAnaphor(ctx: Context, at: number, q: QuoteDraft): Found | null {
  const paraIndex = paragraphAt(ctx, at);
  for (let p = paraIndex; p >= 0 && p >= paraIndex - 1; p--) {
    const sentences = sentencesIn(ctx, p);
    for (let i = sentences.length - 1; i >= 0; i--) {
      const sentence = sentences[i] as Span;
      if (sentence.end > at) continue;
      const subject = clauseSubject(ctx, sentence.start, sentence.end, q);
      if (subject?.speakerType !== 'group' || !subject.speaker) continue;
      const head = (subject.speaker.split(/\s+/).at(-1) ?? '').toLowerCase();
      if (namesABody(ctx, subject.speaker) || GROUP_NOUNS.has(head) || /[^s]s$/.test(head)) {
        return { ...subject, attribution: 'pronoun' };
      }
    }
  }
  return null;
}
