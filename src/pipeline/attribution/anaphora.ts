// Pronouns and descriptions: the person "he" or "she" most likely means (the one the nearest
// sentence has speaking, else the first it names, of a gender that fits; past the reach, the
// last speaker who fits), the person "the minister" means (by role, else the nearest subject),
// and who the story names last or most.
// It does not read cue patterns, and leaves "they" to resolve.ts.

import { ROLE_NOUNS, SPEECH_VERBS } from '../../data/words.js';
import type { Span } from '../../types.js';
import type { Mention, PersonDraft, QuoteDraft } from '../draft.js';
import { type Context, insideQuote, mentionsBetween, paragraphAt, personIndex, sentencesIn } from './state.js';

/** How many paragraphs back a pronoun or description may reach for its person. */
const ANAPHOR_REACH = 3;

const NOT_CONTENT = new Set(['the', 'a', 'an', 'of', 'former', 'new', 'year', 'old', 'at', 'in', 'for', 'and']);

/** "the minister": the person the story gave that role, else the nearest fitting subject. */
export function resolveDescription(ctx: Context, words: string[], at: number): number | null {
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

/**
 * The speaker of the nearest quote before `q` that is a person of gender `gender` (or of no
 * known gender), among the quotes of the LAST_SPEAKER_REACH paragraphs before it: a story of
 * thousands of quotes is not read back to its start for each.
 */
export function lastSpeakerFitting(ctx: Context, q: QuoteDraft, gender: 'male' | 'female'): number | null {
  const { d } = ctx;
  // The first quote that opens at or after q (quotes are in text order), by halves.
  let lo = 0;
  let hi = d.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((d.quotes[mid] as QuoteDraft).start < q.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const prev = d.quotes[i] as QuoteDraft;
    if (q.firstPara - prev.lastPara > LAST_SPEAKER_REACH) break;
    if (prev.speakerType !== 'person') continue;
    const person = personIndex(d, prev);
    const g = person === null ? null : (d.people[person] as PersonDraft).gender;
    if (person !== null && (g === null || g === gender)) return person;
  }
  return null;
}
/** How many paragraphs back "he said" may reach for the last speaker who fits. */
const LAST_SPEAKER_REACH = 12;

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
 * The person a pronoun or description before `at` most likely means: the first person named
 * (outside quotes) in the nearest sentence that names one of the right gender. The first
 * person named in a sentence is usually its subject: "Dylevsky voiced concern that ... Putin".
 */
export function resolveAnaphor(ctx: Context, at: number, gender: 'male' | 'female' | null): number | null {
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
        if (m.end > limit || !fits(m)) continue;
        // "Mr. Vaishnaw would visit the site ..., Mr. Khera said": the one the sentence has speaking.
        if (speaksThere(ctx, m)) return m.person;
        first ??= m;
      }
      if (first) return first.person;
    }
  }
  return null;
}

/** A speech verb right after a name ("Khera said", "Khera later added") or right before it ("said Khera"). */
const SPEAKS_AFTER_NAME = new RegExp(
  String.raw`^,?\s+(?:\p{Ll}+ly\s+)?(?:${[...SPEECH_VERBS].filter((v) => !/ing$/.test(v)).join('|')})\b`,
  'u',
);

const SPEAKS_BEFORE_NAME = new RegExp(
  String.raw`\b(?:${[...SPEECH_VERBS].filter((v) => !/ing$/.test(v) && !v.includes(' ')).join('|')})\s+$`,
  'u',
);

/** How far around a name its speech verb is read. */
const SPEAKS_REACH = 24;

/** Whether the sentence has the named person speaking: "Khera said", "said Khera". */
function speaksThere(ctx: Context, m: Mention): boolean {
  const text = ctx.cueText;
  return (
    SPEAKS_AFTER_NAME.test(text.slice(m.end, m.end + SPEAKS_REACH)) ||
    SPEAKS_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 12), m.start))
  );
}
