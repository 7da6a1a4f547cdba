// A learned choice of speaker for the quotes no cue attributes: a quote alone in its paragraph,
// a partial quote inside reported speech, a second quote after an attributed one. The rules of
// attribution.ts give their answer; this ranks it against the other people named near the
// quote and against "no speaker", with a linear model over named features (an averaged
// perceptron, trained by scripts/train-speakers.mjs; weights in data/speaker-weights.ts).
// It does not run for quotes an explicit cue attributes (`“...,” X said`), nor resolve
// pronouns: the rules do both. Features are plain strings, so a reader sees what it looks at.

import type { Span } from '../types.js';
import type { Block, Draft, Mention, PersonDraft, QuoteDraft } from './draft.js';

export interface Found {
  speaker: string | null;
  speakerType: 'person' | 'group' | null;
  attribution: QuoteDraft['attribution'];
  person: number | null;
}

export interface RankInput {
  d: Draft;
  q: QuoteDraft;
  /** Index of the quote in d.quotes (the earlier ones have their speakers). */
  index: number;
  /** Sentences of a paragraph. */
  sentencesIn: (paragraph: number) => Span[];
  /** The rule that gave `ruleFound` ("context", "sentence subject", "no cue", ...). */
  rule: string;
  ruleFound: Found;
  /** The subject of the quote's sentence when it is a group ("The Congress accused him of ... “...”"), if the rules did not answer it. */
  subjectGroup: Found | null;
  /** Index of the first mention (in d.mentions, text order) starting at or after an offset. */
  firstMentionFrom: (at: number) => number;
  insideQuote: (m: Mention) => boolean;
  /** How many of the quotes before this one each speaker has. */
  quotesBy: ReadonlyMap<string, number>;
}

export interface Candidate {
  found: Found;
  features: string[];
}

/** Paragraphs before the quote's own whose people are candidates. */
const REACH_PARAGRAPHS = 2;
const NO_SPEAKER: Found = { speaker: null, speakerType: null, attribution: 'none', person: null };

/** Which quotes the ranker decides: those attributed by context or not at all. */
export const ranks = (found: Found): boolean => found.attribution === 'context' || found.attribution === 'none';

const bin = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `${e}`;
  return `${edges.at(-1)}+`;
};

