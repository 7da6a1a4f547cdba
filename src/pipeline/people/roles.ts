// Roles and names inside a run: where a capitalised run splits into separate names ("U.S. The",
// "Glenn Hoddle's England"), and the honorific and role peeled off a name's front ("Senate
// Minority Leader Harry Reid", "Mr. Smith", "Leg-spinner Amit Mishra"). Reads words' bits
// only. Not here: roles read from the text around a name (evidence.ts: "union leader X",
// "X, a spokesman"), or which runs are read at all.

import { HONORIFICS } from '../../data/words.js';
import { GIVEN_BITS, NATIONALITIES, nameBits } from '../../text/name-tables.js';
import { NO_WORDS } from './candidate.js';
import type { Token } from './runs.js';
import {
  COMPASS,
  FAMILY_NAME,
  GIVEN,
  GIVEN_COMMON,
  HEADLINE_VERB,
  HONORIFIC,
  INITIAL,
  isFamilyName,
  isGivenName,
  isRoleLike,
  NATIONALITY,
  NON_PERSON_HEAD,
  NOT_NAME,
  NOT_NAME_BARE,
  PARTICIPLE,
  PARTICLE,
  PLACE,
  POSSESSIVE_END,
  REGNAL,
  TITLE,
} from './word-info.js';

/** Splits a run at words that are never part of a name ("U.S. The" -> "U.S."). */
export function splitRun(tokens: Token[]): Token[][] {
  // Each part is a stretch of the run: [from, i) as the words go by (from -1: none open).
  let parts: Token[][] | null = null;
  let from = -1;
  const close = (end: number) => {
    if (from < 0) return;
    // A run that is one part is kept whole (most are).
    const part = from === 0 && end === tokens.length ? tokens : tokens.slice(from, end);
    if (parts === null) parts = [part];
    else parts.push(part);
    from = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const bits = t.bits;
    const next = tokens[i + 1];
    const open = from >= 0;
    const prev = open ? (tokens[i - 1] as Token) : undefined;
    const initialA = t.text === 'A' && next !== undefined && (next.bits & INITIAL) !== 0; // "A K Sengupta"
    // "of" stays inside a role ("Secretary of State X", "Speaker of the Assembly X") and splits
    // anything else ("Charles of Wales", "Economist Joel Naroff of First Union").
    const splitsHere =
      (t.text === 'of' || t.text === 'the') &&
      !(
        prev !== undefined &&
        (prev.bits & TITLE || (t.text === 'the' && prev.text === 'of' && i - from >= 2 && (tokens[i - 2] as Token).bits & TITLE))
      );
    // "Elizabeth I", "Henry VIII": a regnal number belongs to the name before it.
    if (bits & REGNAL && prev !== undefined && (prev.bits & GIVEN || anyTitle(tokens, from, i))) continue;
    // "Will Carling", "Hope Solo": a common word that is also a given name, before a surname.
    const givenBeforeSurname = !open && next !== undefined && bits & GIVEN_COMMON && next.bits & (FAMILY_NAME | PARTICLE);
    // "South Korean Trade Minister ...": a compass word before a nationality is part of it.
    const compass = bits & COMPASS && next !== undefined && (next.bits & NATIONALITY || NATIONALITIES.has(`${t.text} ${next.text}`));
    // "Crooked Hillary Clinton", "Injecting Clinton": a participle opening a run is no part of the name.
    const participle =
      !open &&
      next !== undefined &&
      bits & PARTICIPLE &&
      !(bits & (GIVEN | FAMILY_NAME)) &&
      (t.text.endsWith('ing') || next.bits & (GIVEN | FAMILY_NAME));
    // "Clinton Said Dodd-Frank", a Title Case headline: a capitalised speech verb after a name
    // ends it (not after a lone given name: "Mohammed Said" is a name).
    const headlineVerb =
      open &&
      t.info.more & HEADLINE_VERB &&
      (i - from > 1 || !((tokens[from] as Token).bits & GIVEN) || (tokens[from] as Token).bits & FAMILY_NAME);
    if (splitsHere || participle || headlineVerb || (!initialA && !givenBeforeSurname && !compass && bits & (NOT_NAME | NOT_NAME_BARE))) {
      close(i);
      continue;
    }
    if (!open) from = i;
    // "Glenn Hoddle's England", "France's Hachette": a possessive ends the name it belongs to.
    if (bits & POSSESSIVE_END && next !== undefined) {
      close(i + 1);
      continue;
    }
    // "Delhi Assembly Vikram Sahni": an organisation's last word ends it; a name may follow.
    // A run that opens with a title is a role and keeps its organisation: "Superintendent of Police X".
    if (bits & NON_PERSON_HEAD && tokens.length - i > 2 && !((next as Token).bits & TITLE) && !((tokens[from] as Token).bits & TITLE))
      close(i + 1);
  }
  close(tokens.length);
  return parts ?? [];
}

