// Stage: who said each quote, by which cue, and how that was decided.
//
// In order, for each quote:
//  1. after the quote:  `,” said X`, `,” X said`, `,” according to X`, `” — X`;
//  2. before the quote: `X said: “`, `X told the workers: “`, `X called it “`;
//  3. the context: a second quote in a paragraph whose first is attributed ("“A,” he said.
//     “B.”"), a quote alone in its paragraph after an attributed quote or a colon.
// The speaker phrase found is then resolved: a name to the person it names (explicit), he/she
// to the subject of the nearest sentence that fits (pronoun), "the minister" to the person
// with that role or the nearest subject (description), and plural or organisational phrases
// ("angry workers", "the ministry") are kept as groups.
// It does not find quotes or people; it reads what those stages found.

import { OBJECT_FIRST_VERBS } from '../data/speaker-phrases.js';
import { SPEAKER_WEIGHTS } from '../data/speaker-weights.js';
import {
  ABBREVIATED_TITLES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  IRREGULAR_PAST,
  NOT_NAME_WORDS,
  OPENING_MODIFIERS,
  ROLE_NOUNS,
  SPEAKER_PRONOUNS,
  SPEECH_VERBS,
} from '../data/words.js';
import { splitSentences } from '../text/sentences.js';
import { isTitleCaseStory } from '../text/title-case.js';
import type { Span } from '../types.js';
import type { Block, Draft, Mention, PersonDraft, QuoteDraft } from './draft.js';
import { canSpeak, droppedOpenerLength, isVerbAt, refuseSpeakerPhrase } from './speaker-phrase.js';
import { type Candidate, chooseSpeaker, type Found, ranks, scoreOf, speakerCandidates } from './speaker-ranker.js';