/** The candidates for a quote's speaker, each with its features. The first is the rules' answer. */
export function speakerCandidates(input: RankInput): Candidate[] {
  const { d, q, index, sentencesIn, rule, ruleFound } = input;
  const para = d.blocks[q.firstPara] as Block;
  const words = wordsUpTo(d.text, q.start, q.end, MAX_COUNTED_WORDS);
  const alone = q.start - para.start <= 2;
  const sentence = sentencesIn(q.firstPara)
    .filter((s) => s.start <= q.start)
    .at(-1);
  const inSentence = sentence !== undefined && /\p{L}/u.test(d.text.slice(sentence.start, Math.max(sentence.start, q.start - 1)));
  const shape = `${alone ? 'alone' : inSentence ? 'inside' : 'opens'}`;
  const size = bin(words, [3, 8, 20]);
  // The word right before the opening mark ("called", "the", ":" or "^" at a paragraph's start) and after the closing one.
  const bw = wordBefore(d.text, para.start, q.start);
  const aw = wordAfter(d.text, q.end, (d.blocks[q.lastPara] as Block).end);
  const prev = index > 0 ? (d.quotes[index - 1] as QuoteDraft) : null;
  const prevGap = prev ? q.firstPara - prev.lastPara : 99;

  const candidates: Candidate[] = [];
  const noneFeatures = () => [
    'none',
    `none&${shape}`,
    `none&size=${size}`,
    `none&rule=${rule}`,
    `none&prev-gap=${bin(prevGap, [0, 1, 2])}`,
    `none&bw=${bw}`,
    `none&aw=${aw}`,
  ];
  const ruleFeatures = [
    `rule=${rule}`,
    `rule=${rule}&type=${ruleFound.speakerType ?? 'none'}`,
    `rule-type=${ruleFound.speakerType ?? 'none'}&${shape}`,
  ];
  // The rules' answer, when it is no person (a group, or none): a person is ranked with the others.
  if (ruleFound.speakerType !== 'person') {
    const none = ruleFound.speaker === null;
    candidates.push({
      found: ruleFound,
      features: none ? noneFeatures() : ['group', `group&${shape}`, `group&rule=${rule}`, `group&size=${size}`, `group&bw=${bw}`],
    });
  }
  if (ruleFound.speaker !== null) {
    candidates.push({ found: NO_SPEAKER, features: noneFeatures() });
  }

  if (input.subjectGroup) {
    candidates.push({
      found: input.subjectGroup,
      features: ['subject-group', `subject-group&${shape}`, `subject-group&size=${size}`, `subject-group&bw=${bw}`],
    });
  }

  // The people named, outside quotes, from two paragraphs back to the end of the quote's paragraph.
  const from = (d.blocks[Math.max(0, q.firstPara - REACH_PARAGRAPHS)] as Block).start;
  const to = (d.blocks[q.lastPara] as Block).end;
  interface Seen {
    nearest: Mention;
    count: number;
    firstInSentence: boolean;
    after: boolean;
    inQuoteSentence: boolean;
  }
  const seen = new Map<number, Seen>();
  const paraCounts = new Map<number, number>();
  let firstInPara: number | null = null;
  let firstInPrevPara: number | null = null;
  const mentions = d.mentions;
  for (let k = input.firstMentionFrom(from); k < mentions.length && (mentions[k] as Mention).start < to; k++) {
    const m = mentions[k] as Mention;
    if (input.insideQuote(m)) continue;
    if (m.para === q.firstPara && firstInPara === null) firstInPara = m.person;
    if (m.para === q.firstPara - 1 && firstInPrevPara === null) firstInPrevPara = m.person;
    if (m.para >= q.firstPara - 1) paraCounts.set(m.person, (paraCounts.get(m.person) ?? 0) + 1);
    const after = m.start >= q.end;
    const inQuoteSentence = sentence !== undefined && m.start >= sentence.start && m.end <= q.start;
    const known = seen.get(m.person);
    if (!known) seen.set(m.person, { nearest: m, count: 1, firstInSentence: false, after, inQuoteSentence });
    else {
      known.count++;
      known.inQuoteSentence ||= inQuoteSentence;
      // the nearest mention before the quote wins over one after it
      if (!after && (known.after || m.start > known.nearest.start)) {
        known.nearest = m;
        known.after = false;
      }
    }
  }
  let topic: number | null = null;
  for (const [person, n] of paraCounts) if (topic === null || n > (paraCounts.get(topic) ?? 0)) topic = person;
  const quotesBy = input.quotesBy;
  const named = new Set<number>();
  for (let k = input.firstMentionFrom(q.start); k < mentions.length && (mentions[k] as Mention).start < q.end; k++) {
    named.add((mentions[k] as Mention).person);
  }

  for (const [person, s] of seen) {
    const p = d.people[person] as PersonDraft;
    const m = s.nearest;
    // Nothing capitalised before the name in its sentence but the sentence's first word: its subject, most often.
    const sentenceOfM = sentenceOf(sentencesIn, m);
    s.firstInSentence = sentenceOfM !== undefined && !capitalBetween(d.text, sentenceOfM.start, m.start);
    const paraBack = q.firstPara - m.para;
    const where = s.after ? 'after' : `back=${bin(paraBack, [0, 1])}`;
    const text = d.text;
    const features = [
      'person',
      where,
      `${where}&${shape}`,
      `count=${bin(s.count, [1, 2, 4])}`,
      `quotes=${bin(quotesBy.get(p.name) ?? 0, [0, 1, 3])}`,
    ];
    if (ruleFound.person === person) features.push('is-rule', `is-rule&rule=${rule}`);
    if (prev?.speaker === p.name) features.push(`prev-speaker&gap=${bin(prevGap, [0, 1, 2])}`, `prev-speaker&${shape}`);
    if (s.firstInSentence) features.push('subject', `subject&${where}`);
    if (s.inQuoteSentence) features.push('in-quote-sentence', `in-quote-sentence&${shape}`, `in-quote-sentence&bw=${bw}`);
    if (s.firstInSentence && s.inQuoteSentence) features.push(`sentence-subject&bw=${bw}`);
    if (s.after) features.push(`after&aw=${aw}`);
    if (firstInPara === person) features.push('first-in-para');
    if (firstInPrevPara === person) features.push('first-in-prev-para', `first-in-prev-para&${shape}`);
    if (topic === person) features.push('topic', `topic&${shape}`);
    if (named.has(person)) features.push('named-in-quote');
    const tail = text.slice(m.end, m.end + 24);
    if (/^['’]s\b/.test(tail)) features.push('possessive');
    if (/^,?\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|wrote|asked|noted|argued|explained|recalled|insisted|replied)\b/u.test(tail)) {
      features.push('speech-verb-after', `speech-verb-after&${where}`);
    }
    if (/\b(?:of|for|to|by|with|against|about|from|on)\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start)))
      features.push('after-preposition');
    candidates.push({ found: { speaker: p.name, speakerType: 'person', attribution: 'context', person }, features });
  }
  // The rules' person, even when named further back ("alone in its paragraph after a quote by X").
  const rulePerson = ruleFound.person;
  if (rulePerson !== null && !seen.has(rulePerson)) {
    const p = d.people[rulePerson] as PersonDraft;
    const features = ['person', 'out-of-reach', 'is-rule', `is-rule&rule=${rule}`, `quotes=${bin(quotesBy.get(p.name) ?? 0, [0, 1, 3])}`];
    if (prev?.speaker === p.name) features.push(`prev-speaker&gap=${bin(prevGap, [0, 1, 2])}`, `prev-speaker&${shape}`);
    candidates.push({ found: { ...ruleFound, attribution: 'context' }, features });
  }
  const mine = candidates.find((c) => c.found === ruleFound || (rulePerson !== null && c.found.person === rulePerson));
  if (!mine) return candidates;
  mine.features.push(...ruleFeatures);
  // The rules' answer first: it wins a tie.
  return [mine, ...candidates.filter((c) => c !== mine)];
}

