// Stage: the people the clean body names, once each, with aliases, roles and mentions.
//
// The people tagger (src/tagger/, a trained sequence model) says which words are names; the
// rules here say who they are. One pass finds capitalised runs ("Lithuanian Foreign Minister
// Linas Linkevicius") and peels the role off their front ("Lithuanian Foreign Minister"); each
// name the tagger found is cut from the run that holds it (role words the tagger took in stay
// roles: "Leg-spinner X"; initials stay in the name: "M K Stalin"), and a name found where no
// run was kept becomes a candidate of its own. A tagged name is a person unless a rule vetoes
// it (vetoOf: places, organisations by their last word or first word, credits, a name inside a
// longer proper name, ...); a few rules of the text around a name make it a person when the
// tagger passed it over but not by far (an appositive with a role noun, an age, initials, a
// title before a full name); names in a list of people are people. Every other run whose words
// fit a person's name ("Lukashenko" for "Alexander Lukashenko", "Wasim" for "Wasim Akram")
// becomes a mention of them. --debug shows each candidate, the tagger's score and the rule
// that kept or dropped it. Not here: what a name is (the tagger), the model's features.

import { AGENCIES } from '../data/agencies.js';
import {
  GENDERED_TITLES,
  HONORIFICS,
  IRREGULAR_PAST,
  NON_PERSON_HEADS,
  NOT_NAME_WORDS,
  NOT_TRANSCRIPT_LABELS,
  PLACE_ABBREVIATIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from '../data/words.js';
import { firstWordAt, sentenceAt, sentenceViewAt, titleCase, VIEW_CAPS, VIEW_NORMAL } from '../tagger/features.js';
import { type NameSpan, peopleTagger, type TaggedRange } from '../tagger/tagger.js';
import { CITIES, NATIONALITIES, PLACES } from '../text/name-tables.js';
import { CAPITALISED, QUOTE, type Tokens, tokenAt, tokenText, WORD } from '../text/tokens.js';
import { WORDS, wordIds } from '../text/word-ids.js';
import { type Block, type Draft, draftTokens, type Mention, type PersonDraft } from './draft.js';
import { capitalisedRuns, phraseInfo, type Run, Token, tokenWord } from './people/runs.js';
import {
  ACRONYM,
  AGENCY,
  ALL_CAPS,
  CAPITAL_THEN_LOWER,
  CITY,
  COMPASS,
  COMPASS_PLACE_END,
  FAMILY_NAME,
  GIVEN,
  GIVEN_COMMON,
  givenGender,
  HOME_NATION,
  HONORIFIC,
  IN_FAMILY_TABLE,
  INITIAL,
  isFamilyName,
  isGivenName,
  isInitial,
  isNotAName,
  isRoleLike,
  isTitleWord,
  NATIONALITY,
  NATIONALITY_PLURAL,
  NON_PERSON_HEAD,
  NON_PERSON_HEAD_BARE,
  NOT_A_NAME,
  NOT_NAME,
  NOT_NAME_BARE,
  ORIGIN,
  PARTICIPLE,
  PARTICLE,
  PEOPLE_NOUN,
  PLACE,
  POSSESSIVE_END,
  REGNAL,
  SPEECH_VERB,
  stripPossessive,
  TITLE,
  USUALLY_CAPITAL,
  type WordInfo,
  X_BASED,
} from './people/word-info.js';

/** Whether NOT_NAME_WORDS holds a phrase of several words (a run of several words is looked up only then). */
const NOT_NAME_PHRASES = [...NOT_NAME_WORDS].some((w) => w.includes(' '));

const _AGENCY_NAMES = new Set(AGENCIES.flatMap((a) => a.spellings));

/** Appositive after a name: ", the leader of the protest at the plant," / ", an analyst,". */
const APPOSITIVE =
  /^,\s+(?!(?:who|which|whose|that|where|when)\b)(?:(?<article>[Tt]he|[Aa]n?)\s+)?(?<role>(?:[^,.;:"“”()]|\.(?=\S|\s\p{Ll})){2,90}?)\s*(?=[,;:]|\.(?:\s(?!\p{Ll})|$)|$|\s(?:said|says|told|added|who)\b)/u;
/** "Smith, 45, said", "said the tourist, Khaled Hijazi, 37." */
const AGE_AFTER = /^,\s+\d{1,3}(?=\s*(?:[,.;)]|--|—|–|$))/;
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
  // The next ' "' and ' “', each looked for again only once passed.
  let straight = text.indexOf(' "');
  let curly = text.indexOf(' “');
  for (;;) {
    const space = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (space < 0) break;
    if (space === straight) straight = text.indexOf(' "', space + 1);
    if (space === curly) curly = text.indexOf(' “', space + 1);
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

const NO_MATCHES: RegExpExecArray[] = [];

/** Where each '"' or '“' right after a space is, in order: where nicknamesIn may find something. */
function quoteOpeners(t: Tokens): number[] {
  const at: number[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== QUOTE) continue;
    const q = t.start[i] as number;
    const c = t.text.charCodeAt(q);
    if ((c === 0x22 || c === 0x201c) && t.text.charCodeAt(q - 1) === 0x20) at.push(q);
  }
  return at;
}

/** A standings row or a score: "Greenock Morton 3 2 0 1 5 2 6", "Wigan 42 Bradford Bulls 36". */
const TEAM_ROW_AFTER = /^(?!(?:\s+[6-8]\d){2,4}\s*$)(?:\s+\d+(?:\s+\d+){2,}\s*$|\s+\d+\s*$)/;
const ROLE_THEN_COMMA =
  /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|an?)|\p{Lu}\p{Ll}+['’]s)\s+(?<role>(?:[\p{Ll}\d-]+\s+){0,2}(?<head>\p{Ll}+)),\s+$/u;
const ROLE_OF_THEN_COMMA = /\b[Tt]he\s+(?<role>(?:[\p{Ll}-]+\s+){0,2}(?<head>\p{Ll}+)\s+of\s+[^,;:"“”()]{2,60}),\s+$/u;
/** A party or state tag between a name and its appositive: "Luis Ortega (D-Texas), a member ...". */
const TAG_AFTER = /^\s*\([^()\n]{1,30}\)/;
const TAG_BEFORE_APPOSITIVE = /^\s*\(/;
/** Most words a person's name has, particles aside. Longer runs are headlines or titles. */
const MAX_NAME_TOKENS = 5;

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
  afterOf: boolean;
  /** A name with a nickname inside it: `Rohan "Bunty" Mehra`. */
  nickname: boolean;
  para: number;
  /** Whether the tagger tagged (part of) it as a name, and its score for that. */
  tagged: boolean;
  score: number;
  /** A name the tagger found overlaps it (readWithTagger). */
  held: boolean;
}

/** A candidate of paragraph `para` with nothing known about it yet (every candidate has the same fields, in the same order). */
const newCandidate = (tokens: Token[], para: number): Candidate => ({
  tokens,
  role: null,
  gender: null,
  titled: false,
  label: false,
  city: false,
  afterOf: false,
  nickname: false,
  para,
  tagged: false,
  score: 0,
  held: false,
});

/** Splits a run at words that are never part of a name ("U.S. The" -> "U.S."). */
function splitRun(tokens: Token[]): Token[][] {
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
    if (splitsHere || participle || (!initialA && !givenBeforeSurname && !compass && bits & (NOT_NAME | NOT_NAME_BARE))) {
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
function peelRole(tokens: Token[]): { role: Token[]; honorific: 'male' | 'female' | null | undefined; rest: Token[] } {
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

/** No words (never added to). */
const NO_WORDS: Token[] = [];

/**
 * The rule that says these words name no person, or null. In a sentence of capitals
 * (`caps`) a word in capitals is no acronym.
 */
function nonPersonRule(text: string, names: Token[], caps: boolean, known: WordInfo | null = null): string | null {
  const last = names[names.length - 1] as Token;
  const whole = known ?? phraseInfo(text, names, false);
  if (whole.bits & PLACE || whole.more & HOME_NATION) return 'place';
  if (whole.more & AGENCY) return 'agency';
  // A lone title word ("President") names no one by itself, but may be a surname ("Mr. King",
  // "Howard Dean" then "Dean"): it is kept, and only evidence or a person it fits makes it one.
  if (names.length === 1 && last.bits & NATIONALITY) return 'demonym';
  if (names.length === 1 && !caps && last.bits & ACRONYM) return 'acronym';
  // "N. Korea", "Korea": a place missing its compass word.
  if (last.info.more & COMPASS_PLACE_END && allHave(names, names.length - 1, INITIAL, 0)) return 'place';
  // "Iraqi Kurds", "Americans": peoples, not persons.
  if (allHave(names, names.length, NATIONALITY | PEOPLE_NOUN | PLACE, NATIONALITY_PLURAL)) return 'peoples';
  if (last.bits & (NON_PERSON_HEAD | NON_PERSON_HEAD_BARE)) return 'organisation-head';
  for (const n of names) if (n.bits & X_BASED) return 'x-based';
  if (!caps && allHave(names, names.length, ACRONYM | NATIONALITY | PLACE, 0)) return 'acronyms-and-places';
  return names.length > MAX_NAME_TOKENS ? 'too-long' : null;
}

/** Whether each of the first `count` words has one of `bits`, or one of `more` (see word-info.ts). */
function allHave(words: Token[], count: number, bits: number, more: number): boolean {
  for (let k = 0; k < count; k++) {
    const w = words[k] as Token;
    if (!(w.bits & bits) && !(w.info.more & more)) return false;
  }
  return true;
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

/** A name's words, the last less its possessive ("Modi's" -> "Modi"). */
function withoutPossessive(words: Token[]): Token[] {
  const last = words[words.length - 1];
  if (last === undefined) return words;
  const bare = last.info.bare;
  if (bare === last.text) return words;
  const out = words.slice();
  out[out.length - 1] = new Token(bare, last.start, last.start + bare.length);
  return out;
}

/**
 * The candidates of the paragraphs, from the capitalised runs that `matters` keeps;
 * `organisations` gets the first words of organisations' names.
 */
function findCandidates(d: Draft, organisations: Set<string>, matters: (run: Run) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const t = draftTokens(d);
  const labels = transcriptLabels(d);
  // Where a quote mark opens after a space: a nickname is looked for only in a paragraph that has one.
  const openers = quoteOpeners(t);
  d.blocks.forEach((para, p) => {
    // The first opener after the paragraph's first character.
    let lo = 0;
    let hi = openers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((openers[mid] as number) <= para.start) lo = mid + 1;
      else hi = mid;
    }
    const quoted = lo < openers.length && (openers[lo] as number) < para.end;
    let nicknamed: { start: number; end: number }[] | null = null;
    for (const m of quoted ? nicknamesIn(d.text.slice(para.start, para.end)) : NO_MATCHES) {
      const first = m.groups?.first as string;
      const last = m.groups?.last as string;
      const at = para.start + (m.index ?? 0);
      const lastAt = at + m[0].length - last.length;
      if (NOT_NAME_WORDS.has(first) || isNotAName(last)) continue;
      nicknamed ??= [];
      nicknamed.push({ start: at, end: at + m[0].length });
      const c = newCandidate([new Token(first, at, at + first.length), new Token(last, lastAt, lastAt + last.length)], p);
      c.titled = true;
      c.nickname = true;
      out.push(c);
    }
    for (const run of capitalisedRuns(t, d.text, para.start, para.end)) {
      const runAt = run.start;
      const tokens = run.words;
      // (Most runs are one word that is never a name: "The", "But", "He". splitRun would drop them.)
      const notName =
        tokens.length === 1
          ? (tokens[0] as Token).bits & NOT_NAME
          : NOT_NAME_PHRASES && NOT_NAME_WORDS.has(d.text.slice(run.start, run.end));
      if (notName && !labels.has(runAt)) continue;
      if (nicknamed?.some((n) => runAt >= n.start && runAt < n.end)) continue; // the name around a nickname is taken
      if (!labels.has(runAt) && !matters(run)) continue;
      const labelEnd = labels.get((tokens[0] as Token).start);
      if (labelEnd !== undefined) {
        const label = tokens.filter((t) => t.end <= labelEnd);
        const c = newCandidate(label, p);
        c.label = true;
        out.push(c);
        continue;
      }
      // "Said Ellen Marsh: ...": a sentence opening with its verb; the name follows it.
      if (tokens.length >= 3 && (tokens[0] as Token).bits & SPEECH_VERB) tokens.shift();
      let previous: Token[] | null = null;
      for (const part of splitRun(tokens)) {
        const before = previous;
        previous = part;
        // "Sri Lanka" is not Sri + Lanka.
        const partInfo = phraseInfo(d.text, part, true);
        if (partInfo.bits & PLACE) continue;
        const peeled = peelRole(part);
        const { role, honorific } = peeled;
        let { rest } = peeled;
        // "American Dennis Mitchell", "Controversial Australian Anthony Hill", "Mexico's Manuel
        // Medina": where someone is from, then a name of two words or more.
        const from = role.length === 0 ? rest.findIndex((t, k) => k < 2 && t.bits & NATIONALITY) : -1;
        const afterPlace =
          before !== null &&
          rest.length >= 2 &&
          ((before.at(-1) as Token).bits & ORIGIN) !== 0 &&
          d.text.charCodeAt((part[0] as Token).start - 1) === 0x20;
        const origin = (from >= 0 && rest.length - from >= 3) || afterPlace;
        if (from >= 0 && rest.length - from >= 3) rest = rest.slice(from + 1);
        const names = withoutPossessive(rest);
        // (The run's part less its possessive, when nothing was peeled off it.)
        const namesInfo = rest === part ? partInfo : null;
        // "Park" alone is a park, unless it is the family name of someone named ("Park Ji-hoon").
        const loneWord = names.length === 1 ? (names[0] as Token) : null;
        if (loneWord && role.length === 0 && honorific === undefined && loneWord.bits & NON_PERSON_HEAD) {
          const c = newCandidate(names, p);
          c.city = true;
          out.push(c);
          continue;
        }
        // "of" joins titles ("Secretary of State"), never a name: "Ministry of Health" is no one.
        if (names.length === 0 || names.some((t) => t.text === 'of' || t.text === 'the')) continue;
        const nonPerson = nonPersonRule(d.text, names, false, namesInfo);
        if (nonPerson !== null) {
          // "Kanemura Motor Co": "Kanemura" alone is the firm too.
          if (nonPerson === 'organisation-head' && names.length >= 2) organisations.add((names[0] as Token).text);
          continue;
        }
        // "The Daily Nation", "the Hill": a capitalised name after "the" is a title, not a person.
        if (role.length === 0 && honorific === undefined && theBefore(d.text, (part[0] as Token).start)) continue;
        let titleGender: 'male' | 'female' | undefined;
        for (const t of role) titleGender ??= GENDERED_TITLES.get(t.text);
        // "Mr. President", "Presidential Debates": a title with no name after it.
        // ("Mr. King" is Mr. King: a family name after an honorific, even one that is a title.)
        if (
          loneWord &&
          (role.length > 0 || honorific !== undefined) &&
          !(honorific !== undefined && loneWord.bits & IN_FAMILY_TABLE) &&
          !(loneWord.bits & (FAMILY_NAME | GIVEN)) &&
          (loneWord.bits & TITLE || PLURAL.test(loneWord.text))
        ) {
          continue;
        }
        // "Leader of the Opposition in the Delhi Assembly Vikram Sahni": a title, "in the" and the
        // organisation it belongs to, then the name.
        let roleText = role.length ? d.text.slice((role[0] as Token).start, (role[role.length - 1] as Token).end) : null;
        if (!roleText && before !== null && (before.at(-1) as Token).bits & NON_PERSON_HEAD && rest[0] === part[0]) {
          const lead = TITLE_IN_THE.exec(d.text.slice(Math.max(para.start, (before[0] as Token).start - 80), (before[0] as Token).start));
          if (lead?.groups && isTitleWord(lead.groups.title?.split(' ')[0] ?? '')) {
            roleText = `${lead.groups.title} ${lead.groups.link} ${d.text.slice((before[0] as Token).start, (before.at(-1) as Token).end)}`;
          }
        }
        const titled = role.length > 0 || honorific !== undefined || roleText !== null;
        const c = newCandidate(names, p);
        c.role = roleText;
        c.gender = honorific ?? titleGender ?? null;
        c.titled = titled || origin;
        // A city's name ("Chelsea", "Charlotte") or a lone title word ("Secretary") is a
        // person's only when it fits someone named.
        c.afterOf = before !== null && d.text.startsWith(' of ', (part[0] as Token).start - 4);
        c.city =
          !titled &&
          !origin &&
          (((namesInfo ?? phraseInfo(d.text, names, false)).bits & CITY) !== 0 || (loneWord !== null && (loneWord.bits & TITLE) !== 0));
        out.push(c);
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
  /** Where the white space at its end starts (its length when it ends in none). */
  trimmed: number;
  spaced: boolean;
  /** The last code point before that white space, or '' when there is none. */
  last: string;
}

function endingOf(text: string): Ending {
  const n = spaceStart(text, text.length);
  // An astral character ends in two code units: it starts at the first.
  const astral = n >= 2 && (text.codePointAt(n - 2) as number) > 0xffff;
  const start = astral ? n - 2 : n - 1;
  return { trimmed: n, spaced: n < text.length, last: n === 0 ? '' : String.fromCodePoint(text.codePointAt(start) as number) };
}

/** White space as \s and trimEnd see it. */
const isSpaceCode = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Where the run of non-space characters that ends at `end` of `s` starts. */
function chunkStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run of white space that ends at `end` of `s` starts. */
function spaceStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The last `n` (at most) of `s.slice(0, to).split(/\s+/)`, for `to` where no white space ends
 * it: the words before a name, read from the end without splitting all 90 characters.
 */
function lastWords(s: string, to: number, n: number): string[] {
  const words: string[] = [];
  let end = to;
  while (words.length < n) {
    const start = chunkStart(s, end);
    words.unshift(s.slice(start, end));
    if (start === 0) break;
    end = spaceStart(s, start);
    // White space opening `s`: split gives an empty first word.
    if (end === 0) {
      if (words.length < n) words.unshift('');
      break;
    }
  }
  return words;
}

/** A character no role phrase before a comma holds (ROLE_THEN_COMMA, ROLE_OF_THEN_COMMA). */
const isRoleBreak = (c: number) =>
  c === 0x2c || c === 0x3b || c === 0x3a || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x28 || c === 0x29;

/** "civil defense chief Teresita Dumalag", "union leader Levan Gelashvili": a role noun right before the name. */
function roleBefore(before: string, ending: Ending): string | null {
  // "The governor, Philip Banerjee, ...", "The head of the UN refugee agency, Martina Keller,":
  // the role may stand before the name with a comma. (Both patterns match no , ; : " “ ” ( )
  // before that comma: they are tried from the last of those.)
  let described: RegExpExecArray | null = null;
  if (ending.spaced && ending.last === ',') {
    let cut = ending.trimmed - 1;
    while (cut > 0 && !isRoleBreak(before.charCodeAt(cut - 1))) cut--;
    const tail = cut > 0 ? before.slice(cut - 1) : before;
    described = ROLE_OF_THEN_COMMA.exec(tail) ?? ROLE_THEN_COMMA.exec(tail);
  }
  if (described?.groups && ROLE_NOUNS.has(described.groups.head as string)) return described.groups.role as string;
  // The last word first: the words before it are read only after a role noun.
  const head = before.slice(chunkStart(before, ending.trimmed), ending.trimmed);
  if (!head || !ROLE_NOUNS.has(head) || /[^\p{L}-]/u.test(head)) return null;
  const words = lastWords(before, ending.trimmed, 3);
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
  roles: string[];
  /** The rule that says it names a thing, not a person, or null. */
  thing: string | null;
  /**
   * The rules of the text around it that say it is a person (those of RULES_WITHOUT_TAGGER and
   * the roles' own; the tagger decides the rest).
   */
  because: string[];
}

/** What the text around a candidate says about it. */
function weighEvidence(d: Draft, c: Candidate, para: Block): Evidence {
  const first = c.tokens[0] as Token;
  const last = c.tokens[c.tokens.length - 1] as Token;
  // What follows a name opens the patterns read after it: a comma (an appositive, an age, "who
  // heads"), white space ("was named", "airport", a results row) or a bracket (a tag); after
  // anything else none of them is read.
  const opener = last.end < para.end ? d.text.charCodeAt(last.end) : -1;
  const comma = opener === 0x2c;
  const spaced = isSpaceCode(opener);
  const after = comma || spaced || opener === 0x28 ? d.text.slice(last.end, Math.min(para.end, last.end + 120)) : '';
  const before = d.text.slice(Math.max(para.start, first.start - 90), first.start);
  const ending = endingOf(before);
  const roles: string[] = c.role ? [c.role] : [];
  // The rules that say it is a person.
  const because: string[] = [];
  const say = (rule: string) => because.push(rule);
  if (c.label) say('transcript-label');
  if (c.titled) say(c.tokens.length >= 2 ? 'title-before-full-name' : 'title');
  // (An appositive opens with a comma, after a bracketed tag or not: most names have neither.)
  const untagged = (spaced || opener === 0x28) && TAG_BEFORE_APPOSITIVE.test(after) ? after.replace(TAG_AFTER, '') : after;
  const appositive = untagged.charCodeAt(0) === 0x2c ? APPOSITIVE.exec(untagged) : null;
  if (appositive?.groups) {
    const words = (appositive.groups.role as string).toLowerCase().split(/[\s-]+/);
    // ", described pleading with an official," is a clause, not a role.
    const clause = !appositive.groups.article && /^\p{Ll}+(?:ed|ing)$/u.test(words[0] ?? '');
    // ", a 41-year-old fish seller,": an age says person whatever the trade.
    if (!clause && words.some((w) => ROLE_NOUNS.has(w) || /^\d+-year-old$/.test(w))) {
      const article = appositive.groups.article?.toLowerCase();
      roles.push((article === 'the' ? 'the ' : '') + (appositive.groups.role as string).trim());
      say('appositive');
    }
  }
  const described = roleBefore(before, ending);
  if (described) {
    roles.push(described);
    say('role-before');
  }
  if (comma && AGE_AFTER.test(after)) say('age');
  // "X, who heads the debt management office", "X was named governor of the central bank".
  const heads = comma ? WHO_HEADS.exec(after.replace(AGE_BETWEEN, ','))?.groups : undefined;
  if (heads) roles.push(`${heads.verb} ${heads.what}`.trim());
  const named = spaced ? NAMED_AS.exec(after)?.groups : undefined;
  if (named) {
    roles.push(named.role as string);
    say('named-as');
  }
  // "M K Stalin", not a table's column heads ("W D L G") nor "U.S. Treasury".
  if (c.tokens.length >= 2 && first.bits & INITIAL && !c.tokens.every((t) => t.bits & INITIAL) && !PLACE_ABBREVIATIONS.has(first.text))
    say('initials');
  const thing = namedThing(c, before, after, ending, spaced);
  return { roles, thing, because };
}

/**
 * The role of EMPLOYER_BEFORE in `before` (whose white space at the end starts at `n`): the
 * pattern ends in "at", "with" or "for" as the last word, and its role is the word before, so
 * it is tried only then, and only on those two words.
 */
function employerBefore(before: string, n: number): string | undefined {
  const link = chunkStart(before, n);
  const word = n - link;
  if (
    !(word === 2
      ? before.startsWith('at', link)
      : word === 4
        ? before.startsWith('with', link)
        : word === 3 && before.startsWith('for', link))
  )
    return undefined;
  const from = chunkStart(before, spaceStart(before, link));
  return EMPLOYER_BEFORE.exec(from > 0 ? before.slice(from - 1) : before)?.groups?.role;
}

/**
 * Named after a person but not one: "Charles de Gaulle airport", "the aircraft carrier Carl
 * Vinson", "the news weekly Der Spiegel"; a team in a results row ("Greenock Morton 3 2 0 1");
 * an employer ("an analyst at Morgan Stanley"). The rule that says so, or null.
 * (Each pattern on the text before a name ends in white space after a lower-case letter.)
 */
function namedThing(c: Candidate, before: string, after: string, ending: Ending, spacedAfter: boolean): string | null {
  if (c.titled) return null;
  // (The patterns read after a name open with white space.)
  if (spacedAfter && NAMED_THING_AFTER.test(after)) return 'thing-named-after';
  const lowerBefore = ending.spaced && ending.last >= 'a' && ending.last <= 'z';
  // (The kind of thing is at most 15 characters, and ends where the white space starts.)
  if (lowerBefore && NAMED_THING_BEFORE.test(before.slice(Math.max(0, ending.trimmed - 16)))) return 'thing-kind-before';
  if (spacedAfter && TEAM_ROW_AFTER.test(after)) return 'team-in-results-row';
  const employer = lowerBefore ? employerBefore(before, ending.trimmed) : undefined;
  if (employer !== undefined && ROLE_NOUNS.has(employer)) return 'employer';
  if (c.afterOf && !((c.tokens[0] as Token).bits & GIVEN)) return 'after-of';
  return null;
}

/** What may stand between two items of a list of names: a comma, "and", a bracketed note. */
const LIST_GAP = /^(?:\s*\([^()]{1,30}\))?\s*(?:,|;|\band\b|,\s*and\b)\s*$/;

/**
 * Names in one list are the same kind of thing: a team sheet ("Aamir Sohail, Saeed Anwar,
 * Ijaz Ahmed, ..."), a leaderboard, "X, Y and Z". When most of a list's names are people,
 * the rest of them are too (two-word names; single words only in a list of surnames).
 */
function spreadThroughLists(d: Draft, candidates: Candidate[], isPerson: boolean[]): void {
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
    // The list: candidates [from, i).
    const from = start;
    const length = i - from;
    start = i;
    if (length < 3) continue;
    let people = 0;
    let singles = 0;
    let surnames = 0;
    let shaped = 0;
    for (let k = from; k < i; k++) {
      const c = candidates[k] as Candidate;
      if (isPerson[k] && !c.city) people++;
      if (c.tokens.length === 1) {
        singles++;
        if ((c.tokens[0] as Token).bits & FAMILY_NAME) surnames++;
      }
      if (nameShaped(c)) shaped++;
    }
    // Two-word and three-word names only, two of them people already: a team sheet.
    const sheet = people >= 2 && shaped * 4 >= length * 3;
    const mostlyPeople = sheet || people * 2 >= length || (singles >= 4 && surnames * 2 >= singles);
    if (!mostlyPeople) continue;
    for (let k = from; k < i; k++) {
      const c = candidates[k] as Candidate;
      if (c.city || nonPersonRule(d.text, c.tokens, false) !== null || c.tokens.some((t) => t.bits & NOT_A_NAME)) continue;
      if (c.tokens.length >= 2 || singles * 2 > length) isPerson[k] = true;
    }
  }
}

/** Two or three words, each a capital then a lower-case letter, none of them more often something else: "Saeed Anwar". */
const nameShaped = (c: Candidate) =>
  c.tokens.length >= 2 &&
  c.tokens.length <= 3 &&
  c.tokens.every((t) => (t.bits & (CAPITAL_THEN_LOWER | NOT_A_NAME)) === CAPITAL_THEN_LOWER);

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

const foldAll = (tokens: string[]) => tokens.map((t) => t.toLowerCase());

/**
 * "Park" for "Park Ji-hoon", "Zhang" for "Zhang Wei": a family name written first, when the
 * word is no given name and names no one else by their last word.
 */
function fitsFamilyFirst(tokens: Token[], person: PersonDraft): boolean {
  const word = tokens[0] as Token;
  return tokens.length === 1 && person.tokens.length >= 2 && person.tokens[0] === word.text && !(word.bits & (GIVEN | INITIAL));
}

/** The tagger's tags for each paragraph. */
function tagParagraphs(d: Draft): TaggedRange[] {
  const t = draftTokens(d);
  const tagger = peopleTagger();
  const bounds: number[] = [];
  for (const b of d.blocks) bounds.push(tokenAt(t, b.start), tokenAt(t, b.end));
  return tagger.tagRanges(t, bounds);
}

/** The tagger's score for a candidate's words as one name. */
function scoreOf(t: Tokens, range: TaggedRange, c: Candidate): number {
  return range.scoreOf(tokenAt(t, (c.tokens[0] as Token).start), tokenAt(t, (c.tokens.at(-1) as Token).end));
}

/**
 * The candidates as the tagger reads them. Each name the tagger found becomes a candidate: cut
 * from the candidate that holds it ("Leg-spinner Amit Mishra": the name "Amit Mishra", the role
 * "Leg-spinner"), or, where no candidate stands, made from the name, its role peeled from the
 * capitalised words before it. A candidate with no name found in it stays, untagged, to be
 * matched to people named elsewhere. Transcript labels and nicknamed names are the rules' own.
 */
function readWithTagger(d: Draft, candidates: Candidate[], ranges: TaggedRange[]): Candidate[] {
  const t = draftTokens(d);
  const out: Candidate[] = [];
  // Candidates come paragraph by paragraph: paragraph p's are candidates[from, to).
  let to = 0;
  ranges.forEach((range, p) => {
    const from = to;
    while (to < candidates.length && (candidates[to] as Candidate).para === p) to++;
    for (const s of range.spans) {
      const start = t.start[s.first] as number;
      const end = t.end[s.end - 1] as number;
      // The candidates the name overlaps: all are held by it; the first is where it is cut from.
      let over: Candidate | null = null;
      let theirs = false; // a label's or a nickname's
      for (let k = from; k < to; k++) {
        const c = candidates[k] as Candidate;
        if ((c.tokens[0] as Token).start < end && (c.tokens[c.tokens.length - 1] as Token).end > start) {
          c.held = true;
          over ??= c;
          theirs ||= c.label || c.nickname;
        }
      }
      if (theirs) continue;
      out.push(over ? candidateInRun(d, t, range, s, over) : candidateOfSpan(d, t, s.first, s.end, p, s.score));
    }
  });
  for (const c of candidates) {
    if (c.label || c.nickname || !c.held) {
      c.tagged = false;
      c.score = scoreOf(t, ranges[c.para] as TaggedRange, c);
      out.push(c);
    }
  }
  return out.sort((a, b) => (a.tokens[0] as Token).start - (b.tokens[0] as Token).start);
}

/**
 * The candidate for a name the tagger found inside candidate `c`: the name's words, less the
 * titles the rules peeled into c's role ("Prince Claus": "Claus"). c's words before the name are
 * a role when they read as one ("Leg-spinner Amit Mishra"), and part of the name when the
 * tagger scores the longer name above nothing ("Linford Christie" opening a sentence); c's
 * words after it are dropped.
 */
function candidateInRun(d: Draft, t: Tokens, range: TaggedRange, s: NameSpan, c: Candidate): Candidate {
  const cStart = (c.tokens[0] as Token).start;
  const ids = wordIds(t);
  const word = (i: number): Token => tokenWord(t, ids, i);
  let first = s.first;
  while (
    first < s.end - 1 &&
    (t.start[first] as number) < cStart &&
    (isTitleWord(tokenText(t, first)) || HONORIFICS.has(tokenText(t, first)))
  )
    first++;
  let role = c.role;
  const leading = c.tokens.filter((x) => x.end <= (t.start[first] as number));
  if (leading.length > 0) {
    const lead = tokenAt(t, (leading[0] as Token).start);
    // "M K Stalin": initials before a name are part of it.
    let initials = leading.length;
    while (initials > 0 && isInitial((leading[initials - 1] as Token).text)) initials--;
    if (initials === leading.length) initials = -1;
    if (initials > 0 && leading.slice(0, initials).every((x) => isRoleLike(x.text))) {
      const text = d.text.slice((leading[0] as Token).start, (leading[initials - 1] as Token).end);
      role = role ? `${role} ${text}` : text;
    }
    if (initials >= 0) first = tokenAt(t, (leading[initials] as Token).start);
    else if (leading.every((x) => isRoleLike(x.text))) {
      const text = d.text.slice((leading[0] as Token).start, (leading.at(-1) as Token).end);
      role = role ? `${role} ${text}` : text;
    } else if (range.scoreOf(lead, s.end) > 0) first = lead;
  }
  const words: Token[] = [];
  for (let i = first; i < s.end; i++) words.push(word(i));
  const last = words.at(-1) as Token;
  const bare = stripPossessive(last.text);
  if (bare !== last.text && bare.length > 0) words[words.length - 1] = new Token(bare, last.start, last.start + bare.length);
  const lead = leadingRole(words);
  if (lead > 0) {
    const text = d.text.slice((words[0] as Token).start, (words[lead - 1] as Token).end);
    role = role ? `${role} ${text}` : text;
  }
  const found = newCandidate(words.slice(lead), c.para);
  found.role = role;
  found.gender = c.gender;
  found.titled = c.titled || role !== c.role;
  found.city = c.city;
  found.afterOf = c.afterOf;
  found.tagged = true;
  found.score = s.score;
  return found;
}

/**
 * How many words at the front of a name are a role the tagger took in with it: a word that
 * reads as a role, before a known given name and a name after it ("Climatologist Nadia
 * Berg"); 0 when none. (Not any unknown word: "Asif Ali Zardari" is a name throughout.)
 */
function leadingRole(words: Token[]): number {
  if (words.length < 3) return 0;
  const [first, second] = words as [Token, Token];
  return isRoleLike(first.text) && !isGivenName(first.text) && !isFamilyName(first.text) && isGivenName(second.text) ? 1 : 0;
}

/** A candidate made from a name the tagger found: tokens [first, end), its role peeled from the capitalised words before it. */
function candidateOfSpan(d: Draft, t: Tokens, first: number, end: number, para: number, score: number): Candidate {
  const ids = wordIds(t);
  const word = (i: number): Token => tokenWord(t, ids, i);
  const span: Token[] = [];
  for (let i = first; i < end; i++) span.push(word(i));
  const paraStart = (d.blocks[para] as Block).start;
  const before: Token[] = [];
  for (let k = first; k > 0 && before.length < 6; k--) {
    const j = k - 1;
    if (t.kind[j] !== WORD || !((t.flags[j] as number) & CAPITALISED) || (t.start[j] as number) < paraStart) break;
    if (d.text.slice(t.end[j] as number, t.start[k] as number) !== ' ') break;
    before.unshift(word(j));
  }
  const { role, honorific, rest } = peelRole([...before, ...span]);
  // The name's words, and initials right before them ("M K Stalin").
  let from = rest.findIndex((x) => x.start >= (span[0] as Token).start);
  while (from > 0 && isInitial((rest[from - 1] as Token).text)) from--;
  const inSpan = from < 0 ? [] : rest.slice(from);
  const all = (inSpan.length > 0 ? inSpan : span).map((x, i, list) => {
    const text = i === list.length - 1 ? stripPossessive(x.text) : x.text;
    return text === x.text ? x : new Token(text, x.start, x.start + text.length);
  });
  let titleGender: 'male' | 'female' | undefined;
  for (const x of role) titleGender ??= GENDERED_TITLES.get(x.text);
  const lead = leadingRole(all);
  const names = all.slice(lead);
  const roleWords = [...role, ...all.slice(0, lead)];
  const roleText = roleWords.length > 0 ? d.text.slice((roleWords[0] as Token).start, (roleWords.at(-1) as Token).end) : null;
  const titled = roleText !== null || honorific !== undefined;
  const joined = names.map((x) => x.text).join(' ');
  const c = newCandidate(names, para);
  c.role = roleText;
  c.gender = honorific ?? titleGender ?? null;
  c.titled = titled;
  c.city = !titled && (CITIES.has(joined) || (names.length === 1 && isTitleWord((names[0] as Token).text)));
  c.tagged = true;
  c.score = score;
  return c;
}

/** A slash or a credit word right before a name, a slash right after it: a photo credit. */
const CREDIT_BEFORE = /(?:\/\s*|\b(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage|[Cc]redit|[Cc]ourtesy)(?:\s+(?:by|of))?\s*:?\s*)$/;
const CREDIT_AFTER = /^\s*\//;
const PLACE_BEFORE = /\b(?:in|near|across)\s+$/;
const NOTHING_BUT_A_PERIOD = /^[\s.]*$/;
/** "Judges", "Churches" (not "Ross"). */
const PLURAL = /[^s]s$/;
const HAS_LOWER = /\p{Ll}/u;
const NAME_COMMA_BEFORE = /[-–—―]\s*\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+, $/u;
/** The link words of TITLE_IN_THE, right before a run. */
const LINK_BEFORE = /\b(?:in|of|at)(?: the)? $/;
/** Least tagger score for a lone word no name table knows (see vetoOf). */
const LONE_WORD_MIN_SCORE = 5;
const CONTRIBUTED = /\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))/;

/** The rule that says a name the tagger found names no person, or null. */
function vetoOf(d: Draft, c: Candidate, organisations: Set<string>, mayCredit: boolean): string | null {
  const t = draftTokens(d);
  const text = d.text;
  const words = c.tokens;
  const start = (words[0] as Token).start;
  const end = (words[words.length - 1] as Token).end;
  // (Only a name in capitals can stand in a sentence of capitals.)
  const caps = words.every((n) => n.bits & ALL_CAPS) && sentenceViewAt(t, tokenAt(t, start)) === VIEW_CAPS;
  if (words.some((n) => n.text === 'of' || n.text === 'the')) return 'of-the';
  const rule = nonPersonRule(text, words, caps);
  if (rule) return rule;
  const lone = words.length === 1 ? (words[0] as Token) : null;
  // "SHORT STERLING" in a table of capitals: there the tagger has only the words to go on, and
  // a name it finds counts only when a word of it is a known name (or it fits someone named).
  if (caps && !words.some((n) => isGivenName(titleCase(n.text)) || isFamilyName(titleCase(n.text)))) return 'capitals-unknown-words';
  if (lone && lone.bits & INITIAL) return 'initial-alone';
  if (lone && !c.titled) {
    if (organisations.has(lone.text)) return 'organisation-named-so';
    // "― Graciela Montoya, Eastside": one word the name tables do not know, that the tagger
    // only just took for a name.
    if (c.score < LONE_WORD_MIN_SCORE && !(lone.bits & (GIVEN | FAMILY_NAME | USUALLY_CAPITAL))) return 'weak-lone-word';
    // "“...” ― Graciela Montoya, Eastside": one word after a signed name and a comma, ending
    // the paragraph, is where they are from or whom they work for. (Not after any name: a team
    // sheet ends "..., Damien Duff, Willie".)
    const paraEnd = (d.blocks[c.para] as Block).end;
    if (
      text.charCodeAt(start - 1) === 0x20 &&
      text.charCodeAt(start - 2) === 0x2c &&
      NAME_COMMA_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
      NOTHING_BUT_A_PERIOD.test(text.slice(end, paraEnd))
    )
      return 'affiliation-after-name';
    // "Fishermen in Vypin said": one word after "in" is a place.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return 'place-after-in';
    // "Judges said ...", "Churches": a plural noun opening a sentence, no name.
    if (PLURAL.test(lone.text) && !(lone.bits & (GIVEN | FAMILY_NAME))) {
      const at = tokenAt(t, start);
      if (at === firstWordAt(t, at)) return 'plural-word';
    }
  }
  // "REUTERS/Denis Balibouse/File photo", "(Photo: Jane Roe)": a photographer's credit.
  if (creditBefore(text, start) || CREDIT_AFTER.test(text.slice(end, end + 4))) return 'photo-credit';
  // "Associated Press writers Jane Roe in Paris and John Doe contributed to this report."
  if (mayCredit) {
    const [a, b] = sentenceAt(t, tokenAt(t, start));
    if (CONTRIBUTED.test(text.slice(t.start[a] as number, t.end[b - 1] as number))) return 'contributor-credit';
  }
  // "the Steve Harvey Morning Show", "Robert Koch Institute": a name inside a longer one.
  const longer = longerName(d, t, end);
  if (longer !== null && (theBefore(text, start) || NON_PERSON_HEADS.has(longer)) && sentenceViewAt(t, tokenAt(t, start)) === VIEW_NORMAL)
    return 'part-of-a-longer-name';
  // "Mr. President", "Presidential Debates": a title with no name after it.
  if (lone && lone.bits & TITLE && !(lone.bits & (FAMILY_NAME | GIVEN))) return 'title-alone';
  // "Des Moines", "Gulbarga": a city, unless its words are people's names too ("Garland", "Davis").
  if (
    !c.titled &&
    phraseInfo(text, words, false).bits & CITY &&
    !((words[words.length - 1] as Token).bits & FAMILY_NAME) &&
    !((words[0] as Token).bits & GIVEN)
  )
    return 'city';
  return null;
}

/**
 * Whether CREDIT_BEFORE matches the 24 characters before `start`: it ends in white space after
 * a slash, a colon or one of its words, so it is tried only when the last other character before
 * the name is one those end in (/ : o s h e t y f).
 */
function creditBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  let k = start;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === from) return false;
  const c = text.charCodeAt(k - 1);
  if (!(c === 0x2f || c === 0x3a || c === 0x6f || c === 0x73 || c === 0x68 || c === 0x65 || c === 0x74 || c === 0x79 || c === 0x66))
    return false;
  return CREDIT_BEFORE.test(text.slice(from, start));
}

/** Rules of the text around a name that make it a person's even when the tagger passes it over. */
const RULES_WITHOUT_TAGGER = new Set<string>(['appositive', 'age', 'initials', 'title-before-full-name']);

/**
 * How far below zero the tagger's score for a name may be for those rules to overrule it: it
 * passes over "Superintendent of Police Naveen Tiwari" at about -14 and over "Leader of the
 * Opposition in the Delhi Assembly Vikram Sahni" at about -33, and over "Federal Tribunal"
 * after "Supreme" at about -120.
 */
const RULE_FLOOR = -40;

const NOT_TAGGED = { person: false, rule: 'not-tagged' };

/**
 * The last of the capitalised words that carry on a name ending at `end` ("Morning Show" after
 * "Steve Harvey", up to four, one space apart), or null when none does.
 */
function longerName(d: Draft, t: Tokens, end: number): string | null {
  let last: string | null = null;
  let at = end;
  for (let j = tokenAt(t, end), k = 0; j < t.count && k < 4; j++, k++) {
    if (
      t.kind[j] !== WORD ||
      !((t.flags[j] as number) & CAPITALISED) ||
      (t.start[j] as number) !== at + 1 ||
      d.text.charCodeAt(at) !== 0x20
    )
      break;
    last = tokenText(t, j);
    at = t.end[j] as number;
  }
  return last;
}

/** Whether a candidate is a person, and the rule that says so: the tagger, its vetoes, or a rule of the stage's own. */
function verdictOf(d: Draft, c: Candidate, e: Evidence, organisations: Set<string>, mayCredit: boolean): { person: boolean; rule: string } {
  if (c.label) return { person: true, rule: 'transcript-label' };
  if (c.nickname) return { person: true, rule: 'nickname' };
  const rule = c.score > RULE_FLOOR ? e.because.find((r) => RULES_WITHOUT_TAGGER.has(r)) : undefined;
  if (!c.tagged && rule === undefined) return NOT_TAGGED;
  // A team in a results row is the tagger's to tell from a player in a scorecard ("Irani 10-0-45-2").
  const veto = vetoOf(d, c, organisations, mayCredit) ?? (e.thing === 'team-in-results-row' ? null : e.thing);
  if (veto) return { person: false, rule: `veto:${veto}` };
  return { person: true, rule: c.tagged ? 'tagged' : `rule:${rule}` };
}

/**
 * Which capitalised runs can matter: those holding a name the tagger found, a word of one
 * (a mention: "Lukashenko" in a headline of capitals), or a title, an initial or a given name
 * (a name the rules may find: "Superintendent of Police Naveen Tiwari"). The others ("Ministry
 * of Health", "The", "U.S.") are read no further.
 */
function runsThatMatter(d: Draft, ranges: TaggedRange[]): (run: Run) => boolean {
  const t = draftTokens(d);
  const starts: number[] = [];
  const ends: number[] = [];
  const words = new Set<string>();
  for (const r of ranges) {
    for (const s of r.spans) {
      starts.push(t.start[s.first] as number);
      ends.push(t.end[s.end - 1] as number);
      for (let i = s.first; i < s.end; i++) words.add(tokenText(t, i).toLowerCase());
    }
  }
  return ({ start, end, words: run }) => {
    // The first name ending after `start`: the runs overlap when it starts before `end`.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < starts.length && (starts[lo] as number) < end) return true;
    // "Hen Vipheak, a spokesman ...", "Smith, 45,": the rules read what follows a comma.
    if (d.text.charCodeAt(end) === 0x2c) return true;
    // "Leader of the Opposition in the Delhi Assembly Vikram Sahni": a title, "in the" and its organisation.
    // (The link ends in "in ", "of ", "at " or "the " right before the run.)
    const c = d.text.charCodeAt(start - 2);
    if (
      d.text.charCodeAt(start - 1) === 0x20 &&
      (c === 0x6e || c === 0x66 || c === 0x74 || c === 0x65) &&
      LINK_BEFORE.test(d.text.slice(Math.max(0, start - 8), start))
    ) {
      const lead = TITLE_IN_THE.exec(d.text.slice(Math.max(0, start - 80), start))?.groups?.title;
      if (lead && isTitleWord(lead.split(' ')[0] as string)) return true;
    }
    for (const w of run) {
      const { bits, bareLower } = w.info;
      if (bits & (TITLE | HONORIFIC | INITIAL | GIVEN) || words.has(bareLower)) return true;
    }
    return false;
  };
}

export function findPeople(d: Draft): void {
  const ranges = tagParagraphs(d);
  const organisations = new Set<string>();
  const candidates = readWithTagger(d, findCandidates(d, organisations, runsThatMatter(d, ranges)), ranges);
  // The evidence of the text around each candidate, weighed when needed: for a name the tagger
  // found, for one the rules may take without it, and for the mentions of people.
  const evidence: (Evidence | undefined)[] = [];
  const evidenceOf = (i: number): Evidence => {
    let e = evidence[i];
    if (e === undefined) {
      const c = candidates[i] as Candidate;
      e = weighEvidence(d, c, d.blocks[c.para] as Block);
      evidence[i] = e;
    }
    return e;
  };
  const isPerson: boolean[] = [];
  // A contributors' line is looked for only in a story that says "contributed".
  const mayCredit = d.text.includes('contributed');
  candidates.forEach((c, i) => {
    const verdict =
      c.tagged || c.label || c.nickname || c.score > RULE_FLOOR ? verdictOf(d, c, evidenceOf(i), organisations, mayCredit) : NOT_TAGGED;
    isPerson[i] = verdict.person;
    d.trace?.(
      `people: ${JSON.stringify(c.tokens.map((x) => x.text).join(' '))} tagger ${c.score.toFixed(2)} ${verdict.person ? 'kept' : 'dropped'} (${verdict.rule})${c.role ? ` role ${JSON.stringify(c.role)}` : ''}`,
    );
  });
  spreadThroughLists(d, candidates, isPerson);
  // Evidence for a name anywhere counts for it everywhere.
  const personNames = new Set<string>();
  // The genders honorifics or titles give a name: "Mr. Obama" is not "Michelle Obama", and
  // "Mr. Grant" and "Mrs. Grant" are two people.
  const nameGenders = new Map<string, Set<'male' | 'female'>>();
  // Each candidate's name, made once for the passes below.
  const names = candidates.map((c) => nameOf(d.text, c.tokens));
  candidates.forEach((c, i) => {
    const name = names[i] as string;
    if (isPerson[i]) personNames.add(name);
    if (c.gender) nameGenders.set(name, (nameGenders.get(name) ?? new Set()).add(c.gender));
  });
  // "Tiger Woods" the tagger passed over in a story where "Woods" is a person: the full name of
  // a person named by the last word.
  const surnames = new Set([...personNames].filter((n) => !n.includes(' ')));
  candidates.forEach((c, i) => {
    const w = c.tokens;
    if (w.length < 2 || w.length > 3 || c.city || !surnames.has((w[w.length - 1] as Token).text)) return;
    if (w.every((n, k) => k === w.length - 1 || (n.bits & (CAPITAL_THEN_LOWER | NOT_A_NAME | NON_PERSON_HEAD)) === CAPITAL_THEN_LOWER))
      personNames.add(names[i] as string);
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
    .map((name) => ({ name, tokens: name.split(' '), capitals: HAS_LOWER.test(name) ? 0 : 1 }))
    .sort((a, b) => b.tokens.length - a.tokens.length || a.capitals - b.capitals);
  for (const { name, tokens } of ordered) {
    // "Wasim" where "Wasim Akram" is named: the one person whose name starts with it.
    if (tokens.length === 1 && !isInitial(name) && among(byFirst, name).length === 1) continue;
    const folded = foldAll(tokens);
    // A lone word tells no gender by itself: "Raimondo" is Gina Raimondo's surname, not a man's name.
    const genders = [...(nameGenders.get(name) ?? [tokens.length >= 2 ? givenGender(tokens[0] as string) : null])];
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
      const folded = tokens.map((t) => t.info.lower);
      found = among(byLast, folded[folded.length - 1] as string).filter((k) => fitsPerson(folded, folds[k] as string[]));
      if (found.length === 0)
        found = among(byFirst, (tokens[0] as Token).text).filter((k) => fitsFamilyFirst(tokens, people[k] as PersonDraft));
      if (found.length === 0 && tokens.length === 1 && !((tokens[0] as Token).bits & INITIAL) && among(byFirst, name).length === 1)
        found = among(byFirst, name);
      fitsOf.set(name, found);
    }
    const sameSex = found.filter((k) => sameGender((people[k] as PersonDraft).gender, c.gender));
    return sameSex.length ? sameSex : found;
  };
  candidates.forEach((c, i) => {
    const name = names[i] as string;
    let idx = personOf(name, c.gender) ?? (c.gender ? undefined : personOf(name, givenGender((c.tokens[0] as Token).text)));
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
    for (const r of evidenceOf(i).roles) if (!person.roles.includes(r)) person.roles.push(r);
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
const genderSlot = (g: 'male' | 'female' | null) => (g === 'male' ? 0 : g === 'female' ? 1 : 2);

function lastMentioned(mentions: Mention[], among: number[]): number | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (among.includes(m.person)) return m.person;
  }
  return undefined;
}
