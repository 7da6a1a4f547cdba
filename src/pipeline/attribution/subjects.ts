// Where the subject of a verb or a clause stands: walking back from a speech verb over its
// subject's words ("the minister quickly said"), the subject of a clause after an introductory
// phrase, across "and" ("workers gathered ... and chanted"), the antecedent of "who" and
// "which"; and whether words after a quote can be a subject at all.
// It finds spans and hands their words to ctx.resolvePhrase (resolve.ts); it does not decide
// who a phrase names.

import { DETERMINERS, GROUP_NOUNS, IRREGULAR_PAST, NOT_NAME_WORDS, ROLE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS } from '../../data/words.js';
import type { Span } from '../../types.js';
import type { QuoteDraft } from '../draft.js';
import { ARTICLES, isWhite, MAX_CUE_REACH, MAX_PHRASE_WORDS, SUBORDINATE_START } from './patterns.js';
import { canSpeak } from './phrase-checks.js';
import type { Found } from './ranker.js';
import { type Context, firstNamed, mentionsBetween, namesABody, namesABodyWord, personFound, sentenceOf } from './state.js';

/** Words that end a subject when walking back from a verb: "was met by angry workers chanting". */
const SUBJECT_STOP = new Set(
  'by that which who whom whose and but or when while as if because though although since once unless until whereas after before then than to said says told it its this these those there'.split(
    ' ',
  ),
);

/** Auxiliaries and negation: a phrase after one is the object of a verb, not a subject. */
const AUXILIARY = new Set(
  'did does do not can could will would should may might must was were is are has have had be been being'.split(' '),
);

/** Adverbs and auxiliaries between a subject and its verb: "Democrats also blasted", "she did not say". */
const ADVERB = /^(?:\p{Ll}+ly|also|then|now|later|again|still|often|never|already|too|once|even|just|repeatedly)$/u;

const isVerbAdverb = (w: string) => ADVERB.test(w) || AUXILIARY.has(w);

/** Walks back from a speech verb over the words of its subject and resolves them. */
export function subjectOf(ctx: Context, from: number, verbAt: number, q: QuoteDraft): Found | null {
  const { d } = ctx;
  const left = d.text.slice(from, verbAt);
  // "a White House official who spoke anonymously to discuss strategy said": a clause that opens
  // with a noun and a relative clause has that noun as its subject.
  if (HAS_RELATIVE.test(left)) {
    const clauseStart = lastMarkEnd(left);
    const relative = RELATIVE_SUBJECT.exec(left.slice(clauseStart));
    const np = relative?.groups?.np;
    if (relative && np) {
      const at = from + clauseStart + relative[0].indexOf(np);
      const found = ctx.resolvePhrase(ctx, np, at, q);
      if (found) return found;
    }
  }
  // Words read from the verb back, as far as the walk goes (r: how many words from the end).
  const words = new WordsFromEnd(left);
  let r = 0;
  while (words.at(r) !== undefined && isVerbAdverb(words.text(r))) r++; // "quickly said", "also said"
  const end = r;
  // "A few days ago in an interview he blasted": a pronoun is a whole subject.
  const pronoun = words.at(r) !== undefined && SPEAKER_PRONOUNS.has(words.text(r).toLowerCase());
  if (pronoun) r++;
  while (!pronoun && words.at(r) !== undefined) {
    const w = words.text(r);
    // "the Security Council issued a statement calling ...": a finite verb ends the subject.
    const verbLike = r > end && /^\p{Ll}+ed$/u.test(w);
    // A capitalised preposition opens the sentence, not the subject: "In a Bloomberg interview Trump declared".
    const opener = /^(?:In|On|At|From|With|During|After|Before|For|By|Under|Amid|Of)$/.test(w);
    // "He did not address his series of early-morning [tweets]": after an auxiliary the words are an object.
    if (AUXILIARY.has(w.toLowerCase())) return null;
    // "Another source speaking to Fox News said": "to" after a participle is inside the subject.
    const afterParticiple = (w === 'to' || w === 'with') && r > end && words.at(r + 1) !== undefined && PARTICIPLE.test(words.text(r + 1));
    if (
      /^[,;:―—–-]$/.test(w) ||
      (SUBJECT_STOP.has(w.toLowerCase()) && !afterParticiple) ||
      verbLike ||
      opener ||
      r - end >= MAX_PHRASE_WORDS
    ) {
      break;
    }
    r++;
  }
  if (r === end) {
    // "the police department which reported “...”", "Ms. Reyes, who told reporters": the antecedent.
    const relative = words.at(r);
    if (relative === undefined || !/^(?:who|which)$/i.test(words.text(r))) return null;
    const antecedentEnd = from + relative;
    const antecedent = d.text.slice(from, antecedentEnd).replace(/[\s,]+$/, '');
    // "came from the statistics bureau, which": the noun phrase from its last article.
    const article = /\b(?:the|a|an)\s+(?:[^\s,;:]+\s+){0,4}[^\s,;:]+$/i.exec(antecedent);
    if (article) return ctx.resolvePhrase(ctx, article[0], from + article.index, q, 'before');
    return antecedent.length > 0 ? subjectOf(ctx, from, from + antecedent.length, q) : null;
  }
  const start = from + (words.at(r - 1) as number);
  const phrase = d.text.slice(start, from + (words.at(end) as number) + words.text(end).length);
  return ctx.resolvePhrase(ctx, phrase, start, q, 'before');
}

