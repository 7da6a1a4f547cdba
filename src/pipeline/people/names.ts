// Names and aliases: the people of a story from the names found to be people's, once per name
// and gender, and each candidate matched to the person it names ("Lukashenko" to "Alexander
// Lukashenko", "Mr. Obama" not to "Michelle Obama", the last Clinton named), with their roles
// and genders. Not here: whether a name is a person's (verdicts.ts).

import { firstWordAt } from '../../tagger/features.js';
import { GIVEN_BITS, nameBits } from '../../text/name-tables.js';
import { tokenAt } from '../../text/tokens.js';
import { WORDS } from '../../text/word-ids.js';
import { type Draft, draftTokens, type Mention, type PersonDraft } from '../draft.js';
import type { Candidate } from './candidate.js';
import type { Token } from './runs.js';
import {
  CAPITAL_THEN_LOWER,
  GIVEN,
  genderOfBits,
  HAS_LOWER,
  INITIAL,
  isInitial,
  NON_PERSON_HEAD,
  NOT_A_NAME,
  PLAIN_WORD,
} from './word-info.js';

/**
 * A candidate's name: its words one space apart. Read in place when they stand so in the text
 * (the same string for the same name, whose hash the maps below then keep), joined otherwise.
 */
function nameOf(text: string, words: Token[]): string {
  const first = words[0] as Token;
  if (words.length === 1) return first.text;
  for (let k = 1; k < words.length; k++) {
    const prev = (words[k - 1] as Token).end;
    if ((words[k] as Token).start !== prev + 1 || text.charCodeAt(prev) !== 0x20) return words.map((t) => t.text).join(' ');
  }
  return WORDS.word(WORDS.idOf(text, first.start, (words[words.length - 1] as Token).end));
}

/**
 * Whether a name can name a person: same last word and every word part of the full name. Both
 * come lower-cased, as case does not tell names apart ("LUKASHENKO", "Von Bredow" opening a
 * sentence).
 */
function fitsPerson(folded: string[], personFolded: string[]): boolean {
  if (folded[folded.length - 1] !== personFolded[personFolded.length - 1]) return false;
  for (const t of folded) if (!personFolded.includes(t)) return false;
  return true;
}

/**
 * A word that may stand before a surname in a full name: a capital then lower case, no word of
 * an organisation's end, and not more often something else unless the name tables give it as a
 * given name ("Victoria Semerei" where "Semerei" is a person: "Victoria" is a place too).
 */
const fullNameWord = (n: Token): boolean =>
  (n.bits & (CAPITAL_THEN_LOWER | NON_PERSON_HEAD)) === CAPITAL_THEN_LOWER &&
  (!(n.bits & NOT_A_NAME) || (nameBits(n.text) & GIVEN_BITS) !== 0);

const MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** A name's word as names are matched: lower case, without accents ("López" and "Lopez" are one). */
const fold = (lower: string): string => (NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower);

const foldAll = (tokens: string[]) => tokens.map((t) => fold(t.toLowerCase()));

/**
 * The one person, of `candidates` (those whose name starts with the same word), whose longer
 * name starts with all of `tokens`: "Mohd Shafizan" for "Mohd Shafizan Sazali", a Malay name
 * without the father's name.
 */
function personOpenedBy(tokens: string[], candidates: number[], people: PersonDraft[]): number | undefined {
  let found: number | undefined;
  for (const k of candidates) {
    const p = (people[k] as PersonDraft).tokens;
    if (p.length <= tokens.length || !tokens.every((t, i) => p[i] === t)) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** A name with the respectful "-ji" after it: "Uddhavji", "Modi-ji", "Gandhiji". */
const JI_SUFFIX = /^(\p{Lu}\p{Ll}{2,})-?ji$/u;

/**
 * The person a lone "-ji" name is, by its stem: "Uddhavji" for the one person whose first word
 * is "Uddhav", "Modiji" for the one whose last word is "Modi" (a first word tried first).
 */
function personOfJi(name: string, byFirst: Map<string, number[]>, byLast: Map<string, number[]>): number | undefined {
  const stem = JI_SUFFIX.exec(name)?.[1];
  if (stem === undefined) return undefined;
  const first = byFirst.get(stem) ?? [];
  if (first.length === 1) return first[0];
  const last = byLast.get(fold(stem.toLowerCase())) ?? [];
  return last.length === 1 ? last[0] : undefined;
}

/**
 * "Park" for "Park Ji-hoon", "Zhang" for "Zhang Wei": a family name written first, when the
 * word is no given name and names no one else by their last word.
 */
function fitsFamilyFirst(tokens: Token[], person: PersonDraft): boolean {
  const word = tokens[0] as Token;
  return tokens.length === 1 && person.tokens.length >= 2 && person.tokens[0] === word.text && !(word.bits & (GIVEN | INITIAL));
}

const sameGender = (a: 'male' | 'female' | null, b: 'male' | 'female' | null) => a === null || b === null || a === b;

const genderSlot = (g: 'male' | 'female' | null) => (g === 'male' ? 0 : g === 'female' ? 1 : 2);

function lastMentioned(mentions: Mention[], among: number[]): number | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (among.includes(m.person)) return m.person;
  }
  return undefined;
}