/** Past this many words a quote's size is one bin: long. */
const MAX_COUNTED_WORDS = 21;
/** The words of text[from, to), counted up to `max` (a long quote is not read to its end). */
function wordsUpTo(text: string, from: number, to: number, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < max; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The word before `at` in its paragraph, lower-cased; "^" at the paragraph's start, or its last punctuation. */
function wordBefore(text: string, paraStart: number, at: number): string {
  const m = /(\p{L}+|[:,;—–-])\W*$/u.exec(text.slice(Math.max(paraStart, at - 30), at));
  return m ? (m[1] as string).toLowerCase() : at - paraStart <= 2 ? '^' : '?';
}

/** The word after `at` in its paragraph, lower-cased; "$" at the paragraph's end. */
function wordAfter(text: string, at: number, paraEnd: number): string {
  const m = /^[^\p{L}]*?(\p{L}+)/u.exec(text.slice(at, Math.min(paraEnd, at + 30)));
  return m ? (m[1] as string).toLowerCase() : paraEnd - at <= 2 ? '$' : '?';
}

/** Whether text[from, to) holds a capital letter past the first letter (the sentence's own capital). */
function capitalBetween(text: string, from: number, to: number): boolean {
  let first = true;
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (ch === ch.toLowerCase()) {
      if (first && ch !== ch.toUpperCase()) first = false; // a lower-case letter: the first letter is past
      continue;
    }
    if (first) {
      first = false;
      continue;
    }
    return true;
  }
  return false;
}

function sentenceOf(sentencesIn: (paragraph: number) => Span[], m: Mention): Span | undefined {
  for (const s of sentencesIn(m.para)) if (s.start <= m.start && m.start < s.end) return s;
  return undefined;
}

export const scoreOf = (features: readonly string[], weights: ReadonlyMap<string, number>): number => {
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return sum;
};

/** The candidate with the highest score (the first on a tie: the rules' answer comes first). */
export function chooseSpeaker(candidates: readonly Candidate[], weights: ReadonlyMap<string, number>): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const s = scoreOf(c.features, weights);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