const VERB = `(?<verb>${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})`;
/** Verbs that stand before their subject after a quote (`“...,” said X`): no -ing form, no `told X`. */
const INVERTED_VERB = `(?<verb>${[...SPEECH_VERBS]
  .filter((v) => !/ing$/.test(v) && !OBJECT_FIRST_VERBS.has(v))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** A phrase naming a speaker: no clause punctuation; periods only after an initial ("M. K."). */
const PHRASE_CHAR = String.raw`(?:[^,.;:!?“”"«»\n]|(?<=\b\p{Lu})\.)`;
const PHRASE = `(?<speaker>${PHRASE_CHAR}{1,80}?)`;
const PHRASE_END = String.raw`(?=\s*(?:[,.;:!?“”"]|$))`;

interface CuePattern {
  rule: string;
  pattern: RegExp;
}

/** Tried on the text right after a quote's closing mark, in order. */
const AFTER_QUOTE: readonly CuePattern[] = [
  // `“...,” said a strategist who spoke on condition of anonymity`: the phrase may end at "who".
  {
    rule: 'after:verb-speaker',
    pattern: new RegExp(String.raw`^,?\s*${INVERTED_VERB}\s+${PHRASE}(?:${PHRASE_END}|(?=\s+(?:who|whose|which)\s))`, 'u'),
  },
  { rule: 'after:according-to', pattern: new RegExp(String.raw`^,?\s*(?<verb>according to)\s+${PHRASE}${PHRASE_END}`, 'iu') },
  { rule: 'after:speaker-verb', pattern: new RegExp(String.raw`^,?\s*${PHRASE}\s+(?:\p{Ll}+ly\s+)?${VERB}\b`, 'u') },
  {
    // `“...” for criminal behavior, she said.`: the attribution ends the quote's sentence.
    rule: 'after:sentence-end-attribution',
    pattern: new RegExp(String.raw`^[^“”".!?\n]{1,80}?,\s+${PHRASE}\s+(?:\p{Ll}+ly\s+)?${VERB}(?=\s*(?:[.!?]|$))`, 'u'),
  },
  {
    // `“...,” as a Homeland Security memo put it.`
    rule: 'after:as-x-put-it',
    pattern: new RegExp(String.raw`^,?\s*as\s+${PHRASE}\s+(?<verb>puts? it|said|says|wrote|writes|noted|notes)\b`, 'u'),
  },
  {
    // "X, the leader of the protest, said", "X, 45, said", "X, R-Ky., said"
    rule: 'after:speaker-appositive-verb',
    pattern: new RegExp(String.raw`^,?\s*${PHRASE},\s[^“”"\n]{1,120}?,\s+(?:\p{Ll}+ly\s+)?${VERB}\b`, 'u'),
  },
  {
    rule: 'after:dash-signature',
    pattern: new RegExp(String.raw`^\s*[-–—―]{1,2}\s*(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)${PHRASE_END}`, 'u'),
  },
];

/**
 * Periods that end neither a sentence nor a speaker phrase: "Mr.", "Sen.", "(D-Mo.)",
 * "R-Ky.". Cue patterns read a copy of the text with these masked (same length, same offsets).
 */
const NON_FINAL_PERIODS = new RegExp(
  String.raw`\b(?:${[...ABBREVIATED_TITLES].join('|')})\.|\([^()\n]{1,30}\)|\b[RDI]-\p{Lu}[\p{L}.]{1,12}`,
  'gu',
);
const MASKED_PERIOD = '\u2024';
/** "Whitcombe Said On Tuesday": a capitalised speech verb after a capitalised word, as in a Title Case story. */
const HEADLINE_VERB = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’.\u2024-]*[,”"]? )(${[...SPEECH_VERBS]
    .filter((v) => !v.includes(' '))
    .map((v) => v.charAt(0).toUpperCase() + v.slice(1))
    .join('|')})\b`,
  'gu',
);
/**
 * In a Title Case story the speech verbs are read in lower case, so that cue patterns find
 * them (same length, same offsets). Whether the story is one is read from its opening.
 */
function lowerHeadlineVerbs(text: string): string {
  if (!isTitleCaseStory(text)) return text;
  return text.replace(HEADLINE_VERB, (_, before: string, verb: string) => before + verb.toLowerCase());
}
const maskPeriods = (text: string) => text.replace(NON_FINAL_PERIODS, (m) => m.replaceAll('.', MASKED_PERIOD));

/** `Said Ellis: “` and `..., said X: “`: the speaker after the verb. */
const SPEAKER_AFTER_VERB_IN_SENTENCE = new RegExp(String.raw`^\s+(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)${PHRASE_END}`, 'u');
const SPEAKER_AFTER_VERB = new RegExp(String.raw`^\s+(?<speaker>\p{Lu}${PHRASE_CHAR}{1,60}?)\s*[:,]\s*$`, 'u');
/** "..., according to X." anywhere in the quote's sentence. */
// "..., per the party's bylaws.": "per" after a comma is "according to".
const ACCORDING_IN_SENTENCE = new RegExp(String.raw`(?:\b(?<cue>according to)|(?:^|,)\s*(?<per>per))\s+${PHRASE}${PHRASE_END}`, 'iu');

/** `X commented, “`: a speech verb and a comma or colon right before a quote mark. */
const SPEECH_VERB_BEFORE_MARK = new RegExp(
  String.raw`\b(?:${[...SPEECH_VERBS].filter((v) => !v.includes(' ')).join('|')})\s*[,:]\s*["“«'‘]?$`,
);
const VERB_BEFORE_MARK_CHARS = 24;
/** Literal words the "according to" and "per" patterns need, looked for before them. */
const HAS_ACCORDING = /ccording to/i;
const HAS_PER = /\bper\b/i;
/** A speech verb near the end of the text before a quote: `X told the workers: “`. */
/** "..., according to their attorneys, and said they came away with “...”". */
const ACCORDING_ANYWHERE = /\baccording to\s+(?<speaker>[^,.;:!?“”"]{1,60}?)\s*(?=,)/iu;
/** Where a new clause, with its own subject, starts: "..., even as the opposition called it “...”". */
const CLAUSE_BREAK_MARKS = new Set(['.', '!', '?', '“', '”', '"', ';']);
const CLAUSE_BREAK_PHRASE = /,\s+(?:even as|even though|while|whereas|although|though|but|as|when|after|before)\s/y;
/** How far from a quote (characters) its cue is looked for. */
const MAX_CUE_REACH = 400;
/** Longest name a mention can be, for finding the mentions that overlap a phrase. */
const MAX_NAME_CHARS = 120;
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
const SUBORDINATE_START = /^\s*(?:When|While|After|Before|As|Although|Though|If|Because|Since|Once|Until|Whereas)\b/;

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
    (v) => !(/ing$/.test(v.verb) ? DETERMINER_BEFORE : NOUN_BEFORE).test(text.slice(Math.max(0, v.start - 12), v.start)),
  );
}

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
/** Words that end a subject when walking back from a verb: "was met by angry workers chanting". */
const SUBJECT_STOP = new Set(
  'by that which who whom whose and but or when while as if because though although since once unless until whereas after before then than to said says told it its this these those there'.split(
    ' ',
  ),
);
const MAX_PHRASE_WORDS = 10;
/** Auxiliaries and negation: a phrase after one is the object of a verb, not a subject. */
const AUXILIARY = new Set(
  'did does do not can could will would should may might must was were is are has have had be been being'.split(' '),
);
/** Adverbs and auxiliaries between a subject and its verb: "Democrats also blasted", "she did not say". */
const ADVERB = /^(?:\p{Ll}+ly|also|then|now|later|again|still|often|never|already|too|once|even|just|repeatedly)$/u;
const isVerbAdverb = (w: string) => ADVERB.test(w) || AUXILIARY.has(w);
/** Where a group phrase's noun ends: "Protesters | marching through the streets". */
const GROUP_PHRASE_END = /^(?:\p{Ll}+ing|who|that|which|at|in|on|from|with|near|outside|inside|across|through|during|after|before)$/u;
const PERSON_WORDS = /^(?:\d+-year-old|man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister)$/;
/** How many paragraphs back a pronoun or description may reach for its person. */
const ANAPHOR_REACH = 3;
const ARTICLES = new Set(['the', 'a', 'an']);
const NOT_CONTENT = new Set(['the', 'a', 'an', 'of', 'former', 'new', 'year', 'old', 'at', 'in', 'for', 'and']);