/**
 * The people of the story from its candidates: every name found a person's (isPerson) is a
 * person, once per name and gender, fullest names first ("Alexander Lukashenko" before
 * "Lukashenko"); every candidate that fits one ("Lukashenko", "Wasim" for "Wasim Akram", "Mr.
 * Obama") is a mention of them, and its name an alias. `rolesOf(i)` gives candidate i's roles.
 * Sets d.people (in order of first mention) and d.mentions.
 */
export function namePeople(d: Draft, candidates: Candidate[], isPerson: boolean[], rolesOf: (i: number) => string[]): void {
  // Evidence for a name anywhere counts for it everywhere.
  const personNames = new Set<string>();
  /** The words of each name, as a candidate of that name has them. */
  const wordsOf = new Map<string, Token[]>();
  // The genders honorifics or titles give a name: "Mr. Obama" is not "Michelle Obama", and
  // "Mr. Grant" and "Mrs. Grant" are two people.
  const nameGenders = new Map<string, Set<'male' | 'female'>>();
  // Each candidate's name, made once for the passes below.
  const names = candidates.map((c) => nameOf(d.text, c.tokens));
  candidates.forEach((c, i) => {
    const name = names[i] as string;
    if (isPerson[i]) personNames.add(name);
    if (!wordsOf.has(name)) wordsOf.set(name, c.tokens);
    if (c.gender) nameGenders.set(name, (nameGenders.get(name) ?? new Set()).add(c.gender));
  });
  // "Tiger Woods" the tagger passed over in a story where "Woods" is a person: the full name of
  // a person named by the last word. (Not a plain word opening a sentence: "Supporters Carson
  // cheered", "Staff Rahm Emanuel".)
  const surnames = new Set([...personNames].filter((n) => !n.includes(' ')));
  const t = draftTokens(d);
  candidates.forEach((c, i) => {
    const w = c.tokens;
    if (w.length < 2 || w.length > 3 || c.city || !surnames.has((w[w.length - 1] as Token).text)) return;
    const first = w[0] as Token;
    if (first.info.more & PLAIN_WORD && tokenAt(t, first.start) === firstWordAt(t, tokenAt(t, first.start))) return;
    if (w.every((n, k) => k === w.length - 1 || fullNameWord(n))) personNames.add(names[i] as string);
  });
  // Fullest forms first, so that "Lukashenko" joins "Alexander Lukashenko".
  const people: PersonDraft[] = [];
  /** Each person's tokens lower-cased, for fitsPerson. */
  const folds: string[][] = [];
  /** Each person by name and gender (see genderSlot). */
  const byName = new Map<string, [number, number, number]>();
  const personOf = (name: string, gender: 'male' | 'female' | null) => {
    const k = byName.get(name)?.[genderSlot(gender)];
    return k === undefined || k < 0 ? undefined : k;
  };
  /**
   * People by their last word lower-cased, and (two words or more) by their first word: a
   * name fits only people who end in its last word (fitsPerson), a lone family name only
   * people who start with it (fitsFamilyFirst). Lists are in people order.
   */
  const byLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const among = (index: Map<string, number[]>, key: string) => index.get(key) ?? [];
  const addTo = (index: Map<string, number[]>, key: string, k: number) => {
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  };
  // Longest first; of the same length, a name in capitals last ("Clinton", not "CLINTON").
  const ordered = [...personNames]
    .map((name) => {
      const words = wordsOf.get(name) as Token[];
      return { name, words, tokens: words.map((t) => t.text), capitals: words.some((t) => t.bits & HAS_LOWER) ? 0 : 1 };
    })
    .sort((a, b) => b.tokens.length - a.tokens.length || a.capitals - b.capitals);
  /** The gender each person's first word says as a given name (by person). */
  const firstGenders: ('male' | 'female' | null)[] = [];
  for (const { name, words, tokens } of ordered) {
    const firstGender = genderOfBits((words[0] as Token).bits);
    // "Wasim" where "Wasim Akram" is named: the one person whose name starts with it.
    if (tokens.length === 1 && !isInitial(name) && among(byFirst, name).length === 1) continue;
    // "Uddhavji" where "Uddhav Thackeray" is named: the same person, spoken of with respect.
    if (tokens.length === 1 && personOfJi(name, byFirst, byLast) !== undefined) continue;
    // "Mohd Shafizan" where "Mohd Shafizan Sazali" is named: the one person whose name it opens.
    if (tokens.length >= 2 && personOpenedBy(tokens, among(byFirst, tokens[0] as string), people) !== undefined) continue;
    const folded = foldAll(tokens);
    // A lone word tells no gender by itself: "Raimondo" is Gina Raimondo's surname, not a man's name.
    const genders = [...(nameGenders.get(name) ?? [tokens.length >= 2 ? firstGender : null])];
    for (const gender of genders) {
      const last = folded.at(-1) as string;
      const fitsSomeone = among(byLast, last).some(
        (k) => fitsPerson(folded, folds[k] as string[]) && sameGender((people[k] as PersonDraft).gender, gender),
      );
      if (fitsSomeone) continue;
      let slots = byName.get(name);
      if (slots === undefined) {
        slots = [-1, -1, -1];
        byName.set(name, slots);
      }
      slots[genderSlot(gender)] = people.length;
      addTo(byLast, last, people.length);
      if (tokens.length >= 2) addTo(byFirst, tokens[0] as string, people.length);
      people.push({ name, tokens, aliases: [], roles: [], gender, firstAt: Number.POSITIVE_INFINITY });
      firstGenders.push(firstGender);
      folds.push(folded);
    }
  }
  const mentions: Mention[] = [];
  /** The people a name of no one's own fits, by name (the same for every mention of it; their genders may still change). */
  const fitsOf = new Map<string, number[]>();
  const fitting = (c: Candidate, name: string): number[] => {
    let found = fitsOf.get(name);
    if (found === undefined) {
      const tokens = c.tokens;
      // The most recently mentioned person it fits: two Clintons, "Clinton" is the last one named.
      const folded = tokens.map((t) => fold(t.info.lower));
      found = among(byLast, folded[folded.length - 1] as string).filter((k) => fitsPerson(folded, folds[k] as string[]));
      if (found.length === 0)
        found = among(byFirst, (tokens[0] as Token).text).filter((k) => fitsFamilyFirst(tokens, people[k] as PersonDraft));
      if (found.length === 0 && tokens.length === 1 && !((tokens[0] as Token).bits & INITIAL) && among(byFirst, name).length === 1)
        found = among(byFirst, name);
      if (found.length === 0) {
        const k =
          tokens.length === 1
            ? personOfJi(name, byFirst, byLast)
            : personOpenedBy(
                tokens.map((x) => x.text),
                among(byFirst, (tokens[0] as Token).text),
                people,
              );
        if (k !== undefined) found = [k];
      }
      fitsOf.set(name, found);
    }
    const sameSex = found.filter((k) => sameGender((people[k] as PersonDraft).gender, c.gender));
    return sameSex.length ? sameSex : found;
  };
  candidates.forEach((c, i) => {
    const name = names[i] as string;
    let idx = personOf(name, c.gender) ?? (c.gender ? undefined : personOf(name, genderOfBits((c.tokens[0] as Token).bits)));
    if (idx === undefined) {
      const fits = fitting(c, name);
      if (fits.length === 0) return;
      // Nobody named yet: the person called by just these words ("Obama", a man) before a fuller
      // name it also fits ("Michelle Obama").
      const exact = fits.find((k) => (people[k] as PersonDraft).name === name);
      idx = fits.length === 1 ? fits[0] : (lastMentioned(mentions, fits) ?? exact ?? fits[0]);
    }
    if (idx === undefined) return;
    const person = people[idx] as PersonDraft;
    const start = (c.tokens[0] as Token).start;
    const end = (c.tokens[c.tokens.length - 1] as Token).end;
    mentions.push({ start, end, person: idx, para: c.para });
    person.firstAt = Math.min(person.firstAt, start);
    if (name !== person.name && !person.aliases.includes(name)) person.aliases.push(name);
    for (const r of rolesOf(i)) if (!person.roles.includes(r)) person.roles.push(r);
    person.gender ??= c.gender;
  });
  people.forEach((p, k) => {
    p.gender ??= firstGenders[k] ?? null;
  });
  // People in order of first mention; mentions renumbered to match.
  const order = people.map((_, i) => i).filter((i) => Number.isFinite((people[i] as PersonDraft).firstAt));
  order.sort((a, b) => (people[a] as PersonDraft).firstAt - (people[b] as PersonDraft).firstAt);
  const renumber = new Map(order.map((old, i) => [old, i]));
  d.people = order.map((i) => people[i] as PersonDraft);
  d.mentions = mentions
    .map((m) => ({ start: m.start, end: m.end, person: renumber.get(m.person) as number, para: m.para }))
    .sort((a, b) => a.start - b.start);
}
