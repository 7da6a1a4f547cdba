// Evidence from the text around a candidate: roles before it ("union leader X", "The governor,
// X,") and after it (an appositive ", a spokesman,", "who heads ...", "was named ..."), an age
// ("X, 45,"), initials ("M K Stalin"), and things named after people ("X airport", "the carrier
// X", "an analyst at X", "X, the consultancy,", a team in a results row). Each pattern is tried only on the part of
// the text it can match. Not here: what the evidence decides (verdicts.ts, names.ts).

import { IRREGULAR_PAST, PLACE_ABBREVIATIONS, ROLE_NOUNS, SPEECH_VERBS, THING_NOUNS } from '../../data/words.js';
import type { Block, Draft } from '../draft.js';
import { chunkStart, isSpaceCode, lastWords, spaceStart } from './around.js';
import type { Candidate } from './candidate.js';
import type { Token } from './runs.js';
import { FAMILY_NAME, GIVEN, IN_FAMILY_TABLE, INITIAL } from './word-info.js';

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

const NAMED_THING_AFTER =
  /^\s(?:airport|stadium|street|road|avenue|bridge|hospital|university|college|school|square|park|port|station|centre|center|hall|institute|foundation|prize|award|trophy|cup|symposium|conference|memorial|museum|library|highway|tunnel|dam|canal|line|index|fund|trust|brand|group)\b/;

const NAMED_THING_BEFORE =
  /\b(?:carrier|ship|vessel|spacecraft|lander|rover|satellite|rocket|telescope|drone|chatbot|app|consultancy|firm|company|startup|frigate|destroyer|submarine|tanker|ferry|yacht|newspaper|weekly|daily|magazine|film|movie|album|song|book|novel|hotel|restaurant|brand|label|club|band|horse|storm|hurricane|typhoon|cyclone|operation|(?:village|town|city|district|province|state|county|region|island|port|capital|suburb|municipality) of)\s+$/;

/**
 * A lone word no name table knows, before a noun a firm has ("Cloudflare customers", "Zerodha
 * co-founder Nithin Kamath"): a firm, not a person.
 */
const FIRM_NOUN_AFTER =
  /^\s(?:co-founder|founder|ceo|chief|spokesperson|spokesman|spokeswoman|customers|users|subscribers|employees|staff|shares|stock|shareholders|investors|executives|engineers|researchers|servers)\b/;

/** "an analyst at Morgan Stanley", "a lawyer with Bailey & Glasser": an employer, not a person. */
const EMPLOYER_BEFORE = /\b(?<role>\p{Ll}[\p{Ll}-]*)\s+(?:at|with|for)\s+$/u;

/** A standings row or a score: "Greenock Morton 3 2 0 1 5 2 6", "Wigan 42 Bradford Bulls 36". */
const TEAM_ROW_AFTER = /^(?!(?:\s+[6-8]\d){2,4}\s*$)(?:\s+\d+(?:\s+\d+){2,}\s*$|\s+\d+\s*$)/;

const ROLE_THEN_COMMA =
  /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|an?)|\p{Lu}\p{Ll}+['’]s)\s+(?<role>(?:[\p{Ll}\d-]+\s+){0,2}(?<head>\p{Ll}+)),\s+$/u;

const ROLE_OF_THEN_COMMA = /\b[Tt]he\s+(?<role>(?:[\p{Ll}-]+\s+){0,2}(?<head>\p{Ll}+)\s+of\s+[^,;:"“”()]{2,60}),\s+$/u;

/** A party or state tag between a name and its appositive: "Luis Ortega (D-Texas), a member ...". */
const TAG_AFTER = /^\s*\([^()\n]{1,30}\)/;

const TAG_BEFORE_APPOSITIVE = /^\s*\(/;

/** Words that end a role phrase read backwards from a name. */
const ROLE_STOP = new Set(
  'the a an of and or but to by for with from at in on as said says told that who which its his her their our'.split(' '),
);

/**
 * How the text before a name ends: whether in white space, and its last character before that.
 * The patterns read on that text end in `$`, and a regex tries such a pattern at every position
 * of its 90 characters; this lets the evidence skip those that cannot match at the end.
 */
export interface Ending {
  /** Where the white space at its end starts (its length when it ends in none). */
  trimmed: number;
  spaced: boolean;
  /** The last code point before that white space, or '' when there is none. */
  last: string;
}

export function endingOf(text: string): Ending {
  const n = spaceStart(text, text.length);
  // An astral character ends in two code units: it starts at the first.
  const astral = n >= 2 && (text.codePointAt(n - 2) as number) > 0xffff;
  const start = astral ? n - 2 : n - 1;
  return { trimmed: n, spaced: n < text.length, last: n === 0 ? '' : String.fromCodePoint(text.codePointAt(start) as number) };
}

/** A character no role phrase before a comma holds (ROLE_THEN_COMMA, ROLE_OF_THEN_COMMA). */
const isRoleBreak = (c: number) =>
  c === 0x2c || c === 0x3b || c === 0x3a || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x28 || c === 0x29;

/** "civil defense chief Teresita Dumalag", "union leader Levan Gelashvili": a role noun right before the name. */
export function roleBefore(before: string, ending: Ending): string | null {
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

export interface Evidence {
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
export function weighEvidence(d: Draft, c: Candidate, para: Block): Evidence {
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
  // "Booz Allen Hamilton, the consultancy,", "Odysseus, a lunar lander,": a thing's appositive.
  const thing =
    appositive?.groups?.article && because.length === 0 && !c.titled && thingAppositive(appositive.groups.role as string)
      ? 'thing-appositive'
      : namedThing(c, before, after, ending, spaced);
  return { roles, thing, because };
}

/**
 * Whether an appositive's phrase (after its article) names a kind of thing: its last word, or
 * its word before "of", in THING_NOUNS, in six words at most (not a clause: ", a group of
 * engineers in Dhaka said").
 */
function thingAppositive(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length > 6) return false;
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head !== undefined && THING_NOUNS.has(head);
}

/**
 * The role of EMPLOYER_BEFORE in `before` (whose white space at the end starts at `n`): the
 * pattern ends in "at", "with" or "for" as the last word, and its role is the word before, so
 * it is tried only then, and only on those two words.
 */
export function employerBefore(before: string, n: number): string | undefined {
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
  if (
    spacedAfter &&
    c.tokens.length === 1 &&
    !((c.tokens[0] as Token).bits & (GIVEN | FAMILY_NAME | IN_FAMILY_TABLE)) &&
    FIRM_NOUN_AFTER.test(after)
  )
    return 'firm-before-noun';
  const lowerBefore = ending.spaced && ending.last >= 'a' && ending.last <= 'z';
  // (The kind of thing is at most 15 characters, and ends where the white space starts.)
  if (lowerBefore && kindBefore(before, ending.trimmed)) return 'thing-kind-before';
  if (spacedAfter && TEAM_ROW_AFTER.test(after)) return 'team-in-results-row';
  const employer = lowerBefore ? employerBefore(before, ending.trimmed) : undefined;
  if (employer !== undefined && ROLE_NOUNS.has(employer)) return 'employer';
  if (c.afterOf && !((c.tokens[0] as Token).bits & GIVEN)) return 'after-of';
  return null;
}

/**
 * Whether NAMED_THING_BEFORE matches `before` (whose white space at the end starts at `n`): its
 * kind of thing is at most 15 characters and ends where that white space starts, so it is tried
 * on those characters and the one before them (for its \b).
 */
export function kindBefore(before: string, n: number): boolean {
  return NAMED_THING_BEFORE.test(before.slice(Math.max(0, n - 16)));
}