/** Whether a word of tokens [from, to) is a title (from -1: none). */
function anyTitle(tokens: Token[], from: number, to: number): boolean {
  if (from < 0) return false;
  for (let k = from; k < to; k++) if ((tokens[k] as Token).bits & TITLE) return true;
  return false;
}

/** A title word still to come after index k, before any "of" ("Union Jal Shakti Minister C R Vasudevan"). */
function titleAhead(tokens: Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.text === 'of') return false;
    if (t.bits & TITLE) return true;
  }
  return false;
}

/**
 * Peels honorifics and a role off the front of a run. The role runs to the last title word
 * before the name ("Senate Minority Leader Harry Reid", "Palghar District Collector Anjali
 * Deshmukh"), unless a given name stands before it ("John Major" is a name, not a role).
 */
export function peelRole(tokens: Token[]): { role: Token[]; honorific: 'male' | 'female' | null | undefined; rest: Token[] } {
  let honorific: 'male' | 'female' | null | undefined;
  let lastTitle = -1;
  let lastHonorific = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    const bits = t.bits;
    // "John Major" is a name; "Union Jal Shakti Minister C R Vasudevan" still has its title to come.
    if (bits & GIVEN && !(bits & (TITLE | HONORIFIC)) && !titleAhead(tokens, k)) break;
    if (bits & HONORIFIC) {
      honorific = HONORIFICS.get(t.text) ?? null;
      lastHonorific = k;
    } else if (bits & TITLE) lastTitle = k;
  }
  let cut = Math.max(lastTitle, lastHonorific) + 1;
  if (cut === 0) return { role: NO_WORDS, honorific, rest: tokens };
  // "Superintendent of Police X", "Speaker of the Assembly X": the role runs through "of ..."
  // to the organisation's last word, when a name still follows.
  if (lastTitle >= 0 && tokens[cut]?.text === 'of') {
    let k = cut + 1;
    if (tokens[k]?.text === 'the') k++;
    while (k < tokens.length - 1 && !((tokens[k] as Token).bits & (NON_PERSON_HEAD | PLACE))) k++;
    if (k < tokens.length - 1) cut = k + 1;
  }
  // "Miss Universe Alicia Machado": words that are no names between a title and a given name
  // belong to the title.
  let given = -1;
  for (let k = cut + 1; k <= tokens.length - 2; k++) {
    if ((tokens[k] as Token).bits & GIVEN) {
      given = k;
      break;
    }
  }
  if (given > cut) {
    let names = false;
    for (let k = cut; k < given && !names; k++) names = ((tokens[k] as Token).bits & (GIVEN | FAMILY_NAME | INITIAL)) !== 0;
    if (!names) cut = given;
  }
  const role = tokens.slice(0, cut).filter((t) => !(t.bits & HONORIFIC));
  return {
    role: role.some((t) => t.bits & TITLE) || (honorific !== undefined && role.length > 0) ? role : NO_WORDS,
    honorific,
    rest: tokens.slice(cut),
  };
}

/**
 * How many words at the front of a name are a role the tagger took in with it: a word that
 * reads as a role, before a known given name and a name after it ("Climatologist Nadia
 * Berg"); 0 when none. (Not any unknown word: "Asif Ali Zardari" is a name throughout.)
 */
export function leadingRole(words: Token[]): number {
  if (words.length < 3) return 0;
  const [first, second] = words as [Token, Token];
  // (A given name the tables also hold as something else counts: "Dutchman Jan Visser".)
  const given = isGivenName(second.text) || (nameBits(second.text) & GIVEN_BITS) !== 0;
  return isRoleLike(first.text) && !isGivenName(first.text) && !isFamilyName(first.text) && given ? 1 : 0;
}