const PARTICIPLE = /^\p{Ll}+ing$/u;

const HAS_RELATIVE = /\swho\s/;

/** A clause opening with a noun phrase and "who": "Another voter who asked not to be named [said]". */
const RELATIVE_SUBJECT =
  /^\s*(?<np>(?:(?:the|a|an|another|one|some|several|many|most|two|three|four|five)\s|\p{Lu})(?:[\p{L}\d'’.\u2024-]+\s+){0,5}?[\p{L}\d'’.\u2024-]+)\s+who\s+[^“”"]{1,120}$/u;

/** Where the text after its last clause mark (comma, semicolon, colon, sentence end, quote mark) starts. */
function lastMarkEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (',;:.!?“”"'.includes(text[i] as string)) return i + 1;
  return 0;
}

/** Marks that are words of their own in a subject: a comma, a semicolon, a colon or a dash. */
const SUBJECT_MARKS = new Set([',', ';', ':', '―', '—', '–']);

/**
 * The words of a text (`/[^\s,;:―—–]+|[,;:―—–]/g`: runs of other characters, and each mark
 * alone), read from its end and only as far as asked: a subject stands a few words before its
 * verb, and its sentence may be long.
 */
class WordsFromEnd {
  readonly #text: string;
  /** Where the word r from the end starts, and ends. */
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  #at: number;

  constructor(text: string) {
    this.#text = text;
    this.#at = text.length;
  }

  /** Where the word r from the end starts (in the text), or undefined past its first word. */
  at(r: number): number | undefined {
    while (this.#starts.length <= r && this.#next()) {}
    return this.#starts[r];
  }

  /** The word r from the end (at(r) must be defined). */
  text(r: number): string {
    return this.#text.slice(this.#starts[r] as number, this.#ends[r] as number);
  }

  #next(): boolean {
    const t = this.#text;
    let end = this.#at;
    while (end > 0 && isWhite(t.charCodeAt(end - 1))) end--;
    if (end === 0) {
      this.#at = 0;
      return false;
    }
    let start = end - 1;
    if (!SUBJECT_MARKS.has(t.charAt(start))) {
      while (start > 0 && !isWhite(t.charCodeAt(start - 1)) && !SUBJECT_MARKS.has(t.charAt(start - 1))) start--;
    }
    this.#starts.push(start);
    this.#ends.push(end);
    this.#at = start;
    return true;
  }
}

const CLAUSE_WORDS = /^(?:that|what|which|who|whom|whose|how|why|when|where|if|whether|because|though|although)$/i;

const TIME_WORDS =
  /^(?:today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|earlier|later|recently|last|next|this|early|late|ago|on|in|at)$/i;

/** Whether words can name a speaker: not "Thursday morning", "that its market ...", "tweets early Friday". */
export function isNounPhrase(words: string[]): boolean {
  if (words.every((w) => NOT_NAME_WORDS.has(w) || TIME_WORDS.test(w))) return false;
  if (words.some((w) => CLAUSE_WORDS.test(w))) return false;
  // (A speech verb right after "the" is the phrase's noun: "the accused".)
  return !words.some((w, k) => SPEECH_VERBS.has(w) && !(k === 1 && words.length === 2 && ARTICLES.has((words[0] as string).toLowerCase())));
}

/** Words a subject phrase may open with in lower case: "the minister", "one official", "he". */
const SUBJECT_OPENERS = new Set(
  'the a an one two three four five several some many most all both another other his her their its our my this that these those he she they police officials'.split(
    ' ',
  ),
);

/**
 * Whether the words between a quote and a speech verb can be its subject: "Mr. Obama",
 * "the minister", "angry workers"; not "compared to 11% of Democratic" (before "claims").
 */
export function canBeSubject(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const first = words[0] as string;
  // "compared to 11% of Democratic [claims]": a number is no subject ("a NY1 representative" is).
  if (/(?:^|\s)[\d$]/.test(phrase) && !/-year-old/.test(phrase)) return false;
  // "“...,” Pike did not ask": a negated verb attributes nothing.
  if (/\b(?:not|never)$|n['’]t$/i.test(phrase.trim())) return false;
  // "“...,” according to Donoghue’s notes": after a possessive the "verb" is a noun.
  if (/\p{L}['’]s$/u.test(phrase.trim())) return false;
  // "“...,” when Clinton blasted him": a subordinate clause after the quote is not its attribution.
  if (SUBORDINATE_START.test(first.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))) return false;
  if (/\p{Lu}/u.test(phrase)) return true;
  const head = (words.at(-1) as string).toLowerCase();
  return SUBJECT_OPENERS.has(first.toLowerCase()) || GROUP_NOUNS.has(head) || ROLE_NOUNS.has(head) || /[^s]s$/.test(head);
}

/**
 * "workers gathered outside the building and chanted “...”": a verb after "and" shares the
 * subject of the verb before it.
 */
export function coordinatedSubject(ctx: Context, from: number, verbAt: number, q: QuoteDraft): Found | null {
  const left = ctx.cueText.slice(from, verbAt);
  const and = /\s(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u.exec(left);
  if (!and) return null;
  const words = [...left.slice(0, and.index).matchAll(/[^\s,;:]+|[,;:]/g)];
  for (let i = words.length - 1; i > 0; i--) {
    const w = (words[i] as RegExpMatchArray)[0];
    if (/^[;:]$/.test(w)) return null;
    // A verb in a relative clause ("the raid that killed X") is not the one "and" continues.
    if (!isFiniteVerb(w) || /^(?:that|which|who)$/i.test((words[i - 1] as RegExpMatchArray)[0])) continue;
    // "a forum sponsored by NBC News": a participle before "by" is passive, not the clause's verb.
    if (/^by$/i.test((words[i + 1] as RegExpMatchArray | undefined)?.[0] ?? '')) continue;
    const verbAt = from + ((words[i] as RegExpMatchArray).index ?? 0);
    const found = subjectOf(ctx, from, verbAt, q) ?? clauseSubject(ctx, from, verbAt, q, true);
    if (found) return found;
  }
  return null;
}

/** Opening words of an introductory phrase that ends at a comma: "During a speech, ...". */
const INTRODUCTORY =
  /^(?:During|After|Before|In|At|On|Following|As|When|While|Despite|Since|With|Without|Speaking|Earlier|Later|Last|On|From|Under|Amid|Asked|Hours|Days|Weeks|Months|Years|Minutes|Moments|Shortly|Meanwhile|However|Yesterday|Today|Tonight|Afterward|Afterwards)\b[^,]{0,120},\s*/;

/** A word that ends a clause's subject: a finite verb or auxiliary. */
const isFiniteVerb = (w: string) => /^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST.has(w);

/** "Trump says", "she claims": a verb in -s after a name or a pronoun; "the protesters" is a noun. */
const isPresentAfter = (w: string, prev: string, prevIndex: number) =>
  /^\p{Ll}+s$/u.test(w) &&
  !DETERMINERS.has(prev.toLowerCase()) &&
  !/\d/.test(prev) &&
  // after a possessive it is a noun: "Scott's relatives"
  !/['’]s$/.test(prev) &&
  // a capitalised word opening the sentence may be an adjective: "Small groups of protesters"
  (prevIndex > 0 || !/^\p{Lu}/u.test(prev) || namesABodyWord(prev)) &&
  // "several environmental groups": a noun for speakers is no verb
  !canSpeak(w);

/**
 * The subject of the clause that runs from `from` to `to`: after an introductory phrase, the
 * words before the first finite verb, up to a comma ("Dean, a former chairman, poked ...").
 */
/** A word, or a comma, semicolon or colon, of a clause. */
const CLAUSE_WORD = /[^\s,;:]+|[,;:]/g;

export function clauseSubject(ctx: Context, from: number, to: number, q: QuoteDraft, toIsVerb = false): Found | null {
  // The words are read once per clause: each quote of a sentence asks for its subject again.
  const key = `${from} ${to} ${toIsVerb}`;
  let span = ctx.clauseSubjects.get(key);
  if (span === undefined) {
    span = clauseSubjectSpan(ctx, from, to, toIsVerb);
    ctx.clauseSubjects.set(key, span);
  }
  if (!span) return null;
  // (The ranker asks again for the subject the rules just resolved for the same quote.)
  const last = ctx.lastSubject;
  if (last !== null && last.q === q && last.span === span) return last.found;
  let found = ctx.resolvePhrase(ctx, ctx.d.text.slice(span.start, span.end), span.start, q, 'before');
  // "Leader of the Opposition, Amar Bauri, launched ...": the name set off after a description is who it is.
  if (found?.speakerType !== 'person') found = appositiveName(ctx, span.end, to) ?? found;
  ctx.lastSubject = { q, span, found };
  return found;
}

const COMMA_AFTER_SUBJECT = /^\s*,\s*/;
const COMMA_AFTER_NAME = /^\s*,/;

/** The person named between commas right after a subject that ends at `at` (before `to`), or null. */
function appositiveName(ctx: Context, at: number, to: number): Found | null {
  const { text } = ctx.d;
  const comma = COMMA_AFTER_SUBJECT.exec(text.slice(at, at + 4));
  if (!comma) return null;
  const start = at + comma[0].length;
  const m = mentionsBetween(ctx, start, start + 1)[0];
  if (!m || m.end >= to || !COMMA_AFTER_NAME.test(text.slice(m.end, m.end + 2))) return null;
  return personFound(ctx.d, m.person, 'explicit');
}

/** The words of the subject of the clause from `from` to `to`, unresolved, or null (see clauseSubject). */
export function clauseSubjectWords(ctx: Context, from: number, to: number): string | null {
  const key = `${from} ${to} false`;
  let span = ctx.clauseSubjects.get(key);
  if (span === undefined) {
    span = clauseSubjectSpan(ctx, from, to, false);
    ctx.clauseSubjects.set(key, span);
  }
  return span && ctx.d.text.slice(span.start, span.end);
}

/** Where the subject of the clause from `from` to `to` stands, or null (see clauseSubject). */
function clauseSubjectSpan(ctx: Context, from: number, to: number, toIsVerb: boolean): Span | null {
  const text = ctx.cueText.slice(from, to);
  const intro = INTRODUCTORY.exec(text);
  const start = intro ? intro[0].length : 0;
  // The words up to the first finite verb (not past it: the verb is usually a few words in).
  const body = text.slice(start);
  const words: RegExpExecArray[] = [];
  let verb = -1;
  CLAUSE_WORD.lastIndex = 0;
  for (let w = CLAUSE_WORD.exec(body); w !== null; w = CLAUSE_WORD.exec(body)) {
    const k = words.push(w) - 1;
    if (k > 0 && (isFiniteVerb(w[0]) || isPresentAfter(w[0], (words[k - 1] as RegExpExecArray)[0], k - 1))) {
      verb = k;
      break;
    }
  }
  // When the text ends at the verb ("Minyon Moore, a senior adviser ..., [called]"), it ends the subject.
  if (verb < 0 && toIsVerb) verb = words.length;
  if (verb <= 0) return null;
  // "Trump openly admires": adverbs before the verb are not the subject's.
  while (verb > 1 && isVerbAdverb((words[verb - 1] as RegExpMatchArray)[0])) verb--;
  const comma = words.findIndex((w) => /^[,;:]$/.test(w[0]));
  const end = comma > 0 && comma < verb ? comma : verb;
  const last = words[end - 1] as RegExpMatchArray;
  return { start: from + start, end: from + start + (last.index ?? 0) + last[0].length };
}

/** The first person named in the quote's sentence before it, outside quotes. */
export function subjectOfSentence(ctx: Context, q: QuoteDraft): Found | null {
  const sentence = sentenceOf(ctx, q);
  // Its grammatical subject when that is a person or a named body: "PolitiFact rated ... “false”".
  const subject = sentence && clauseSubject(ctx, sentence.start, Math.min(q.start, sentence.start + MAX_CUE_REACH), q);
  if (subject && (subject.speakerType === 'person' || namesABody(ctx, subject.speaker ?? ''))) {
    return { ...subject, attribution: subject.attribution === 'explicit' ? 'context' : subject.attribution };
  }
  const named = sentence && firstNamed(ctx, sentence.start, q.start);
  return named ? personFound(ctx.d, named.person, 'context') : null;
}

/** The subject of the quote's sentence, when it is a group the rules did not give. */
export function sentenceSubjectGroup(ctx: Context, q: QuoteDraft, ruleFound: Found): Found | null {
  const sentence = sentenceOf(ctx, q);
  if (!sentence || sentence.start >= q.start) return null;
  const subject = clauseSubject(ctx, sentence.start, Math.min(q.start, sentence.start + MAX_CUE_REACH), q);
  if (subject?.speakerType !== 'group' || subject.speaker === ruleFound.speaker) return null;
  return { ...subject, attribution: 'context' };
}
