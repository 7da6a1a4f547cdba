// The candidates the rules find in the paragraphs: names with nicknames, transcript labels
// ("PENCE: ..."), and the parts of the capitalised runs that matter, each less the role peeled
// off its front, with where it is from ("American Dennis Mitchell") and whether a city's or a
// title's name. Runs that hold no name are dropped here ("Ministry of Health", "The"). Not here:
// the tagger's names (tagged.ts), evidence from the text around a name, verdicts.

import { GENDERED_TITLES, NOT_NAME_WORDS, NOT_TRANSCRIPT_LABELS } from '../../data/words.js';
import { PLACES } from '../../text/name-tables.js';
import { type Draft, draftTokens } from '../draft.js';
import { theBefore } from './around.js';
import { type Candidate, newCandidate, nonPersonRule, PLURAL, withoutPossessive } from './candidate.js';
import { NO_MATCHES, nicknamesIn, quoteOpeners } from './nicknames.js';
import { peelRole, splitRun } from './roles.js';
import { capitalisedRuns, phraseInfo, type Run, Token } from './runs.js';
import {
  CITY,
  FAMILY_NAME,
  GIVEN,
  IN_FAMILY_TABLE,
  isNotAName,
  isTitleWord,
  NATIONALITY,
  NON_PERSON_HEAD,
  NOT_NAME,
  ORIGIN,
  PLACE,
  SPEECH_VERB,
  TITLE,
} from './word-info.js';

/** Whether NOT_NAME_WORDS holds a phrase of several words (a run of several words is looked up only then). */
const NOT_NAME_PHRASES = [...NOT_NAME_WORDS].some((w) => w.includes(' '));

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

const TITLE_IN_THE =
  /(?<title>\p{Lu}[\p{L}-]*(?: (?:of the|of|for) \p{Lu}[\p{L}-]*| \p{Lu}[\p{L}-]*)*) (?<link>in the|of the|at the|in|of|at) $/u;

/**
 * TITLE_IN_THE tried on text[from, to): it matches letters, hyphens and spaces only, so it is
 * tried from the last other character (ASCII; the whole text when a letter of another script
 * stands in the way), not at each of the 80 characters before a name.
 */
export function titleInThe(text: string, from: number, to: number): RegExpExecArray | null {
  let k = to;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x20 || c === 0x2d) k--;
    else {
      if (c >= 0x80) k = from;
      break;
    }
  }
  return TITLE_IN_THE.exec(text.slice(k, to));
}

/**
 * The candidates of the paragraphs, from the capitalised runs that `matters` keeps;
 * `organisations` gets the first words of organisations' names.
 */
export function findCandidates(d: Draft, organisations: Set<string>, matters: (run: Run) => boolean): Candidate[] {
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
          const lead = titleInThe(d.text, Math.max(para.start, (before[0] as Token).start - 80), (before[0] as Token).start);
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
