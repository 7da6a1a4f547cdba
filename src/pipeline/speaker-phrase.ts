// Whether a phrase a cue pattern found can name a speaker that is not a named person: a group or
// a document, a noun phrase whose head can speak or publish ("the ministry", "one voter", "the
// statement", "a NY1 representative", "The Hill"). Never a clause fragment ("the two-term
// president will"), an adverbial ("Hours later", "in a low voice", "Interestingly"), a region
// ("Tennessee", "New Hampshire": countries and capitals do speak for their governments), an event or a thing ("the firebombing of a county office",
// "The issue"), or the words of a Title Case headline ("Clinton Said Dodd-Frank").
// It answers with the reason a phrase is refused (for --debug), or null when it may be taken.
// It does not find phrases, nor decide between a person and a group: attribution.ts does.

import { REGION_NAMES, SPEAKER_NOUNS } from '../data/generated/speaker-words.js';
import { AUXILIARIES, DROPPED_OPENERS, OTHER_SPEAKER_HEADS, REFUSED_OPENERS, VERB_FOLLOWERS } from '../data/speaker-phrases.js';
import { DOCUMENT_NOUNS, GROUP_NOUNS, IRREGULAR_PAST, ROLE_NOUNS, SPEECH_VERBS } from '../data/words.js';
import { WordTable } from '../text/word-table.js';

const SPEAKER_NOUN_TABLE = new WordTable(SPEAKER_NOUNS);
const PLACE_TABLE = new WordTable(REGION_NAMES);
/** Capitalised speech verbs: in a phrase they are the words of a Title Case headline. */
const TITLE_CASE_VERBS = new Set([...SPEECH_VERBS].map((v) => v.charAt(0).toUpperCase() + v.slice(1)));
/** Agent nouns by their ending: "economist", "historian", "demographer", "technician". */
const AGENT_SUFFIX = /(?:ist|ian|grapher|ologist|ician|eer|ee)s?$/;
const ADVERB = /^\p{L}+ly$/u;
/** Words that say which or how many, and may stand alone as the head: "one said", "another added", "many". */
const ARTICLE = /^(?:the|a|an)$/i;

/** "Even China", "And according to the ministry": words before a phrase that are not part of it. */
const LEADING_OPENERS = new RegExp(String.raw`^\s*(?:(?:${[...DROPPED_OPENERS].join('|')}|according to)\b,?\s+)+`, 'i');

/** How many characters at the start of `raw` are words that are not part of the phrase. */
export function droppedOpenerLength(raw: string): number {
  return LEADING_OPENERS.exec(raw)?.[0].length ?? 0;
}

/** Whether a lower-case word is a noun for someone or something that speaks or publishes. */
export function canSpeak(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$|['’]$/, '');
  if (isSpeakerNoun(w)) return true;
  const singular = w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.endsWith('es') && isSpeakerNoun(w.slice(0, -2))
      ? w.slice(0, -2)
      : w.slice(0, -1);
  if (w.endsWith('s') && isSpeakerNoun(singular)) return true;
  // A compound ending in a noun for people: "stallholder", "cheesemaker", "front-runner".
  const base = w.endsWith('s') ? singular : w;
  for (let i = 2; i <= base.length - MIN_COMPOUND_END; i++) if (SPEAKER_NOUN_TABLE.has(base.slice(i))) return true;
  return false;
}
/** Shortest end of a compound that counts as its head noun ("holder" of "stallholder"; not "dent" of "incident"). */
const MIN_COMPOUND_END = 5;

const isSpeakerNoun = (w: string) =>
  ROLE_NOUNS.has(w) ||
  GROUP_NOUNS.has(w) ||
  DOCUMENT_NOUNS.has(w) ||
  OTHER_SPEAKER_HEADS.has(w) ||
  SPEAKER_NOUN_TABLE.has(w) ||
  AGENT_SUFFIX.test(w) ||
  /^(?:\d+-year-old|man|woman|men|women|boy|girl|kid|teen|teenager)$/.test(w);

/**
 * Whether the word at `k` is a verb that ends the noun phrase before it: an auxiliary ("a
 * reporter can be heard"), or a past form before an object or a particle ("The campaign sent a
 * fundraising email"). Not a participle used as an adjective: "the retired neurosurgeon".
 */
export function isVerbAt(words: readonly string[], k: number): boolean {
  const lower = (words[k] as string).toLowerCase();
  if (AUXILIARIES.has(lower)) return true;
  if (!IRREGULAR_PAST.has(lower) && !/^\p{Ll}+ed$/u.test(words[k] as string)) return false;
  const next = words[k + 1]?.toLowerCase();
  return next === undefined || VERB_FOLLOWERS.has(next);
}

/**
 * Why `words` (a phrase's words, up to where its noun ends) cannot name a group or document
 * speaker, or null when they can. `head` is the index of the head noun ("the leader of the
 * party": "leader").
 */
export function refuseSpeakerPhrase(words: readonly string[], head: number): string | null {
  const first = (words[0] as string).toLowerCase();
  if (REFUSED_OPENERS.has(first)) return `opens with "${words[0]}"`;
  if (ADVERB.test(first) && words.length === 1) return `an adverb`;
  if (/ing$/.test(first) && !ARTICLE.test(first) && words.length > 1 && /^\p{Lu}/u.test(words[0] as string)) {
    return `opens with a participle "${words[0]}"`;
  }
  for (let k = 1; k < words.length; k++) {
    if (TITLE_CASE_VERBS.has(words[k] as string)) return `a Title Case headline ("${words[k]}")`;
    if (isVerbAt(words, k)) return `holds the verb "${words[k]}"`;
  }
  const name = words.filter((w, k) => k > 0 || !ARTICLE.test(w)).join(' ');
  // (Countries and capitals speak for their governments: "Japan said", "Moscow warned".)
  if (PLACE_TABLE.has(name.toLowerCase())) return `a region`;
  const headWord = words[head] as string;
  if (/^\p{Lu}/u.test(headWord) || /\d/.test(headWord)) return null;
  return canSpeak(headWord) ? null : `its head "${headWord}" cannot speak`;
}
