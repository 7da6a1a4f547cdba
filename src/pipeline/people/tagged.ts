// The tagger's use: the paragraphs tagged (src/tagger/), the runs the rules read (those the
// tagger's names touch, and a few the rules may take without it), and the candidates as the
// tagger reads them: each name it found cut from the candidate that holds it (role words before
// it a role, initials part of the name), or made a candidate of its own. Not here: the tagger
// itself (src/tagger/), the rules' own candidates (candidates.ts), verdicts.

import { GENDERED_TITLES, HONORIFICS } from '../../data/words.js';
import { type NameSpan, peopleTagger, type TaggedRange } from '../../tagger/tagger.js';
import { CITIES } from '../../text/name-tables.js';
import { CAPITALISED, type Tokens, tokenAt, tokenText, WORD } from '../../text/tokens.js';
import { wordIds } from '../../text/word-ids.js';
import { type Block, type Draft, draftTokens } from '../draft.js';
import { type Candidate, newCandidate } from './candidate.js';
import { titleInThe } from './candidates.js';
import { leadingRole, peelRole } from './roles.js';
import { type Run, Token, tokenWord } from './runs.js';
import {
  CAPITAL_THEN_LOWER,
  GIVEN,
  HONORIFIC,
  INITIAL,
  isInitial,
  isRoleLike,
  isTitleWord,
  NATIONALITY_PLURAL,
  NON_PERSON_HEAD,
  NOT_A_NAME,
  PERSON_KIND,
  PLAIN_WORD,
  ROLE_LIKE,
  stripPossessive,
  TITLE,
} from './word-info.js';

/** The tagger's tags for each paragraph. */
export function tagParagraphs(d: Draft): TaggedRange[] {
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

/** The link words of TITLE_IN_THE (candidates.ts), right before a run. */
const LINK_BEFORE = /\b(?:in|of|at)(?: the)? $/;

/**
 * Which capitalised runs can matter: those holding a name the tagger found, a word of one
 * (a mention: "Lukashenko" in a headline of capitals), or a title, an initial or a given name
 * (a name the rules may find: "Superintendent of Police Naveen Tiwari"). The others ("Ministry
 * of Health", "The", "U.S.") are read no further.
 */
export function runsThatMatter(d: Draft, ranges: TaggedRange[]): (run: Run) => boolean {
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
      const lead = titleInThe(d.text, Math.max(0, start - 80), start)?.groups?.title;
      if (lead && isTitleWord(lead.split(' ')[0] as string)) return true;
    }
    for (const w of run) {
      const { bits, bareLower } = w.info;
      if (bits & (TITLE | HONORIFIC | INITIAL | GIVEN) || words.has(bareLower)) return true;
    }
    return false;
  };
}

/**
 * The candidates as the tagger reads them. Each name the tagger found becomes a candidate: cut
 * from the candidate that holds it ("Leg-spinner Amit Mishra": the name "Amit Mishra", the role
 * "Leg-spinner"), or, where no candidate stands, made from the name, its role peeled from the
 * capitalised words before it. A candidate with no name found in it stays, untagged, to be
 * matched to people named elsewhere. Transcript labels and nicknamed names are the rules' own.
 */
export function readWithTagger(d: Draft, candidates: Candidate[], ranges: TaggedRange[]): Candidate[] {
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
 * a role when they read as one ("Leg-spinner Amit Mishra", "Dutchman Jan Visser"; before a
 * name of two words or more, words for a kind of person the name tables know too: "Finn Juha
 * Kankkunen", "Americans Billy Mayfair"), and part
 * of the name when none of them is a plain word ("Outspoken", "Top-seeded") and the tagger
 * scores the longer name above nothing ("Linford Christie" opening a sentence) or they follow
 * a role and look like names ("Probationer SI Sumit Kumar"); c's words after it are dropped,
 * but for words that look like names the tagger would take too ("Kim Jong Un").
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
    else if (
      leading.every((x) => isRoleLike(x.text)) ||
      (s.end - first >= 2 && leading.every((x) => x.info.more & (PERSON_KIND | NATIONALITY_PLURAL)))
    ) {
      const text = d.text.slice((leading[0] as Token).start, (leading.at(-1) as Token).end);
      role = role ? `${role} ${text}` : text;
    } else if (
      !leading.some((x) => x.info.more & PLAIN_WORD) &&
      (range.scoreOf(lead, s.end) > 0 || (c.role !== null && leading.every(nameShaped)))
    )
      first = lead;
  }
  // "Kim Jong Un", "Yoon Suk Yeol": a word of c right after the name that looks like a name,
  // when the tagger scores the longer name above nothing, is the name's last.
  let end = s.end;
  const cEnd = (c.tokens.at(-1) as Token).end;
  while (end < t.count && (t.end[end] as number) <= cEnd && (t.start[end] as number) === (t.end[end - 1] as number) + 1) {
    const next = word(end);
    if (!nameShaped(next) || next.info.more & PLAIN_WORD || next.bits & NON_PERSON_HEAD || range.scoreOf(first, end + 1) <= 0) break;
    end++;
  }
  const words: Token[] = [];
  for (let i = first; i < end; i++) words.push(word(i));
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
 * A word that looks like a name and is nothing else by the tables: "Sumit" between a role and
 * the tagger's "Kumar" ("Probationer SI Sumit Kumar").
 */
const nameShaped = (x: Token): boolean => (x.bits & (CAPITAL_THEN_LOWER | NOT_A_NAME | TITLE | ROLE_LIKE)) === CAPITAL_THEN_LOWER;

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