interface Context {
  d: Draft;
  /** The text with non-final periods masked, for cue patterns. */
  cueText: string;
  /** The --debug lines for the quote being attributed: candidates and why one won. */
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
}

/** The ranker's weights, as a map (looked up once per feature of every candidate). */
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(SPEAKER_WEIGHTS));

/** Rules whose answer is never ranked. */
const RULES_KEPT = new Set(['context:same-paragraph', 'context:signed', 'transcript']);

/** Sees each ranked quote's candidates and the one chosen (for scripts/train-speakers.mjs). */
export type CandidateSink = (q: QuoteDraft, index: number, candidates: Candidate[]) => void;

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

/** The ranker's choice among the rules' answer, the people named near the quote and no speaker. */
function rankSpeaker(
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
  });
  sink?.(q, index, candidates);
  const best = chooseSpeaker(candidates, weights);
  if (!best) return ruleFound;
  if (ctx.notes) {
    for (const c of candidates)
      note(ctx, `ranked ${c.found.speaker ?? 'no speaker'}: ${scoreOf(c.features, weights).toFixed(2)} [${c.features.join(' ')}]`);
  }
  if (best.found !== ruleFound) note(ctx, `ranker overrides ${ctx.rule} (${ruleFound.speaker}) -> ${best.found.speaker}`);
  return best.found;
}

/** The sentences of paragraph `p` (none outside the story), split once, when first asked for. */
function sentencesIn(ctx: Context, p: number): Span[] {
  let sentences = ctx.sentences[p];
  if (sentences === undefined) {
    const b = ctx.d.blocks[p];
    sentences = b ? splitSentences(ctx.d.text, b.start, b.end) : [];
    if (b) ctx.sentences[p] = sentences;
  }
  return sentences;
}

/** Adds a line to the --debug trace of the quote being attributed. */
function note(ctx: Context, line: string): void {
  ctx.notes?.push(line);
}

const NO_SPEAKER: Found = { speaker: null, speakerType: null, attribution: 'none', person: null };

