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
/** Longest region name looked up: "the Democratic Republic of the Congo" is a country, not a region. */
const MAX_REGION_WORDS = 4;
/** Words that say which or how many, and may stand alone as the head: "one said", "another added", "many". */
const ARTICLE = /^(?:the|a|an)$/i;

/** How many characters at the start of `raw` are words that are not part of the phrase: "Even China", "And according to the ministry". */
export function droppedOpenerLength(raw: string): number {
  let at = 0;
  for (;;) {
    const word = FIRST_WORD.exec(raw.slice(at, at + MAX_OPENER_CHARS));
    if (!word) return at;
    const lower = (word[1] as string).toLowerCase();
    if (DROPPED_OPENERS.has(lower)) at += word[0].length;
    else if (lower === 'according' && /^to\s/i.test(raw.slice(at + word[0].length, at + word[0].length + 3))) at += word[0].length + 3;
    else return at;
  }
}
/** A word and the comma and space after it, when a space follows. */
const FIRST_WORD = /^\s*(\p{L}+),?\s+/u;
/** Longest opener looked at (with its spaces). */
const MAX_OPENER_CHARS = 24;

/** Whether a lower-case word is a noun for someone or something that speaks or publishes. */
export function canSpeak(word: string): boolean {
  let known = CAN_SPEAK.get(word);
  if (known === undefined) {
    known = nounCanSpeak(word.toLowerCase().replace(/['’]s$|['’]$/, ''));
    if (CAN_SPEAK.size >= MAX_REMEMBERED) CAN_SPEAK.clear();
    CAN_SPEAK.set(word.length > MAX_REMEMBERED_CHARS ? `${word} `.slice(0, -1) : word, known);
  }
  return known;
}
/** Answers already given (news repeats its nouns); cleared past a few thousand. */
const CAN_SPEAK = new Map<string, boolean>();
const MAX_REMEMBERED = 5000;
/** A longer word may be a view into the story's text: a copy is remembered (see word-table.ts). */
const MAX_REMEMBERED_CHARS = 12;

function nounCanSpeak(w: string): boolean {
  if (isSpeakerNoun(w)) return true;
  const singular = w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.endsWith('es') && isSpeakerNoun(w.slice(0, -2))
      ? w.slice(0, -2)
      : w.slice(0, -1);
  if (w.endsWith('s') && isSpeakerNoun(singular)) return true;
  // A compound ending in a noun for people: "stallholder", "cheesemaker", "front-runner".
  const base = w.endsWith('s') ? singular : w;
  const hyphen = base.lastIndexOf('-');
  if (hyphen > 0) return isSpeakerNoun(base.slice(hyphen + 1));
  if (base.length < MIN_COMPOUND) return false;
  for (let i = 3; i <= base.length - MIN_COMPOUND_END; i++) if (SPEAKER_NOUN_TABLE.has(base.slice(i))) return true;
  return false;
}
/** Shortest end of a compound that counts as its head noun ("holder" of "stallholder"; not "dent" of "incident"). */
const MIN_COMPOUND_END = 5;
/** Shortest word read as a compound: three letters and a head. */
const MIN_COMPOUND = 3 + MIN_COMPOUND_END;

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
  const word = words[k] as string;
  // (Capitalised words are names here; most words are neither auxiliaries nor past forms.)
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return false;
  if (AUXILIARIES.has(word)) return true;
  if (!IRREGULAR_PAST.has(word) && !(word.endsWith('ed') && /^\p{Ll}+$/u.test(word))) return false;
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
  // (Countries and capitals speak for their governments: "Japan said", "Moscow warned".)
  const nameStart = ARTICLE.test(words[0] as string) ? 1 : 0;
  const c = (words[nameStart] ?? '').charCodeAt(0);
  if (
    c >= 65 &&
    c <= 90 &&
    words.length - nameStart <= MAX_REGION_WORDS &&
    PLACE_TABLE.has(words.slice(nameStart).join(' ').toLowerCase())
  ) {
    return `a region`;
  }
  const headWord = words[head] as string;
  if (/^\p{Lu}/u.test(headWord) || /\d/.test(headWord)) return null;
  return canSpeak(headWord) ? null : `its head "${headWord}" cannot speak`;
}
