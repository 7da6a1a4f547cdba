// Whether a stretch of a story may hold a speech verb, read from its word tokens (draftTokens),
// so that the quotes and attribution stages skip the cue patterns of text that holds none.
//
// A cue pattern finds a verb as an ASCII word (`\b`, or the ASCII words of speechWords): letters
// between two characters that are not [A-Za-z0-9_]. Such a word lies inside one word token
// (letters never straddle tokens), so a token "holds a verb start" when one of its ASCII runs is
// the first word of a speech verb, in lower case or capitalised (a Title Case story's "Said" is
// read in lower case by the cue patterns). Tokens are read only in the stretches asked about,
// each once per story (a story's tokens are many; the stretches around its quotes are few). The
// answer is a superset: false means that no pattern can find a verb in text.slice(from, to),
// a word cut at either end ("unsaid" cut to "said") answering true.
// It does not say which verb, nor that a pattern will match: the patterns still decide.
// (A helper of its own, not part of text/tokens.ts, which reads no word lists.)

import { SPEECH_VERBS } from '../data/words.js';
import { NUMBER, tokenAt, WORD } from '../text/tokens.js';
import { type Draft, draftTokens } from './draft.js';

/** First words of the speech verbs ("pointed" of "pointed out"), lower case and capitalised. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].flatMap((v) => {
    const first = v.split(' ')[0] as string;
    return [first, first.charAt(0).toUpperCase() + first.slice(1)];
  }),
);
const MAX_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Per draft, per token: 0 not read yet, 1 holds no verb start, 2 holds one. Filled as ranges are asked about. */
const SEEN = new WeakMap<Draft, Uint8Array>();

/** Whether text[from, end) (a word token) holds an ASCII run that is a speech verb's first word. */
function holdsVerb(text: string, from: number, end: number): boolean {
  let at = from;
  while (at < end) {
    let runEnd = at;
    while (runEnd < end && isAsciiWord(text.charCodeAt(runEnd))) runEnd++;
    const length = runEnd - at;
    if (length > 1 && length <= MAX_FIRST_WORD && FIRST_WORDS.has(text.slice(at, runEnd))) return true;
    at = runEnd + 1;
    while (at < end && !isAsciiWord(text.charCodeAt(at))) at++;
  }
  return false;
}

/** Whether `at` cuts an ASCII word in two (then a slice from or to there reads part of a word). */
const cutsWord = (text: string, at: number) =>
  at > 0 && at < text.length && isAsciiWord(text.charCodeAt(at - 1)) && isAsciiWord(text.charCodeAt(at));

/**
 * Whether text.slice(from, to) of the draft's text (or of a copy of the same length whose word
 * characters stand where the text's do, as the cue text) may hold a speech verb. False means
 * it holds none.
 */
export function mayHoldSpeechVerb(d: Draft, from: number, to: number): boolean {
  if (to <= from) return false;
  if (cutsWord(d.text, from) || cutsWord(d.text, to)) return true;
  const t = draftTokens(d);
  let seen = SEEN.get(d);
  if (seen === undefined) {
    seen = new Uint8Array(t.count);
    SEEN.set(d, seen);
  }
  const text = t.text;
  // (A token that starts before `from` and reaches into the range is read too: a superset.)
  for (let i = Math.max(0, tokenAt(t, from) - 1); i < t.count && (t.start[i] as number) < to; i++) {
    let known = seen[i] as number;
    if (known === 0) {
      const kind = t.kind[i] as number;
      known = (kind === WORD || kind === NUMBER) && holdsVerb(text, t.start[i] as number, t.end[i] as number) ? 2 : 1;
      seen[i] = known;
    }
    if (known === 2 && (t.end[i] as number) > from) return true;
  }
  return false;
}
