// Stage: the people the clean body names, once each, with aliases, roles and mentions.
//
// The people tagger (src/tagger/, a trained sequence model) says which words are names; the
// rules here say who they are. The stage reads, in order:
//   tagged.ts      the paragraphs tagged, and which capitalised runs the rules read
//   candidates.ts  the rules' candidates: runs (runs.ts) split into names, each less the role
//                  peeled off its front (roles.ts); nicknames (nicknames.ts); transcript labels
//   tagged.ts      the candidates as the tagger reads them: its names cut from the runs
//   verdicts.ts    which candidates are people: the tagger's names unless a veto says otherwise,
//                  a few rules of the text around a name (evidence.ts), names in lists
//   names.ts       the people, once per name and gender, and every candidate that fits one as
//                  a mention, its name an alias, with roles (evidence.ts) and genders
// What the stage asks of a single word is kept per word (word-info.ts); candidate.ts says what
// a candidate is and which words name no one; around.ts reads the text right around a name.
// --debug shows each candidate, the tagger's score and the rule that kept or dropped it.
//
// Where a change goes: a word that is never a name, a title or a role noun is data
// (src/data/words.ts); a new way a run splits or a role is peeled, roles.ts; a new kind of
// evidence in the text around a name, evidence.ts; a new veto, verdicts.ts; how names fit each
// other, names.ts; a new feature of the tagger, src/tagger/features.ts (then `npm run train`).
// Not here: what a name is (the tagger), the model's features.

import type { Block, Draft } from '../draft.js';
import type { Candidate } from './candidate.js';
import { findCandidates } from './candidates.js';
import { type Evidence, weighEvidence } from './evidence.js';
import { namePeople } from './names.js';
import type { Token } from './runs.js';
import { readWithTagger, runsThatMatter, tagParagraphs } from './tagged.js';
import { NOT_TAGGED, RULE_FLOOR, spreadThroughLists, verdictOf } from './verdicts.js';

/**
 * The evidence that makes a name a thing's wherever the story uses it (evidence.ts): an
 * appositive ("Booz Allen Hamilton, the consultancy,"), a firm's noun after a word no name
 * table knows ("Cloudflare customers"). Not a kind before the name: "the brand Ruslan
 * Baginskiy" may be named for its founder, named in the same story.
 */
const THING_RULES = new Set(['thing-appositive', 'firm-before-noun']);

const joinedName = (c: Candidate) => c.tokens.map((x) => x.text).join(' ');

/** Names found people's that the text says elsewhere are things: no one's, anywhere in the story. */
function dropThings(
  d: Draft,
  candidates: Candidate[],
  isPerson: boolean[],
  evidenceOf: (i: number) => Evidence,
  weighed: (i: number) => Evidence | undefined,
): void {
  // Most stories name no thing so: the names are joined only when one does.
  let any = false;
  for (let i = 0; i < candidates.length && !any; i++) any = THING_RULES.has(weighed(i)?.thing ?? '');
  if (!any && !candidates.some((c, i) => isPerson[i] && c.tokens.length === 1)) return;
  const names = candidates.map(joinedName);
  const named = new Set<string>();
  candidates.forEach((_, i) => {
    if (isPerson[i]) named.add(names[i] as string);
  });
  const things = new Set<string>();
  candidates.forEach((_, i) => {
    const name = names[i] as string;
    // (Evidence already weighed, or weighed now for a name found a person's elsewhere.)
    const e = weighed(i) ?? (named.has(name) ? evidenceOf(i) : undefined);
    if (!things.has(name) && THING_RULES.has(e?.thing ?? '')) things.add(name);
  });
  if (things.size === 0) return;
  // (Also the tail of a thing's name where the thing is written whole: "Allen Hamilton" in
  // "Booz Allen Hamilton", when the tagger took only that.)
  const tailOfThing = (c: Candidate, name: string) => {
    const start = (c.tokens[0] as Token).start;
    for (const thing of things) {
      const head = thing.length - name.length;
      if (head > 0 && thing.endsWith(name) && d.text.slice(start - head, start) === thing.slice(0, head)) return true;
    }
    return false;
  };
  candidates.forEach((c, i) => {
    const name = names[i] as string;
    if (isPerson[i] && (things.has(name) || tailOfThing(c, name))) {
      isPerson[i] = false;
      d.trace?.(`people: ${JSON.stringify(name)} dropped (named a thing elsewhere)`);
    }
  });
}

/** Finds the people of the draft's paragraphs: sets d.people and d.mentions. */
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
  // A contributors' line is looked for only in a story that says "contributed" (asked when a
  // veto gets that far).
  let contributed: boolean | null = null;
  const mayCredit = () => {
    contributed ??= d.text.includes('contributed');
    return contributed;
  };
  candidates.forEach((c, i) => {
    const verdict =
      c.tagged || c.label || c.nickname || c.score > RULE_FLOOR ? verdictOf(d, c, evidenceOf(i), organisations, mayCredit) : NOT_TAGGED;
    isPerson[i] = verdict.person;
    d.trace?.(
      `people: ${JSON.stringify(c.tokens.map((x) => x.text).join(' '))} tagger ${c.score.toFixed(2)} ${verdict.person ? 'kept' : 'dropped'} (${verdict.rule})${c.role ? ` role ${JSON.stringify(c.role)}` : ''}`,
    );
  });
  dropThings(d, candidates, isPerson, evidenceOf, (i) => evidence[i]);
  spreadThroughLists(d, candidates, isPerson);
  namePeople(d, candidates, isPerson, (i) => evidenceOf(i).roles);
  d.trace?.(`people: ${d.people.map((p) => p.name).join('; ')}`);
}