function attributeOne(ctx: Context, q: QuoteDraft, index: number): Found {
  const { d } = ctx;
  const label = transcriptSpeaker(ctx, q);
  if (label) {
    note(ctx, `won by transcript label -> ${label.speaker}`);
    ctx.rule = 'transcript';
    return label;
  }
  const after = textAfter(ctx, q, index);
  // `X commented, “...,” according to the press release`: the verb before the quote names who spoke.
  const spokenBefore = SPEECH_VERB_BEFORE_MARK.test(ctx.cueText.slice(Math.max(0, q.start - VERB_BEFORE_MARK_CHARS), q.start));
  for (const cue of startsNewClause(d, q, after.text) ? [] : AFTER_QUOTE) {
    if (spokenBefore && cue.rule === 'after:according-to') continue;
    const m = cue.pattern.exec(after.text);
    const phrase = m?.groups?.speaker;
    if (!m || !phrase) continue;
    const phraseStart = after.start + (m.index ?? 0) + m[0].lastIndexOf(phrase);
    let found = cue.rule === 'after:speaker-verb' && !canBeSubject(phrase) ? null : resolvePhrase(ctx, phrase, phraseStart, q);
    // "the White House spokesman, Josh Earnest, said": the name the description stands beside.
    if (found && found.attribution !== 'explicit') found = nameBesides(ctx, phraseStart + phrase.length) ?? found;
    if (!found) {
      note(ctx, `candidate ${cue.rule} ${JSON.stringify(phrase)}: rejected, not a speaker`);
      continue;
    }
    q.cue = (m.groups?.verb ?? null)?.toLowerCase() ?? null;
    note(ctx, `won by ${cue.rule} cue=${q.cue} phrase=${JSON.stringify(phrase)} -> ${found.speaker} (${found.attribution})`);
    ctx.rule = cue.rule;
    return found;
  }
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
    note(ctx, `won by ${cue.rule} cue=${q.cue} -> ${found.speaker}`);
    ctx.rule = cue.rule;
    return found;
  }
  const verbs = speechVerbsBefore(before.text);
  const nearest = verbs.at(-1);
  if (nearest) {
    // The subject is the first speech verb's ("X said that Y had called it “...”" is X), the
    // cue the verb nearest the quote; a participle a word or two before a comma ("a swiftly
    // called, late meeting", "a message posted Friday, Cruz said") is no speech.
    // "The spot ends with footage of Trump saying, “...”": a named participle's subject comes first.
    let found: Found | null = /ing$/.test(nearest.verb) ? nameBeforeParticiple(ctx, before.start + nearest.start) : null;
    for (const v of found ? [] : verbs) {
      found = parentheticalSpeaker(ctx, before, v, q);
      if (found) {
        note(ctx, `candidate set off by commas after "${v.verb}": ${found.speaker}`);
        break;
      }
      if (v !== nearest && /^(?:\s+[\p{L}\d]+){0,2},\s*\S/u.test(before.text.slice(v.end))) continue;
      // "defend not paying an architect who said he was stiffed, saying, “...”": a relative clause's verb is not the main one.
      if (v !== nearest && RELATIVE_BEFORE.test(before.text.slice(0, v.start))) continue;
      found = subjectOf(ctx, before.start, before.start + v.start, q) ?? coordinatedSubject(ctx, before.start, before.start + v.start, q);
      note(ctx, `candidate subject of "${v.verb}" before the quote: ${found ? `${found.speaker} (${found.attribution})` : 'none'}`);
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
        if (found) note(ctx, `candidate named around the appositive before "${v.verb}": ${found.speaker}`);
        found ??= clauseSubject(ctx, before.start, before.start + v.start, q, true);
        note(ctx, `candidate subject of the clause before ", ${v.verb}": ${found ? `${found.speaker} (${found.attribution})` : 'none'}`);
      }
      if (found) break;
    }
    const tailText = before.text.slice(nearest.end);
    const tail = SPEAKER_AFTER_VERB.exec(tailText)?.groups?.speaker;
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
      note(ctx, `won by before:subject-verb cue=${q.cue} -> ${found.speaker} (${found.attribution})`);
      ctx.rule = 'before:subject-verb';
      return found;
    }
  }
  const accordingLater = accordingInSentence(ctx, q);
  if (accordingLater) {
    const { cue, ...found } = accordingLater;
    q.cue = cue;
    note(ctx, `won by according-to in sentence -> ${found.speaker}`);
    ctx.rule = 'according-to';
    return found;
  }
  ctx.rule = 'no-cue';
  const context = fromContext(ctx, q, index);
  if (!context.speaker) {
    // A partial quote inside reported speech: "Trump is again questioning ... “on the up and up.”"
    const subject = subjectOfSentence(ctx, q);
    if (subject) {
      note(ctx, `won by sentence subject -> ${subject.speaker}`);
      ctx.rule = 'sentence-subject';
      return subject;
    }
  }
  note(ctx, `won by ${context.speaker ? 'context' : 'no cue'} -> ${context.speaker}`);
  if (!context.speaker) ctx.rule = 'no-cue';
  return context;
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

/**
 * The words after a quote belong to something else when the quote ended its sentence and a
 * new one starts ("“Go away!” He told the workers: “...”"), or when they end in a colon that
 * introduces the next quote.
 */
