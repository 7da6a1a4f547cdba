// Stage: the people the clean body names, once each, with aliases, roles and mentions.
//
// One pass finds capitalised runs ("Lithuanian Foreign Minister Linas Linkevicius"), peels the
// role off their front ("Lithuanian Foreign Minister"), and keeps the rest as a candidate name
// with the evidence around it: a title or honorific, a known given name, an appositive with a
// role noun ("X, the leader of ..."), an age ("X, 45,"), a speech verb beside it. Candidates
// with enough evidence become people; every other run whose words fit a person's name
// ("Lukashenko" for "Alexander Lukashenko") becomes a mention of them.
// Not people: places, countries, demonyms, organisations (by their last word: "Plant",
// "House"), agencies, function words. No NLP model: tables and one regex pass per paragraph.

import { AGENCIES } from '../data/agencies.js';
import {
  CITY_NAMES,
  COUNTRY_AND_CAPITAL_NAMES,
  DEMONYMS,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  UNISEX_GIVEN_NAMES,
  WORLD_GIVEN_NAMES,
} from '../data/generated/lexicon.js';
import {
  ABBREVIATED_TITLES,
  GENDERED_TITLES,
  HOME_NATIONS,
  HONORIFICS,
  IRREGULAR_PAST,
  NAME_PARTICLES,
  NON_PERSON_HEADS,
  NOT_NAME_WORDS,
  NOT_TRANSCRIPT_LABELS,
  PEOPLES,
  PLACE_ABBREVIATIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../data/words.js';
import { isWordChar } from '../text/count.js';
import { WordTable } from '../text/word-table.js';
import type { Block, Draft, Mention, PersonDraft } from './draft.js';

const MALE = new WordTable(MALE_GIVEN_NAMES);
const FEMALE = new WordTable(FEMALE_GIVEN_NAMES);
const UNISEX = new WordTable(UNISEX_GIVEN_NAMES);
const WORLD = new WordTable(WORLD_GIVEN_NAMES);
const PLACES = new WordTable(COUNTRY_AND_CAPITAL_NAMES);
const NATIONALITIES = new WordTable(DEMONYMS);
const FAMILY = new WordTable(FAMILY_NAMES);
const CITIES = new WordTable(CITY_NAMES);
/** Speech verbs as a Title Case headline writes them: "Said", "Told". */
const HEADLINE_VERBS = new Set([...SPEECH_VERBS].map((v) => v.charAt(0).toUpperCase() + v.slice(1)));
const AGENCY_NAMES = new Set(AGENCIES.flatMap((a) => a.spellings));

/** "Mr.", "Sen.", "Gov." before a name: the period belongs to the word. */
const TITLE_ABBREVIATION = `(?:${[...ABBREVIATED_TITLES].filter((t) => !/^(?:St|Mt|Jr|Sr)$/.test(t)).join('|')})\\.(?= \\p{Lu})`;
const UPPER_TOKEN = String.raw`(?:${TITLE_ABBREVIATION}|\p{Lu}\.(?: ?\p{Lu}\.)*|(?:[Aa]l|[Ee]l)-\p{Lu}[\p{L}'’\-]*|\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu}(?![\p{L}]))`;
const PARTICLE = [...NAME_PARTICLES].join('|');
/**
 * A run of capitalised words, with lower-case name particles allowed between them. It must not
 * start inside a word: nextCapitalisedRun checks the character before each match (a look-behind
 * in the pattern would be tried at every position of the text, and costs three times as much).
 */
const CAPITALISED_RUN = new RegExp(String.raw`${UPPER_TOKEN}(?:(?: (?:${PARTICLE}|of(?: the)?))* ${UPPER_TOKEN})*`, 'gu');
/** A letter, a digit or an apostrophe (' or ’): a character a run cannot start right after. */
const isNameChar = (cp: number) => isWordChar(cp) || cp === 0x27 || cp === 0x2019;

/** Whether the code point before `at` is a word character (an astral letter is two code units). */
function wordCharBefore(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  const from = at >= 2 && unit >= 0xdc00 && unit <= 0xdfff ? at - 2 : at - 1;
  return isNameChar(text.codePointAt(from) as number);
}

/** 2 for an astral code point at `at` (two UTF-16 units), else 1. */
const codePointLength = (text: string, at: number) => ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);

/**
 * The next capitalised run of `text` that starts a word, from CAPITALISED_RUN.lastIndex (set it
 * to 0 for a new text), or null. (A loop over this, not a generator: a run is found for most
 * words of a story, and a generator's step is an object each.)
 */
