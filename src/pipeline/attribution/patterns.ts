// The pieces the cue patterns are built from (a speech verb, a speaker phrase and where it
// ends), the cue text they read (the story with periods that end nothing masked, and a Title
// Case story's speech verbs in lower case, same length, same offsets), and the speech verbs of
// a stretch of text, found word by word. Shared by the files of this folder.
// It holds no rule: which pattern is tried where is after-quote.ts's and before-quote.ts's.

import { OBJECT_FIRST_VERBS } from '../../data/speaker-phrases.js';
import { ABBREVIATED_TITLES, SPEECH_VERBS } from '../../data/words.js';
import { isTitleCaseStory } from '../../text/title-case.js';

export const VERB = `(?<verb>${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})`;

/** Verbs that stand before their subject after a quote (`“...,” said X`): no -ing form, no `told X`. */
export const INVERTED_VERB = `(?<verb>${[...SPEECH_VERBS]
  .filter((v) => !/ing$/.test(v) && !OBJECT_FIRST_VERBS.has(v))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** A phrase naming a speaker: no clause punctuation; periods only after an initial ("M. K."). */
export const PHRASE_CHAR = String.raw`(?:[^,.;:!?“”"«»\n]|(?<=\b\p{Lu})\.)`;

export const PHRASE = `(?<speaker>${PHRASE_CHAR}{1,80}?)`;

export const PHRASE_END = String.raw`(?=\s*(?:[,.;:!?“”"]|$))`;

export interface CuePattern {
  rule: string;
  pattern: RegExp;
  /** Whether the pattern needs a speech verb (then it is not tried on text that holds none). */
  needsVerb?: boolean;
  /**
   * For a pattern anchored at the text's start: whether the character it must open with (after
   * an optional comma and white space, as `^,?\s*`; after white space alone for a dash) can be
   * `c`. Read first: most texts after a quote open with none of them.
   */
  opensWith?: (c: number, afterComma: boolean) => boolean;
  /** Whether the pattern needs a comma past the text's first character ("..., she said", "X, 45, said"). */
  needsComma?: boolean;
}

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
export function lowerHeadlineVerbs(text: string): string {
  if (!isTitleCaseStory(text)) return text;
  return text.replace(HEADLINE_VERB, (_, before: string, verb: string) => before + verb.toLowerCase());
}

export const maskPeriods = (text: string) => text.replace(NON_FINAL_PERIODS, (m) => m.replaceAll('.', MASKED_PERIOD));

/** Literal words the "according to" and "per" patterns need, looked for before them. */
export const HAS_ACCORDING = /ccording to/i;

/** How far from a quote (characters) its cue is looked for. */
export const MAX_CUE_REACH = 400;

/** Longest name a mention can be, for finding the mentions that overlap a phrase. */
export const MAX_NAME_CHARS = 120;

export const SUBORDINATE_START = /^\s*(?:When|While|After|Before|As|Although|Though|If|Because|Since|Once|Until|Whereas)\b/;

export const MAX_PHRASE_WORDS = 10;

export const ARTICLES = new Set(['the', 'a', 'an']);

export const isWhite = (c: number) => (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : WHITE.test(String.fromCharCode(c)));

const WHITE = /\s/;

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

const HYPHEN = 0x2d;

/** Whether a text holds a speech verb: the first one found ends the reading. */
export const hasSpeechWord = (text: string) => speechWords(text, 0, text.length, 1).length > 0;

/**
 * The speech verbs in text[from, to), in order, the first `most` of them: each word looked up
 * in the table (a pattern with every verb as an alternative costs far more on a long sentence).
 */
export function speechWords(
  text: string,
  from: number,
  to: number,
  most = Number.POSITIVE_INFINITY,
): { verb: string; start: number; end: number }[] {
  const found: { verb: string; start: number; end: number }[] = [];
  const span = from === 0 && to === text.length ? text : text.slice(from, to);
  ASCII_WORD.lastIndex = 0;
  for (let m = ASCII_WORD.exec(span); m !== null && found.length < most; m = ASCII_WORD.exec(span)) {
    const start = from + m.index;
    // "an oft-stated claim", "a so-called deal": the end of a compound is no verb.
    if (m.index > 0 && span.charCodeAt(m.index - 1) === HYPHEN) continue;
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