function startsNewClause(d: Draft, q: QuoteDraft, after: string): boolean {
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
  const object = last === '.' ? VERB_WITH_OBJECT.exec(after)?.groups?.next : undefined;
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

/**
 * `“WALLACE: Let's start ...”`: a transcript turn names its speaker at the front. In an
 * interview, `Q: “...”` is the interviewer's (no speaker) and `A: “...”` the answer of the person
 * the story is about: the one it has named most up to there.
 */
function transcriptSpeaker(ctx: Context, q: QuoteDraft): Found | null {
  const { d } = ctx;
  const para = d.blocks[q.firstPara] as Block;
  const lead = q.start - para.start <= MAX_LABEL_CHARS ? d.text.slice(para.start, q.start) : '';
  const turn = QA_TURN.exec(lead)?.groups?.turn;
  if (turn) {
    const answer = /^A/i.test(turn);
    const person = answer ? mostNamedBefore(ctx, q.start) : null;
    note(
      ctx,
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

const QUOTE_MARK = /[“”"]/;
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

/** "“Bobby!” at a labor conference last month, according to the union's president." */
function accordingInSentence(ctx: Context, q: QuoteDraft): (Found & { cue: string }) | null {
  const sentences = sentencesIn(ctx, q.lastPara);
  const sentence = sentences.find((s) => s.start <= q.end && q.end <= s.end);
  if (!sentence) return null;
  const from = q.end + (/^["”»’']/.exec(ctx.cueText.slice(q.end, q.end + 1))?.[0].length ?? 0);
  const reach = ctx.cueText.slice(from, Math.min(sentence.end, from + MAX_CUE_REACH));
  // A cue past the next quote mark is another quote's: the text is read up to that mark. (The
  // speaker's words stop at a quote mark, and a quote mark ends them as well as the end does.)
  const mark = reach.search(QUOTE_MARK);
  const rest = mark < 0 ? reach : reach.slice(0, mark);
  const m = HAS_ACCORDING.test(rest) || HAS_PER.test(rest) ? ACCORDING_IN_SENTENCE.exec(rest) : null;
  const phrase = m?.groups?.speaker;
  if (!m || !phrase) return null;
  const found = resolvePhrase(ctx, phrase, from + (m.index ?? 0) + m[0].lastIndexOf(phrase), q);
  return found && { ...found, cue: m.groups?.per ? 'per' : 'according to' };
}

/** "footage of Hillary Clinton asking, “...”": a name just before a participle is its subject. */
function nameBeforeParticiple(ctx: Context, verbAt: number): Found | null {
  let last: Mention | undefined;
  for (const m of mentionsBetween(ctx, verbAt - MAX_NAME_CHARS, verbAt)) last = m;
  if (!last || !/^\s+$/.test(ctx.d.text.slice(last.end, verbAt))) return null;
  return personFound(ctx.d, last.person, 'explicit');
}

/** Walks back from a speech verb over the words of its subject and resolves them. */
function subjectOf(ctx: Context, from: number, verbAt: number, q: QuoteDraft): Found | null {
  const { d } = ctx;
  const left = d.text.slice(from, verbAt);
  const words = [...left.matchAll(/[^\s,;:―—–]+|[,;:―—–]/g)];
  let i = words.length - 1;
  while (i >= 0 && isVerbAdverb((words[i] as RegExpMatchArray)[0])) i--; // "quickly said", "also said"
  const end = i;
  // "A few days ago in an interview he blasted": a pronoun is a whole subject.
  const pronoun = i >= 0 && SPEAKER_PRONOUNS.has((words[i] as RegExpMatchArray)[0].toLowerCase());
  if (pronoun) i--;
  while (!pronoun && i >= 0) {
    const w = (words[i] as RegExpMatchArray)[0];
    // "the Security Council issued a statement calling ...": a finite verb ends the subject.
    const verbLike = i < end && /^\p{Ll}+ed$/u.test(w);
    // A capitalised preposition opens the sentence, not the subject: "In a Bloomberg interview Trump declared".
    const opener = /^(?:In|On|At|From|With|During|After|Before|For|By|Under|Amid|Of)$/.test(w);
    // "He did not address his series of early-morning [tweets]": after an auxiliary the words are an object.
    if (AUXILIARY.has(w.toLowerCase())) return null;
    if (/^[,;:―—–-]$/.test(w) || SUBJECT_STOP.has(w.toLowerCase()) || verbLike || opener || end - i >= MAX_PHRASE_WORDS) break;
    i--;
  }
  if (i === end) {
    // "the police department which reported “...”", "Ms. Reyes, who told reporters": the antecedent.
    const relative = words[i] as RegExpMatchArray | undefined;
    if (!relative || !/^(?:who|which)$/i.test(relative[0])) return null;
    const antecedentEnd = from + (relative.index ?? 0);
    const antecedent = d.text.slice(from, antecedentEnd).replace(/[\s,]+$/, '');
    // "came from the statistics bureau, which": the noun phrase from its last article.
    const article = /\b(?:the|a|an)\s+(?:[^\s,;:]+\s+){0,4}[^\s,;:]+$/i.exec(antecedent);
    if (article) return resolvePhrase(ctx, article[0], from + article.index, q, 'before');
    return antecedent.length > 0 ? subjectOf(ctx, from, from + antecedent.length, q) : null;
  }
  const first = words[i + 1] as RegExpMatchArray;
  const last = words[end] as RegExpMatchArray;
  const start = from + (first.index ?? 0);
  const phrase = d.text.slice(start, from + (last.index ?? 0) + last[0].length);
  return resolvePhrase(ctx, phrase, start, q, 'before');
}

const CLAUSE_WORDS = /^(?:that|what|which|who|whom|whose|how|why|when|where|if|whether|because|though|although)$/i;
const TIME_WORDS =
  /^(?:today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|earlier|later|recently|last|next|this|early|late|ago|on|in|at)$/i;

/** Whether words can name a speaker: not "Thursday morning", "that its market ...", "tweets early Friday". */
function isNounPhrase(words: string[]): boolean {
  if (words.every((w) => NOT_NAME_WORDS.has(w) || TIME_WORDS.test(w))) return false;
  if (words.some((w) => CLAUSE_WORDS.test(w))) return false;
  return !words.some((w) => SPEECH_VERBS.has(w));
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
function canBeSubject(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const first = words[0] as string;
  // "compared to 11% of Democratic [claims]": a number is no subject ("a NY1 representative" is).
  if (/(?:^|\s)[\d$]/.test(phrase) && !/-year-old/.test(phrase)) return false;
  // "“...,” Pike did not ask": a negated verb attributes nothing.
  if (/\b(?:not|never)$|n['’]t$/i.test(phrase.trim())) return false;
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
function coordinatedSubject(ctx: Context, from: number, verbAt: number, q: QuoteDraft): Found | null {
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
  /^(?:During|After|Before|In|At|On|Following|As|When|While|Despite|Since|With|Without|Speaking|Earlier|Later|Last|On|From|Under|Amid|Asked)\b[^,]{0,120},\s*/;
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

function clauseSubject(ctx: Context, from: number, to: number, q: QuoteDraft, toIsVerb = false): Found | null {
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
  const found = resolvePhrase(ctx, ctx.d.text.slice(span.start, span.end), span.start, q, 'before');
  ctx.lastSubject = { q, span, found };
  return found;
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

function resolvePhrase(ctx: Context, text: string, from: number, q: QuoteDraft, subjectSide: 'before' | 'after' = 'after'): Found | null {
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
  const qualifies = (m: Mention) =>
    !preposition || m.start < at + preposition.index || lead.every((w) => /^\p{Lu}/u.test(w) && !ARTICLES.has(w.toLowerCase()));
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
    note(ctx, `pronoun "${pronounWord}": nearest group subject before it: ${group?.speaker ?? 'none'}`);
    return group ?? { speaker: null, speakerType: null, attribution: 'none', person: null };
  }
  if (pronoun) {
    const person = resolveAnaphor(ctx, q.start, pronoun);
    note(
      ctx,
      `pronoun "${pronounWord}": nearest ${pronoun} subject before the quote: ${person === null ? 'none' : (d.people[person] as PersonDraft).name}`,
    );
    return person === null ? NO_SPEAKER : personFound(d, person, 'pronoun');
  }
  if (words.some((w) => /^(?:I|we|you|it|this|that|there|which|who)$/i.test(w)) && words.length <= 2) return null;
  if (!isNounPhrase(core)) return null;
  const corePhrase = core.join(' ');
  // The head noun stands before "of", "for" or "at": "the leader of the party", "a spokesperson for the bank".
  const linked = core.findIndex((w, k) => k > 0 && /^(?:of|for|at)$/.test(w));
  const headAt = (linked > 0 ? linked : core.length) - 1;
  const refusal = refuseSpeakerPhrase(core, headAt);
  if (refusal) {
    note(ctx, `phrase ${JSON.stringify(corePhrase)} refused: ${refusal}`);
    return null;
  }
  const head = (core[headAt] as string).toLowerCase().replace(/['’]s$/, '');
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

function personFound(d: Draft, person: number, attribution: QuoteDraft['attribution']): Found {
  return { speaker: (d.people[person] as PersonDraft).name, speakerType: 'person', attribution, person };
}

/** "the minister": the person the story gave that role, else the nearest fitting subject. */
function resolveDescription(ctx: Context, words: string[], at: number): number | null {
  const content = words.map((w) => w.toLowerCase()).filter((w) => !NOT_CONTENT.has(w) && !/\d/.test(w));
  // The person whose role shares most words with the description, one of them a role noun
  // ("the defence minister" is the Defence Minister, not the External Affairs Minister named first).
  let byRole = -1;
  let most = 0;
  ctx.d.people.forEach((p, i) => {
    for (const r of p.roles) {
      const roleWords = r.toLowerCase().split(/[\s-]+/);
      if (!roleWords.some((w) => content.includes(w) && ROLE_NOUNS.has(w))) continue;
      const shared = roleWords.filter((w) => content.includes(w)).length;
      // (Two defence ministers: the one named last before the quote.)
      if (shared > most || (shared === most && byRole >= 0 && lastNamedBefore(ctx, i, at) > lastNamedBefore(ctx, byRole, at))) {
        most = shared;
        byRole = i;
      }
    }
  });
  if (byRole >= 0) return byRole;
  // "the man shouted", "the organizer told": someone the story never named, not the last man it
  // named. Other descriptions vary the name of the person just written about ("Ocampo flew over
  // ... “...,” the 58-year-old former police general said"): the nearest subject that fits.
  const head = content.at(-1) ?? '';
  if (content.some((w) => ANYONE_WORDS.has(w)) || !ROLE_NOUNS.has(head)) return null;
  const gender = content.some((w) => /^(?:father|son|husband|brother|king|businessman|chairman|spokesman)$/.test(w))
    ? 'male'
    : content.some((w) => /^(?:mother|daughter|wife|sister|queen|businesswoman|chairwoman|spokeswoman)$/.test(w))
      ? 'female'
      : null;
  return resolveAnaphor(ctx, at, gender);
}

/** Where the story last names a person before `at` (outside quotes), or -1. */
function lastNamedBefore(ctx: Context, person: number, at: number): number {
  let last = -1;
  for (const m of mentionsBetween(ctx, 0, at)) if (m.person === person && !insideQuote(ctx, m)) last = m.start;
  return last;
}

/** Descriptions anyone in a crowd fits: "the man", "a woman", "the organizer", "the member". */
const ANYONE_WORDS = new Set(
  'man woman men women boy girl guy kid person voice member friend organizer organiser supporter protester voter resident worker neighbor neighbour passenger customer witness'.split(
    ' ',
  ),
);

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

/** Index of the first mention starting at or after `at` (mentions are in text order). */
function firstMentionFrom(ctx: Context, at: number): number {
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
function mentionsBetween(ctx: Context, from: number, to: number): readonly Mention[] {
  const mentions = ctx.d.mentions;
  const first = firstMentionFrom(ctx, from);
  let end = first;
  while (end < mentions.length && (mentions[end] as Mention).start < to) end++;
  // (A copy of a few entries costs less than a generator stepped through them.)
  return end === first ? NO_MENTIONS : mentions.slice(first, end);
}
const NO_MENTIONS: readonly Mention[] = [];

/** The paragraph holding offset `at`, by halves. */
function paragraphAt(ctx: Context, at: number): number {
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
function insideQuote(ctx: Context, m: Mention): boolean {
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

/**
 * The person a pronoun or description before `at` most likely means: the first person named
 * (outside quotes) in the nearest sentence that names one of the right gender. The first
 * person named in a sentence is usually its subject: "Dylevsky voiced concern that ... Putin".
 */
function resolveAnaphor(ctx: Context, at: number, gender: 'male' | 'female' | null): number | null {
  return nearestNamed(ctx, at, (g) => gender === null || g === null || g === gender);
}

/** The first person named, outside quotes, in the nearest sentence before `at` that names one whose gender fits. */
function nearestNamed(ctx: Context, at: number, genderFits: (g: PersonDraft['gender']) => boolean): number | null {
  const { d } = ctx;
  const fits = (m: Mention) => !insideQuote(ctx, m) && genderFits((d.people[m.person] as PersonDraft).gender);
  const paraIndex = paragraphAt(ctx, at);
  for (let p = paraIndex; p >= 0 && p > paraIndex - ANAPHOR_REACH; p--) {
    const sentences = sentencesIn(ctx, p);
    for (let s = sentences.length - 1; s >= 0; s--) {
      const sentence = sentences[s] as Span;
      if (sentence.start >= at) continue;
      const limit = Math.min(sentence.end, at);
      let first: Mention | undefined;
      for (const m of mentionsBetween(ctx, sentence.start, limit)) {
        if (m.end <= limit && fits(m)) {
          first = m;
          break;
        }
      }
      if (first) return first.person;
    }
  }
  return null;
}

/** The sentence a quote opens in. */
const sentenceOf = (ctx: Context, q: QuoteDraft): Span | undefined =>
  sentencesIn(ctx, q.firstPara)
    .filter((s) => s.start <= q.start)
    .at(-1);

/** The first person named, outside quotes, in [from, to): a sentence's subject, most often. */
const firstNamed = (ctx: Context, from: number, to: number): Mention | undefined =>
  mentionsBetween(ctx, from, to).find((m) => m.end <= to && !insideQuote(ctx, m));

/**
 * Whether a group phrase names a body that speaks: an organisation, a country or a publication
 * ("PolitiFact", "Japan", "The New York Times"), a document or a group ("the letter", "show
 * insiders"); not a common noun that opens a sentence ("Pressure", "The dispute"). A name has a
 * capitalised word past the first, or a first word the story also capitalises mid-sentence.
 */
function namesABody(ctx: Context, phrase: string): boolean {
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
const namesABodyWord = (w: string) => /^\p{Lu}{2,}$/u.test(w) || /\p{Lu}/u.test(w.slice(1)) || !OPENING_MODIFIERS.has(w);
const NAME_PARTICLES_IN_BODIES = new Set(['of', 'for', 'and', 'the', '&']);

/** The first person named in the quote's sentence before it, outside quotes. */
function subjectOfSentence(ctx: Context, q: QuoteDraft): Found | null {
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
function sentenceSubjectGroup(ctx: Context, q: QuoteDraft, ruleFound: Found): Found | null {
  const sentence = sentenceOf(ctx, q);
  if (!sentence || sentence.start >= q.start) return null;
  const subject = clauseSubject(ctx, sentence.start, Math.min(q.start, sentence.start + MAX_CUE_REACH), q);
  if (subject?.speakerType !== 'group' || subject.speaker === ruleFound.speaker) return null;
  return { ...subject, attribution: 'context' };
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

function personIndex(d: Draft, q: QuoteDraft): number | null {
  if (q.speakerType !== 'person') return null;
  const i = d.people.findIndex((p) => p.name === q.speaker);
  return i >= 0 ? i : null;
}

/**
 * No cue around the quote. It continues the speaker of an earlier quote in its paragraph
 * ("“A,” he said. “B.”"), or of the quote just before it when it stands alone in its
 * paragraph, or the person the previous paragraph introduced with a colon.
 */
function fromContext(ctx: Context, q: QuoteDraft, index: number): Found {
  const { d } = ctx;
  const prev = index > 0 ? (d.quotes[index - 1] as QuoteDraft) : null;
  if (prev?.speaker && prev.lastPara === q.firstPara) {
    note(ctx, `context: the quote before it in the paragraph is ${prev.speaker}'s`);
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
    note(ctx, `context: alone in its paragraph after a quote by ${prev.speaker}`);
    ctx.rule = 'context:after-quote';
    return { speaker: prev.speaker, speakerType: prev.speakerType, attribution: 'context', person: personIndex(d, prev) };
  }
  if (/:\s*$/.test(d.text.slice(before.start, before.end))) {
    // "The New York Times reports:" then the quote: the subject of that verb.
    const intro = sentencesIn(ctx, q.firstPara - 1).at(-1);
    const verb = intro && VERB_BEFORE_COLON.exec(ctx.cueText.slice(intro.start, intro.end));
    const subject = intro && verb ? subjectOf(ctx, intro.start, intro.start + verb.index, q) : null;
    note(ctx, `context: the paragraph before ends with a colon; subject of its verb: ${subject?.speaker ?? 'none'}`);
    ctx.rule = 'context:colon';
    if (subject) return subject;
    const person = resolveAnaphor(ctx, before.end, null);
    if (person !== null) return personFound(d, person, 'context');
  }
  // "Folake Adeyemi ... said she was at the market." then the quote in a paragraph of its own.
  const reported = reportedSpeaker(ctx, q.firstPara - 1, q);
  if (reported) {
    note(ctx, `context: the paragraph before reports ${reported.speaker} speaking`);
    ctx.rule = 'context:reported';
    return reported;
  }
  return NO_SPEAKER;
}

const VERB_BEFORE_COLON = new RegExp(String.raw`\b${VERB}\b[^.!?“”"]{0,60}:\s*$`, 'u');
/** A word of ASCII word characters (the `\\b` of a pattern without the u flag). */
const ASCII_WORD = /[A-Za-z0-9_]+/g;
/** Speech verbs of several words, by their first: "pointed out", "went on to say". */
const MULTI_WORD_VERBS: ReadonlyMap<string, RegExp> = multiWordVerbs();
function multiWordVerbs(): Map<string, RegExp> {
  const rests = new Map<string, string[]>();
  for (const v of SPEECH_VERBS) {
    const space = v.indexOf(' ');
    if (space > 0) rests.set(v.slice(0, space), [...(rests.get(v.slice(0, space)) ?? []), v.slice(space)]);
  }
  return new Map([...rests].map(([first, all]) => [first, new RegExp(`(?:${all.join('|')})\\b`, 'y')]));
}

/** Whether a text holds a speech verb. */
const hasSpeechWord = (text: string) => speechWords(text, 0, text.length).length > 0;

/**
 * The speech verbs in text[from, to), in order: each word looked up in the table (a pattern
 * with every verb as an alternative costs far more on a long sentence).
 */
function speechWords(text: string, from: number, to: number): { verb: string; start: number; end: number }[] {
  const found: { verb: string; start: number; end: number }[] = [];
  const span = from === 0 && to === text.length ? text : text.slice(from, to);
  ASCII_WORD.lastIndex = 0;
  for (let m = ASCII_WORD.exec(span); m !== null; m = ASCII_WORD.exec(span)) {
    const start = from + m.index;
    const multi = MULTI_WORD_VERBS.get(m[0]);
    if (multi) {
      multi.lastIndex = m.index + m[0].length;
      const rest = multi.exec(span);
      if (rest) {
        found.push({ verb: m[0] + rest[0], start, end: start + m[0].length + rest[0].length });
        ASCII_WORD.lastIndex = multi.lastIndex;
        continue;
      }
    }
    if (SPEECH_VERBS.has(m[0])) found.push({ verb: m[0], start, end: start + m[0].length });
  }
  return found;
}
/** A testimonial signed in the next paragraph: "“...”" then "So said Maria Lopez, a nurse." or "-Maria Lopez". */
function signedInNextParagraph(ctx: Context, q: QuoteDraft): Found | null {
  const next = sentencesIn(ctx, q.lastPara + 1)[0];
  const signed = next && SIGNED_AFTER.exec(ctx.cueText.slice(next.start, next.end));
  const phrase = signed?.groups?.speaker;
  const found = next && signed && phrase ? resolvePhrase(ctx, phrase, next.start + signed[0].lastIndexOf(phrase), q) : null;
  if (!found) return null;
  note(ctx, `context: the next paragraph signs it: ${found.speaker}`);
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
    .filter((s) => hasSpeechWord(d.text.slice(s.start, s.end)))
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
  const verb = speechWords(text, 0, text.length).at(-1);
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
  return hasSpeechWord(ctx.cueText.slice(prev.start, prev.end)) ? prev : undefined;
}