function nextCapitalisedRun(text: string): RegExpExecArray | null {
  for (let m = CAPITALISED_RUN.exec(text); m !== null; m = CAPITALISED_RUN.exec(text)) {
    const at = m.index;
    if (at > 0 && wordCharBefore(text, at)) {
      // Inside a word: look again from the end of that word, where a run may start ("xAbc Def"
      // still finds "Def", "xAbc-Def" finds "Def"). Not from the next position: a word of
      // 100,000 capitals would be matched again at each one.
      // By whole code points: a lastIndex between the halves of an astral capital ("𝚯") is
      // moved back to its start by the u flag, and the same match would come back for ever.
      let end = at;
      do end += codePointLength(text, end);
      while (end < text.length && isNameChar(text.codePointAt(end) as number));
      CAPITALISED_RUN.lastIndex = end;
      continue;
    }
    return m;
  }
  return null;
}
/** Appositive after a name: ", the leader of the protest at the plant," / ", an analyst,". */
const APPOSITIVE =
  /^,\s+(?!(?:who|which|whose|that|where|when)\b)(?:(?<article>[Tt]he|[Aa]n?)\s+)?(?<role>(?:[^,.;:"“”()]|\.(?=\S|\s\p{Ll})){2,90}?)\s*(?=[,;:]|\.(?:\s(?!\p{Ll})|$)|$|\s(?:said|says|told|added|who)\b)/u;
/** "Smith, 45, said", "said the tourist, Khaled Hijazi, 37." */
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
const AGE_AFTER = /^,\s+\d{1,3}(?=\s*(?:[,.;)]|--|—|–|$))/;
/** "Tiger Woods, who made the cut ...": only people are "who". */
const WHO_AFTER = /^,\s+who\s/;
const WHO_HEADS =
  /^,\s+who\s+(?:also\s+|now\s+)?(?<verb>heads|leads|runs|chairs|directs|manages|founded|co-founded|coaches|captains|represents|edits|commands)\s+(?<what>[^,.;:"“”]{3,80})/;
const AGE_BETWEEN = /^,\s+\d{1,3},/;
const NAMED_AS =
  /^\s+(?:was|has been|had been|is)\s+(?:named|appointed|elected|nominated|chosen|sworn in)(?:\s+as)?\s+(?<role>(?:the\s+)?\p{Ll}[\p{Ll}\s-]{2,60}?(?:\s+of\s+(?:the\s+)?[\p{L}\s-]{2,40}?)?)(?=\s+(?:in|on|last|this|after|by|for)\b|[,.;]|$)/u;
/** "the " right before a name (tested in place, sticky, at the name's start less four). */
const THE_BEFORE = /[Tt]he\s/y;
/** Whether the four characters before `at` are "the ". */
function theBefore(text: string, at: number): boolean {
  if (at < 4) return false;
  THE_BEFORE.lastIndex = at - 4;
  return THE_BEFORE.test(text);
}
const TITLE_IN_THE =
  /(?<title>\p{Lu}[\p{L}-]*(?: (?:of the|of|for) \p{Lu}[\p{L}-]*| \p{Lu}[\p{L}-]*)*) (?<link>in the|of the|at the|in|of|at) $/u;
const NAMED_THING_AFTER =
  /^\s(?:airport|stadium|street|road|avenue|bridge|hospital|university|college|school|square|park|port|station|centre|center|hall|institute|foundation|prize|award|trophy|cup|symposium|conference|memorial|museum|library|highway|tunnel|dam|canal|line|index|fund|trust|brand|group)\b/;
const NAMED_THING_BEFORE =
  /\b(?:carrier|ship|vessel|frigate|destroyer|submarine|tanker|ferry|yacht|newspaper|weekly|daily|magazine|film|movie|album|song|book|novel|hotel|restaurant|brand|label|club|band|horse|storm|hurricane|typhoon|cyclone|operation|(?:village|town|city|district|province|state|county|region|island|port|capital|suburb|municipality) of)\s+$/;
/** "an analyst at Morgan Stanley", "a lawyer with Bailey & Glasser": an employer, not a person. */
const EMPLOYER_BEFORE = /\b(?<role>\p{Ll}[\p{Ll}-]*)\s+(?:at|with|for)\s+$/u;
/** "Rohan "Bunty" Mehra": a nickname in quote marks inside a name. */
const NICKNAMED = /(?<![\p{L}'’])(?<first>\p{Lu}[\p{L}'’-]+) ["“](?<nick>[^"“”\n]{1,30})["”] (?<last>\p{Lu}[\p{L}'’-]+)/gu;
/** What must follow the space after a nickname's first name: the nickname in marks, a space and the last name. */
const NICKNAME_AFTER = /["“][^"“”\n]{1,30}["”] \p{Lu}[\p{L}'’-]+/uy;
const SPACE_UNIT = /\s/;

/**
 * The matches of NICKNAMED in `text`, as `text.matchAll(NICKNAMED)` gives them, found from each
 * space before an opening mark (" “") whose nickname and last name follow: most paragraphs
 * quote someone, and trying the pattern at every capital of every one of them cost more than
 * the rest of the scan. A first name ends at such a space and holds no white space, so no
 * match starts before the white space that comes before it.
 */
export function nicknamesIn(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0; // where matchAll would look next
  for (let space = nextOpener(text, 0); space >= 0; space = nextOpener(text, space + 1)) {
    if (space < from) continue;
    NICKNAME_AFTER.lastIndex = space + 1;
    if (!NICKNAME_AFTER.test(text)) continue;
    let start = space;
    while (start > from && !SPACE_UNIT.test(text[start - 1] as string)) start--;
    NICKNAMED.lastIndex = start;
    const m = NICKNAMED.exec(text);
    if (m === null) break;
    found.push(m);
    from = m.index + m[0].length;
  }
  return found;
}

/** The next " \"" or " “" at or after `from`, or -1. */
function nextOpener(text: string, from: number): number {
  const straight = text.indexOf(' "', from);
  const curly = text.indexOf(' “', from);
  return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
}

/** A standings row or a score: "Greenock Morton 3 2 0 1 5 2 6", "Wigan 42 Bradford Bulls 36". */
const TEAM_ROW_AFTER = /^(?!(?:\s+[6-8]\d){2,4}\s*$)(?:\s+\d+(?:\s+\d+){2,}\s*$|\s+\d+\s*$)/;
const SCORECARD_AFTER = /^\s+(?:c|b|lbw|st|c & b|run out|not out)\b[^\n]*\d\s*$|^\s+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b/;
const SCORECARD_BEFORE = /(?:^|\s)(?:c|b|st|lbw b|c & b)\s+$/;
const GOLF_ROUNDS_AFTER = /^(?:\s+[6-8]\d){2,4}\s*$/;
const ROLE_THEN_COMMA =
  /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|an?)|\p{Lu}\p{Ll}+['’]s)\s+(?<role>(?:[\p{Ll}\d-]+\s+){0,2}(?<head>\p{Ll}+)),\s+$/u;
const ROLE_OF_THEN_COMMA = /\b[Tt]he\s+(?<role>(?:[\p{Ll}-]+\s+){0,2}(?<head>\p{Ll}+)\s+of\s+[^,;:"“”()]{2,60}),\s+$/u;
/** A party or state tag between a name and its appositive: "Luis Ortega (D-Texas), a member ...". */
const TAG_AFTER = /^\s*\([^()\n]{1,30}\)/;
const SIGNATURE_BEFORE = /["”’]\s*[-–—―]{1,2}\s*$/u;
const SPEECH_AFTER = /^,?\s+(?:\w+ly\s+)?(?:(?:had|has|have|was|is|also)\s+)?(\p{Ll}+)/u;
const SPEECH_BEFORE = /\b(\p{Ll}+)\s+$/u;
/** Most words a person's name has, particles aside. Longer runs are headlines or titles. */
const MAX_NAME_TOKENS = 5;

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Candidate {
  tokens: Token[];
  /** Role words before the name, as written ("Russian President"), or null. */
  role: string | null;
  gender: 'male' | 'female' | null;
  titled: boolean;
  /** A transcript speaker's label at the start of a paragraph: "PENCE: Well, look, ...". */
  label: boolean;
  /** The whole name is a city's: no evidence of its own makes it a person. */
  city: boolean;
  /** It follows "of" in a run: "Ministry of Physical Planning". */
  afterOf?: boolean;
  para: number;
}

const isInitial = (t: string) => /^\p{Lu}\.?$/u.test(t) || /^(?:\p{Lu}\.)+$/u.test(t);
const isAcronym = (t: string) => /^\p{Lu}{2,6}$/u.test(t);
const stripPossessive = (t: string) => t.replace(/['’]s?$/, '');
const givenGender = (t: string): 'male' | 'female' | null => (MALE.has(t) ? 'male' : FEMALE.has(t) ? 'female' : null);
/** Common words that are given names too, when a family name follows: "Will Carling". */
const GIVEN_COMMON_WORDS = new Set([
  'Will',
  'Hope',
  'Grace',
  'Faith',
  'Joy',
  'Rose',
  'Mark',
  'Bill',
  'Jack',
  'Frank',
  'Art',
  'Guy',
  'Dean',
  'Jan',
  'Per',
]);

/** Words the name lists carry that are far more often something else ("Royal", "General", "North"). */
const notAName = (t: string) =>
  /-(?:based|born|led|backed|owned|run|made|listed|controlled)$/.test(t) ||
  NAME_PARTICLES.has(t.toLowerCase()) ||
  NOT_NAME_WORDS.has(t) ||
  TITLE_WORDS.has(t) ||
  NON_PERSON_HEADS.has(t) ||
  PLACES.has(t) ||
  NATIONALITIES.has(t);
/** A known given name. */
const isGivenName = (t: string) => (MALE.has(t) || FEMALE.has(t) || UNISEX.has(t) || WORLD.has(t)) && !notAName(t);
/** A known family name. */
const isFamilyName = (t: string) => FAMILY.has(stripPossessive(t)) && !notAName(stripPossessive(t));
/** A place or nationality before a name: "American Dennis Mitchell", "Mexico's Manuel Medina". */
const isOrigin = (t: string) =>
  NATIONALITIES.has(t) || (/['’]s$/.test(t) && (PLACES.has(stripPossessive(t)) || CITIES.has(stripPossessive(t))));
/** What a sports result or team sheet puts in brackets after a name: a country, a team, a role. */
const PAREN_AFTER = /^\s\((?<inside>[^()]{2,30})\)/;
const isOriginOrTeam = (s: string) =>
  PLACES.has(s) ||
  CITIES.has(s) ||
  NATIONALITIES.has(s) ||
  HOME_NATIONS.has(s) ||
  PLACE_ABBREVIATIONS.has(s) ||
  /^\p{Lu}{2,4}$/u.test(s) ||
  /^(?:captain|capt|c|wk|vice-captain)$/i.test(s) ||
  isScoring(s);
/** A goal's minute or a pitcher's record: "Haim Hajaj (47th)", "Aunger (41st min, pen)", "Chad Ogea (7-5)". */
const isScoring = (s: string) => /^\d{1,3}(?:st|nd|rd|th)\b/.test(s) || /^\d{1,2}-\d{1,2}$/.test(s);

/** A run's words: CAPITALISED_RUN puts exactly one space between them. */
function tokenise(run: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < run.length; ) {
    const space = run.indexOf(' ', start);
    const end = space < 0 ? run.length : space;
    tokens.push({ text: run.slice(start, end), start: offset + start, end: offset + end });
    start = end + 1;
  }
  return tokens;
}

/** Splits a run at words that are never part of a name ("U.S. The" -> "U.S."). */
function splitRun(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const initialA = t.text === 'A' && next !== undefined && isInitial(next.text); // "A K Sengupta"
    // "of" stays inside a role ("Secretary of State X", "Speaker of the Assembly X") and splits
    // anything else ("Charles of Wales", "Economist Joel Naroff of First Union").
    const prevText = cur.at(-1)?.text;
    const splitsHere =
      (t.text === 'of' || t.text === 'the') &&
      !(
        prevText !== undefined &&
        (isTitleWord(prevText) || (t.text === 'the' && prevText === 'of' && cur.length >= 2 && isTitleWord((cur.at(-2) as Token).text)))
      );
    // "Elizabeth I", "Henry VIII": a regnal number belongs to the name before it.
    if (REGNAL.test(t.text) && cur.length > 0 && (isGivenName((cur.at(-1) as Token).text) || cur.some((x) => isTitleWord(x.text)))) {
      cur.push(t);
      return;
    }
    // "Will Carling", "Hope Solo": a common word that is also a given name, before a surname.
    const givenBeforeSurname =
      cur.length === 0 &&
      next !== undefined &&
      GIVEN_COMMON_WORDS.has(t.text) &&
      (isFamilyName(next.text) || NAME_PARTICLES.has(next.text));
    // "South Korean Trade Minister ...": a compass word before a nationality is part of it.
    const compass =
      /^(?:North|South|East|West)$/.test(t.text) &&
      next !== undefined &&
      (NATIONALITIES.has(next.text) || NATIONALITIES.has(`${t.text} ${next.text}`));
    // "Crooked Hillary Clinton", "Injecting Clinton": a participle opening a run is no part of the name.
    const participle =
      cur.length === 0 &&
      next !== undefined &&
      /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(t.text) &&
      !isGivenName(t.text) &&
      !isFamilyName(t.text) &&
      (t.text.endsWith('ing') || isGivenName(next.text) || isFamilyName(next.text));
    // "Clinton Said Dodd-Frank", a Title Case headline: a capitalised speech verb after a name
    // ends it (not after a lone given name: "Mohammed Said" is a name).
    const headlineVerb =
      cur.length > 0 &&
      HEADLINE_VERBS.has(t.text) &&
      (cur.length > 1 || !isGivenName((cur[0] as Token).text) || isFamilyName((cur[0] as Token).text));
    if (
      splitsHere ||
      participle ||
      headlineVerb ||
      (!initialA && !givenBeforeSurname && !compass && (NOT_NAME_WORDS.has(t.text) || NOT_NAME_WORDS.has(stripPossessive(t.text))))
    ) {
      if (cur.length) parts.push(cur);
      cur = [];
      return;
    }
    cur.push(t);
    // "Glenn Hoddle's England", "France's Hachette": a possessive ends the name it belongs to.
    if (/['’]s$/.test(t.text) && next !== undefined) {
      parts.push(cur);
      cur = [];
      return;
    }
    // "Delhi Assembly Vikram Sahni": an organisation's last word ends it; a name may follow.
    // A run that opens with a title is a role and keeps its organisation: "Superintendent of Police X".
    if (
      NON_PERSON_HEADS.has(t.text) &&
      tokens.length - i > 2 &&
      !isTitleWord((next as Token).text) &&
      !isTitleWord((cur[0] as Token).text)
    ) {
      parts.push(cur);
      cur = [];
    }
  });
  if (cur.length) parts.push(cur);
  return parts;
}

/** Title words, and role nouns written as titles ("Forecaster", "Collector"). */
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const CAPITALISED_ROLES = new Set([...ROLE_NOUNS].map(capitalise));
const isTitleWord = (t: string): boolean =>
  TITLE_WORDS.has(t) ||
  CAPITALISED_ROLES.has(t) ||
  (t.includes('-') && t.split('-').every((p) => TITLE_WORDS.has(p) || CAPITALISED_ROLES.has(p)));

/**
 * Peels honorifics and a role off the front of a run. The role runs to the last title word
 * before the name ("Senate Minority Leader Harry Reid", "Palghar District Collector Anjali
 * Deshmukh"), unless a given name stands before it ("John Major" is a name, not a role).
 */
/** A title word still to come after index k, before any "of" ("Union Jal Shakti Minister C R Vasudevan"). */
function titleAhead(tokens: Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length - 1; i++) {
    const t = (tokens[i] as Token).text;
    if (t === 'of') return false;
    if (isTitleWord(t)) return true;
  }
  return false;
}

function peelRole(tokens: Token[]): { role: Token[]; honorific: 'male' | 'female' | null | undefined; rest: Token[] } {
  let honorific: 'male' | 'female' | null | undefined;
  let lastTitle = -1;
  let lastHonorific = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = (tokens[k] as Token).text;
    // "John Major" is a name; "Union Jal Shakti Minister C R Vasudevan" still has its title to come.
    if (isGivenName(t) && !isTitleWord(t) && !HONORIFICS.has(t) && !titleAhead(tokens, k)) break;
    if (HONORIFICS.has(t)) {
      honorific = HONORIFICS.get(t) ?? null;
      lastHonorific = k;
    } else if (isTitleWord(t)) lastTitle = k;
  }
  let cut = Math.max(lastTitle, lastHonorific) + 1;
  // "Superintendent of Police X", "Speaker of the Assembly X": the role runs through "of ..."
  // to the organisation's last word, when a name still follows.
  if (lastTitle >= 0 && tokens[cut]?.text === 'of') {
    let k = cut + 1;
    if (tokens[k]?.text === 'the') k++;
    while (k < tokens.length - 1 && !NON_PERSON_HEADS.has((tokens[k] as Token).text) && !PLACES.has((tokens[k] as Token).text)) k++;
    if (k < tokens.length - 1) cut = k + 1;
  }
  // "Miss Universe Alicia Machado": words that are no names between a title and a given name
  // belong to the title.
  if (cut > 0) {
    const given = tokens.findIndex((t, k) => k > cut && k <= tokens.length - 2 && isGivenName(t.text));
    const between = given > cut ? tokens.slice(cut, given) : [];
    if (between.length && between.every((t) => !isGivenName(t.text) && !isFamilyName(t.text) && !isInitial(t.text))) cut = given;
  }
  const role = tokens.slice(0, cut).filter((t) => !HONORIFICS.has(t.text));
  return {
    role: role.some((t) => isTitleWord(t.text)) || (honorific !== undefined && role.length > 0) ? role : [],
    honorific,
    rest: tokens.slice(cut),
  };
}

/** "Korea" for "North Korea", "Sudan" for "South Sudan": what follows a compass word in a place's name. */
const COMPASS_PLACE_ENDS = new Set(
  COUNTRY_AND_CAPITAL_NAMES.split('|').flatMap((place) => /^(?:North|South|East|West) (.+)$/.exec(place)?.slice(1) ?? []),
);

function isNonPerson(names: string[]): boolean {
  const joined = names.join(' ');
  const last = names[names.length - 1] as string;
  if (PLACES.has(joined) || HOME_NATIONS.has(joined) || AGENCY_NAMES.has(joined)) return true;
  // A lone title word ("President") names no one by itself, but may be a surname ("Mr. King",
  // "Howard Dean" then "Dean"): it is kept, and only evidence or a person it fits makes it one.
  if (names.length === 1 && (NATIONALITIES.has(last) || isAcronym(last))) return true;
  // "N. Korea", "Korea": a place missing its compass word.
  if (COMPASS_PLACE_ENDS.has(last) && names.slice(0, -1).every((n) => isInitial(n))) return true;
  // "Iraqi Kurds", "Americans": peoples, not persons.
  if (names.every((n) => NATIONALITIES.has(n) || PEOPLES.has(n) || NATIONALITIES.has(n.replace(/s$/, '')) || PLACES.has(n))) return true;
  if (NON_PERSON_HEADS.has(last) || NON_PERSON_HEADS.has(stripPossessive(last))) return true;
  if (names.some((n) => /-(?:based|born|led|backed|owned|run|made|listed|controlled)$/.test(n))) return true;
  if (names.every((n) => isAcronym(n) || NATIONALITIES.has(n) || PLACES.has(n))) return true;
  return names.length > MAX_NAME_TOKENS;
}

/** A paragraph opening with a speaker's label in capitals: `"WALLACE: Let's start ...`. */
const TRANSCRIPT_LABEL = /^["“]?(?<label>\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;

/**
 * Where each transcript label starts, when the story reads as a transcript: two speakers or
 * more, each opening two paragraphs or more with their label, none of them a kicker ("UPDATE:").
 */
function transcriptLabels(d: Draft): Map<number, number> {
  const found: { label: string; start: number }[] = [];
  for (const para of d.blocks) {
    const m = TRANSCRIPT_LABEL.exec(d.text.slice(para.start, Math.min(para.end, para.start + 60)));
    const label = m?.groups?.label;
    if (!m || !label || NOT_TRANSCRIPT_LABELS.has(label) || PLACES.has(label)) continue;
    found.push({ label, start: para.start + m[0].indexOf(label) });
  }
  // Speakers in a transcript take turns: a label seen once is a field name ("ISSUER:", "DUE:").
  const turns = new Map<string, number>();
  for (const f of found) turns.set(f.label, (turns.get(f.label) ?? 0) + 1);
  const labels = new Map<number, number>();
  for (const f of found) if ((turns.get(f.label) ?? 0) >= 2) labels.set(f.start, f.start + f.label.length);
  return new Set([...labels.keys()].map((k) => d.text.slice(k, labels.get(k)))).size >= 2 ? labels : new Map();
}

function findCandidates(d: Draft): Candidate[] {
  const out: Candidate[] = [];
  const labels = transcriptLabels(d);
  d.blocks.forEach((para, p) => {
    const text = d.text.slice(para.start, para.end);
    const nicknamed: { start: number; end: number }[] = [];
    for (const m of nicknamesIn(text)) {
      const first = m.groups?.first as string;
      const last = m.groups?.last as string;
      const at = para.start + (m.index ?? 0);
      const lastAt = at + m[0].length - last.length;
      if (NOT_NAME_WORDS.has(first) || notAName(last)) continue;
      nicknamed.push({ start: at, end: at + m[0].length });
      out.push({
        tokens: [
          { text: first, start: at, end: at + first.length },
          { text: last, start: lastAt, end: lastAt + last.length },
        ],
        role: null,
        gender: null,
        titled: true,
        city: false,
        label: false,
        para: p,
      });
    }
    CAPITALISED_RUN.lastIndex = 0;
    for (let m = nextCapitalisedRun(text); m !== null; m = nextCapitalisedRun(text)) {
      const runAt = para.start + (m.index ?? 0);
      // (Most runs are one word that is never a name: "The", "But", "He". splitRun would drop them.)
      if (NOT_NAME_WORDS.has(m[0]) && !labels.has(runAt)) continue;
      if (nicknamed.some((n) => runAt >= n.start && runAt < n.end)) continue; // the name around a nickname is taken
      const tokens = tokenise(m[0], runAt);
      const labelEnd = labels.get((tokens[0] as Token).start);
      if (labelEnd !== undefined) {
        const label = tokens.filter((t) => t.end <= labelEnd);
        out.push({ tokens: label, role: null, gender: null, titled: false, city: false, label: true, para: p });
        continue;
      }
      // "Said Ellen Marsh: ...": a sentence opening with its verb; the name follows it.
      if (tokens.length >= 3 && SPEECH_VERBS.has((tokens[0] as Token).text.toLowerCase())) tokens.shift();
      let previous: Token[] | null = null;
      for (const part of splitRun(tokens)) {
        const before = previous;
        previous = part;
        if (PLACES.has(stripPossessive(part.map((t) => t.text).join(' ')))) continue; // "Sri Lanka" is not Sri + Lanka
        const peeled = peelRole(part);
        const { role, honorific } = peeled;
        let { rest } = peeled;
        // "American Dennis Mitchell", "Controversial Australian Anthony Hill", "Mexico's Manuel
        // Medina": where someone is from, then a name of two words or more.
        const from = role.length === 0 ? rest.findIndex((t, k) => k < 2 && NATIONALITIES.has(t.text)) : -1;
        const afterPlace =
          before !== null && rest.length >= 2 && isOrigin((before.at(-1) as Token).text) && d.text[(part[0] as Token).start - 1] === ' ';
        const origin = (from >= 0 && rest.length - from >= 3) || afterPlace;
        if (from >= 0 && rest.length - from >= 3) rest = rest.slice(from + 1);
        const names = rest.map((t, i) => {
          const text = i === rest.length - 1 ? stripPossessive(t.text) : t.text;
          return text === t.text ? t : { text, start: t.start, end: t.start + text.length };
        });
        // "Park" alone is a park, unless it is the family name of someone named ("Park Ji-hoon").
        const lone = names.length === 1 ? (names[0] as Token).text : null;
        if (lone && role.length === 0 && honorific === undefined && NON_PERSON_HEADS.has(lone)) {
          out.push({ tokens: names, role: null, gender: null, titled: false, city: true, label: false, para: p });
          continue;
        }
        // "of" joins titles ("Secretary of State"), never a name: "Ministry of Health" is no one.
        if (names.length === 0 || names.some((t) => t.text === 'of' || t.text === 'the') || isNonPerson(names.map((t) => t.text))) continue;
        // "The Daily Nation", "the Hill": a capitalised name after "the" is a title, not a person.
        if (role.length === 0 && honorific === undefined && theBefore(d.text, (part[0] as Token).start)) continue;
        let titleGender: 'male' | 'female' | undefined;
        for (const t of role) titleGender ??= GENDERED_TITLES.get(t.text);
        // "Mr. President", "Presidential Debates": a title with no name after it.
        // ("Mr. King" is Mr. King: a family name after an honorific, even one that is a title.)
        if (
          lone &&
          (role.length > 0 || honorific !== undefined) &&
          !(honorific !== undefined && FAMILY.has(lone)) &&
          !isFamilyName(lone) &&
          !isGivenName(lone) &&
          (isTitleWord(lone) || /[^s]s$/.test(lone))
        ) {
          continue;
        }
        // "Leader of the Opposition in the Delhi Assembly Vikram Sahni": a title, "in the" and the
        // organisation it belongs to, then the name.
        let roleText = role.length ? d.text.slice((role[0] as Token).start, (role[role.length - 1] as Token).end) : null;
        if (!roleText && before !== null && NON_PERSON_HEADS.has((before.at(-1) as Token).text) && rest[0] === part[0]) {
          const lead = TITLE_IN_THE.exec(d.text.slice(Math.max(para.start, (before[0] as Token).start - 80), (before[0] as Token).start));
          if (lead?.groups && isTitleWord(lead.groups.title?.split(' ')[0] ?? '')) {
            roleText = `${lead.groups.title} ${lead.groups.link} ${d.text.slice((before[0] as Token).start, (before.at(-1) as Token).end)}`;
          }
        }
        const titled = role.length > 0 || honorific !== undefined || roleText !== null;
        out.push({
          tokens: names,
          role: roleText,
          gender: honorific ?? titleGender ?? null,
          titled: titled || origin,
          // A city's name ("Chelsea", "Charlotte") or a lone title word ("Secretary") is a
          // person's only when it fits someone named.
          afterOf: before !== null && d.text.startsWith(' of ', (part[0] as Token).start - 4),
          city:
            !titled &&
            !origin &&
            (CITIES.has(names.map((t) => t.text).join(' ')) || (names.length === 1 && isTitleWord((names[0] as Token).text))),
          label: false,
          para: p,
        });
      }
    }
  });
  return out;
}

/** Words that end a role phrase read backwards from a name. */
const ROLE_STOP = new Set(
  'the a an of and or but to by for with from at in on as said says told that who which its his her their our'.split(' '),
);

/**
 * How the text before a name ends: whether in white space, and its last character before that.
 * The patterns read on that text end in `$`, and a regex tries such a pattern at every position
 * of its 90 characters; this lets the evidence skip those that cannot match at the end.
 */
interface Ending {
  trimmed: string;
  spaced: boolean;
  /** The last code point of `trimmed`, or '' when it is empty. */
  last: string;
}

function endingOf(text: string): Ending {
  const trimmed = text.trimEnd();
  const n = trimmed.length;
  // An astral character ends in two code units: it starts at the first.
  const astral = n >= 2 && (trimmed.codePointAt(n - 2) as number) > 0xffff;
  const start = astral ? n - 2 : n - 1;
  return { trimmed, spaced: n < text.length, last: n === 0 ? '' : String.fromCodePoint(trimmed.codePointAt(start) as number) };
}

const LOWER_LETTER = /^\p{Ll}$/u;
const DASHES = new Set(['-', '–', '—', '―']);

/** "civil defense chief Teresita Dumalag", "union leader Levan Gelashvili": a role noun right before the name. */
function roleBefore(before: string, ending: Ending): string | null {
  // "The governor, Philip Banerjee, ...", "The head of the UN refugee agency, Martina Keller,":
  // the role may stand before the name with a comma.
  const described = ending.spaced && ending.last === ',' ? (ROLE_OF_THEN_COMMA.exec(before) ?? ROLE_THEN_COMMA.exec(before)) : null;
  if (described?.groups && ROLE_NOUNS.has(described.groups.head as string)) return described.groups.role as string;
  const words = ending.trimmed.split(/\s+/);
  const head = words.at(-1);
  if (!head || !ROLE_NOUNS.has(head) || /[^\p{L}-]/u.test(head)) return null;
  let i = words.length - 1;
  while (i > 0 && words.length - i < 3) {
    const w = words[i - 1] as string;
    if (ROLE_STOP.has(w.toLowerCase()) || /[^\p{L}-]/u.test(w) || SPEECH_VERBS.has(w) || /^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST.has(w))
      break;
    i--;
  }
  return words.slice(i).join(' ');
}

interface Evidence {
  person: boolean;
  roles: string[];
}

/** What the text around a candidate says about it. */
function weighEvidence(d: Draft, c: Candidate, para: Block): Evidence {
  const first = c.tokens[0] as Token;
  const last = c.tokens[c.tokens.length - 1] as Token;
  const after = d.text.slice(last.end, Math.min(para.end, last.end + 120));
  const before = d.text.slice(Math.max(para.start, first.start - 90), first.start);
  const ending = endingOf(before);
  const roles: string[] = [];
  if (c.role) roles.push(c.role);
  // A quote signed with a dash: "“...” ― Sonya Herridge".
  let person = c.titled || c.label || (DASHES.has(ending.last) && SIGNATURE_BEFORE.test(before));
  const appositive = APPOSITIVE.exec(after.replace(TAG_AFTER, ''));
  if (appositive?.groups) {
    const words = (appositive.groups.role as string).toLowerCase().split(/[\s-]+/);
    // ", described pleading with an official," is a clause, not a role.
    const clause = !appositive.groups.article && /^\p{Ll}+(?:ed|ing)$/u.test(words[0] ?? '');
    // ", a 41-year-old fish seller,": an age says person whatever the trade.
    if (!clause && words.some((w) => ROLE_NOUNS.has(w) || /^\d+-year-old$/.test(w))) {
      const article = appositive.groups.article?.toLowerCase();
      roles.push((article === 'the' ? 'the ' : '') + (appositive.groups.role as string).trim());
      person = true;
    }
  }
  const described = roleBefore(before, ending);
  if (described) {
    roles.push(described);
    person = true;
  }
  if (AGE_AFTER.test(after)) person = true;
  if (WHO_AFTER.test(after) && (c.tokens.length >= 2 || isFamilyName(first.text))) person = true;
  // "X, who heads the debt management office", "X was named governor of the central bank".
  const heads = WHO_HEADS.exec(after.replace(AGE_BETWEEN, ','))?.groups;
  if (heads) roles.push(`${heads.verb} ${heads.what}`.trim());
  const named = NAMED_AS.exec(after)?.groups;
  if (named) {
    roles.push(named.role as string);
    person = true;
  }
  const multi = c.tokens.length >= 2;
  if (multi && isGivenName(first.text)) person = true;
  // "M K Stalin", not a table's column heads ("W D L G") nor "U.S. Treasury".
  if (multi && isInitial(first.text) && !c.tokens.every((t) => isInitial(t.text)) && !PLACE_ABBREVIATIONS.has(first.text)) person = true;
  // "Ludmila Engquist (Sweden)", "Ian Healy (captain)": a result line or a team sheet.
  const bracket = PAREN_AFTER.exec(after)?.groups?.inside;
  if (multi && bracket && isOriginOrTeam(bracket.trim())) person = true;
  if (
    !multi &&
    bracket &&
    (isScoring(bracket.trim()) || (isOriginOrTeam(bracket.trim()) && (isGivenName(first.text) || isFamilyName(first.text))))
  ) {
    person = true;
  }
  // Two or three words ending in a known family name: "Sjeng Engquist"; not a place or a body.
  if (multi && c.tokens.length <= 3 && isFamilyName(last.text) && /^\p{Lu}\p{Ll}/u.test(first.text) && !notAName(first.text)) person = true;
  if (multi) {
    const verbAfter = SPEECH_AFTER.exec(after)?.[1];
    const verbBefore = ending.spaced && LOWER_LETTER.test(ending.last) ? SPEECH_BEFORE.exec(before)?.[1] : undefined;
    if ((verbAfter && SPEECH_VERBS.has(verbAfter)) || (verbBefore && SPEECH_VERBS.has(verbBefore))) person = true;
  }
  // A scorecard or a leaderboard: "S. Law c Tillekeratne b Dharmasena 13", "Bowling: Wasim
  // Akram 10-0-50-0", "287 Ian Woosnam 70 76 71 70".
  const scorecardBefore =
    ending.spaced && (ending.last === 'b' || ending.last === 'c' || ending.last === 't') && SCORECARD_BEFORE.test(before);
  if (scorecardBefore || SCORECARD_AFTER.test(after) || GOLF_ROUNDS_AFTER.test(after)) person = true;
  if (!person || c.city) return { person: false, roles };
  // Named after a person but not one: "Charles de Gaulle airport", "the aircraft carrier Carl
  // Vinson", "the news weekly Der Spiegel"; a team in a results row ("Greenock Morton 3 2 0 1").
  // (Each pattern on the text before a name ends in white space after a lower-case letter.)
  const lowerBefore = ending.spaced && ending.last >= 'a' && ending.last <= 'z';
  const employer = lowerBefore ? EMPLOYER_BEFORE.exec(before)?.groups?.role : undefined;
  const thing =
    !c.titled &&
    (NAMED_THING_AFTER.test(after) ||
      (lowerBefore && NAMED_THING_BEFORE.test(before)) ||
      TEAM_ROW_AFTER.test(after) ||
      (employer !== undefined && ROLE_NOUNS.has(employer)) ||
      (c.afterOf && !isGivenName(first.text)));
  return { person: !thing, roles };
}

/** What may stand between two items of a list of names: a comma, "and", a bracketed note. */
const LIST_GAP = /^(?:\s*\([^()]{1,30}\))?\s*(?:,|;|\band\b|,\s*and\b)\s*$/;

/**
 * Names in one list are the same kind of thing: a team sheet ("Aamir Sohail, Saeed Anwar,
 * Ijaz Ahmed, ..."), a leaderboard, "X, Y and Z". When most of a list's names are people,
 * the rest of them are too (two-word names; single words only in a list of surnames).
 */
function spreadThroughLists(d: Draft, candidates: Candidate[], evidence: Evidence[]): void {
  let start = 0;
  for (let i = 1; i <= candidates.length; i++) {
    const prev = candidates[i - 1] as Candidate;
    const cur = candidates[i];
    // A list may run on to the next line when a line ends with its comma.
    const gap = cur ? d.text.slice((prev.tokens.at(-1) as Token).end, (cur.tokens[0] as Token).start) : '';
    const joined =
      cur !== undefined &&
      ((cur.para === prev.para && LIST_GAP.test(gap)) || (cur.para === prev.para + 1 && /^(?:\s*\([^()]{1,30}\))?\s*,\s*\n\s*$/.test(gap)));
    if (joined) continue;
    const list = candidates.slice(start, i).map((c, k) => ({ c, e: evidence[start + k] as Evidence }));
    start = i;
    if (list.length < 3) continue;
    const people = list.filter((x) => x.e.person && !x.c.city).length;
    const singles = list.filter((x) => x.c.tokens.length === 1).length;
    const surnames = list.filter((x) => x.c.tokens.length === 1 && isFamilyName((x.c.tokens[0] as Token).text)).length;
    // Two-word and three-word names only, two of them people already: a team sheet.
    const nameShaped = (c: Candidate) =>
      c.tokens.length >= 2 && c.tokens.length <= 3 && c.tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !notAName(t.text));
    const sheet = people >= 2 && list.filter((x) => nameShaped(x.c)).length * 4 >= list.length * 3;
    const mostlyPeople = sheet || people * 2 >= list.length || (singles >= 4 && surnames * 2 >= singles);
    if (!mostlyPeople) continue;
    for (const x of list) {
      const names = x.c.tokens.map((t) => t.text);
      if (x.c.city || isNonPerson(names) || names.some((n) => notAName(n))) continue;
      if (names.length >= 2 || singles * 2 > list.length) x.e.person = true;
    }
  }
}

/**
 * Whether a name can name a person: same last word and every word part of the full name. Both
 * come lower-cased, as case does not tell names apart ("LUKASHENKO", "Von Bredow" opening a
 * sentence).
 */
function fitsPerson(folded: string[], personFolded: string[]): boolean {
  if (folded[folded.length - 1] !== personFolded[personFolded.length - 1]) return false;
  return folded.every((t) => personFolded.includes(t));
}

const foldAll = (tokens: string[]) => tokens.map((t) => t.toLowerCase());

/**
 * "Park" for "Park Ji-hoon", "Zhang" for "Zhang Wei": a family name written first, when the
 * word is no given name and names no one else by their last word.
 */
function fitsFamilyFirst(tokens: string[], person: PersonDraft): boolean {
  const [word] = tokens;
  return (
    tokens.length === 1 &&
    person.tokens.length >= 2 &&
    person.tokens[0] === word &&
    !isGivenName(word as string) &&
    !isInitial(word as string)
  );
}

export function findPeople(d: Draft): void {
  const candidates = findCandidates(d);
  const evidence = candidates.map((c) => weighEvidence(d, c, d.blocks[c.para] as Block));
  // Evidence for a name anywhere counts for it everywhere.
  const personNames = new Set<string>();
  // The genders honorifics or titles give a name: "Mr. Obama" is not "Michelle Obama", and
  // "Mr. Grant" and "Mrs. Grant" are two people.
  const nameGenders = new Map<string, Set<'male' | 'female'>>();
  spreadThroughLists(d, candidates, evidence);
  // Each candidate's words and name, made once for the passes below.
  const words = candidates.map((c) => c.tokens.map((t) => t.text));
  const names = words.map((w) => w.join(' '));
  candidates.forEach((c, i) => {
    const name = names[i] as string;
    if ((evidence[i] as Evidence).person) personNames.add(name);
    if (c.gender) nameGenders.set(name, (nameGenders.get(name) ?? new Set()).add(c.gender));
  });
  // "Naina Yeltsin" in a story about Boris Yeltsin: a name that ends in a named person's surname.
  const surnames = new Set([...personNames].filter((n) => n.includes(' ')).map((n) => n.split(' ').at(-1) as string));
  candidates.forEach((c, i) => {
    const w = words[i] as string[];
    if (w.length < 2 || w.length > 3 || c.city || !surnames.has(w.at(-1) as string)) return;
    if (w.slice(0, -1).every((n) => /^\p{Lu}\p{Ll}/u.test(n) && !notAName(n) && !NON_PERSON_HEADS.has(n)))
      personNames.add(names[i] as string);
  });
  // Fullest forms first, so that "Lukashenko" joins "Alexander Lukashenko".
  const people: PersonDraft[] = [];
  /** Each person's tokens lower-cased, for fitsPerson. */
  const folds: string[][] = [];
  const byName = new Map<string, number>();
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
  const ordered = [...personNames].sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const name of ordered) {
    const tokens = name.split(' ');
    const folded = foldAll(tokens);
    const genders = [...(nameGenders.get(name) ?? [givenGender(tokens[0] as string)])];
    for (const gender of genders) {
      const last = folded.at(-1) as string;
      const fitsSomeone = among(byLast, last).some(
        (k) => fitsPerson(folded, folds[k] as string[]) && sameGender((people[k] as PersonDraft).gender, gender),
      );
      if (fitsSomeone) continue;
      byName.set(`${name}|${gender ?? ''}`, people.length);
      addTo(byLast, last, people.length);
      if (tokens.length >= 2) addTo(byFirst, tokens[0] as string, people.length);
      people.push({ name, tokens, aliases: [], roles: [], gender, firstAt: Number.POSITIVE_INFINITY });
      folds.push(folded);
    }
  }
  const mentions: Mention[] = [];
  candidates.forEach((c, i) => {
    const tokens = words[i] as string[];
    const name = names[i] as string;
    let idx =
      byName.get(`${name}|${c.gender ?? ''}`) ?? (c.gender ? undefined : byName.get(`${name}|${givenGender(tokens[0] as string) ?? ''}`));
    if (idx === undefined) {
      // The most recently mentioned person it fits: two Clintons, "Clinton" is the last one named.
      const folded = foldAll(tokens);
      let fitting = among(byLast, folded.at(-1) as string).filter((k) => fitsPerson(folded, folds[k] as string[]));
      if (fitting.length === 0)
        fitting = among(byFirst, tokens[0] as string).filter((k) => fitsFamilyFirst(tokens, people[k] as PersonDraft));
      const sameSex = fitting.filter((k) => sameGender((people[k] as PersonDraft).gender, c.gender));
      const fits = sameSex.length ? sameSex : fitting;
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
    for (const r of (evidence[i] as Evidence).roles) if (!person.roles.includes(r)) person.roles.push(r);
    person.gender ??= c.gender;
  });
  for (const p of people) p.gender ??= givenGender(p.tokens[0] as string);
  // People in order of first mention; mentions renumbered to match.
  const order = people.map((_, i) => i).filter((i) => Number.isFinite((people[i] as PersonDraft).firstAt));
  order.sort((a, b) => (people[a] as PersonDraft).firstAt - (people[b] as PersonDraft).firstAt);
  const renumber = new Map(order.map((old, i) => [old, i]));
  d.people = order.map((i) => people[i] as PersonDraft);
  d.mentions = mentions
    .map((m) => ({ start: m.start, end: m.end, person: renumber.get(m.person) as number, para: m.para }))
    .sort((a, b) => a.start - b.start);
  d.trace?.(`people: ${d.people.map((p) => p.name).join('; ')}`);
}

const sameGender = (a: 'male' | 'female' | null, b: 'male' | 'female' | null) => a === null || b === null || a === b;

function lastMentioned(mentions: Mention[], among: number[]): number | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (among.includes(m.person)) return m.person;
  }
  return undefined;
}
