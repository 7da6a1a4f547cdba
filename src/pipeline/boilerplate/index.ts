// Stage: cuts what is not the story, as a copy editor would, and reports every cut (kind,
// rule, span). It reads the paragraphs line by line (a paragraph may hold several lines):
//   0. the lines above a dateline that stands lower down (page.ts);
//   1. a whole line, or two consecutive lines, matching a rule of data/boilerplate/
//      (syndication notices, trailers, captions, credits, promos, ads, page stamps, bylines),
//      and the headlines and captions under a widget's label (page.ts);
//   2. the end of a line after its last sentence: agency tags ("... said. (PTI)", "-- IANS"),
//      notices and credits in brackets, promos ("... Click here to join our channel.") (tails.ts);
//   3. related-story links, on their own line or inline in a flattened story, up to the end of
//      the linked headline ("Also Read | Five Things To Know About The Rules" before "The
//      council will meet ...") (related-links.ts);
//   4. lines judged by their shape (capitals, Title Case), only when few lines have it; a
//      flattened page's tail; trailer lines that only end a story (PTI desk codes "ABC DEF",
//      "End it", AP's "___") (page.ts).
// It does not cut inside a sentence of the story: "Readers can also read the report" and
// "Watch for ice on the roads" stay. A cut in the middle of a paragraph splits it in two.
// A new shape of debris is a rule in data/boilerplate/, not code here.

import { type BoilerplateRule, SHAPED_LINES_MIN, SHAPED_LINES_SHARE } from '../../data/boilerplate/index.js';
import { type Draft, type RemovedDraft, trimSpan } from '../draft.js';
import { creditAgenciesIn, creditInlineReports } from './credits.js';
import { adjacentLine, type Line, linesOf, matchWhole, remainingBlocks } from './lines.js';
import {
  cutAboveStory,
  cutCaptionPastedBefore,
  cutEndLines,
  cutHeadlineBeforeTrailers,
  cutPageTail,
  DOUBLED_LINE,
  dropFalseHeadline,
  isDoubledLine,
  isWidgetItem,
  WIDGET_ITEM,
} from './page.js';
import { cutRelatedLinks } from './related-links.js';
import { cutTails } from './tails.js';

export function stripBoilerplate(d: Draft): void {
  const lines = linesOf(d);
  const cuts: RemovedDraft[] = [];
  dropFalseHeadline(d, cuts);
  cutAboveStory(d, lines, cuts);
  const cut = (c: Omit<RemovedDraft, 'start' | 'end'>, start: number, end: number, rule?: BoilerplateRule): void => {
    const s = trimSpan(d.text, start, end);
    if (s.end <= s.start) return;
    cuts.push({ kind: c.kind, rule: c.rule, start: s.start, end: s.end });
    if (rule?.credits || c.kind === 'agency-tag') creditAgenciesIn(d, s.start, s.end);
    d.trace?.(`boilerplate: ${c.rule} ${JSON.stringify(d.text.slice(s.start, Math.min(s.end, s.start + 60)))}`);
  };

  // A widget's label ("Also Read", "More coverage") takes the headlines and captions below it.
  let widget = false;
  // Lines cut for their shape alone wait until the story's own shape is known. The headline
  // printed again is left to the repeats stage, which cuts it with the copy of the body below it.
  const shaped: { line: Line; rule: BoilerplateRule }[] = [];
  const headline = d.headline ? d.text.slice(d.headline.start, d.headline.end) : null;
  lines.forEach((line, i) => {
    if (!line.rest) return;
    const next = adjacentLine(d, lines, i);
    const whole = matchWhole(d, line, next);
    if (whole?.rule.shapeOnly && !widget) {
      // A line the next one continues in lower case is a wrapped sentence, not a headline.
      const wrapped = next !== null && /^\p{Ll}/u.test(d.text.slice(next.start, next.start + 1));
      if (!wrapped && d.text.slice(line.start, line.end) !== headline) shaped.push({ line, rule: whole.rule });
      else cutTails(d, line, next, cut);
      return;
    }
    if (whole) {
      cut(whole.rule, line.start, whole.end, whole.rule);
      line.rest = null;
      if (whole.end > line.end && next) next.rest = null;
      widget = whole.rule.opensWidget === true || widget;
      if (whole.rule.kind === 'caption') cutCaptionPastedBefore(d, lines, i, cut);
      return;
    }
    if (isDoubledLine(d, line, lines[i + 1])) {
      const twin = lines[i + 1] as Line;
      cut(DOUBLED_LINE, line.start, line.end);
      cut(DOUBLED_LINE, twin.start, twin.end);
      line.rest = null;
      twin.rest = null;
      return;
    }
    if (widget && isWidgetItem(d.text.slice(line.start, line.end))) {
      cut(WIDGET_ITEM, line.start, line.end);
      line.rest = null;
      return;
    }
    widget = false;
    cutTails(d, line, next, cut);
    // A related link that takes its whole line opens a widget: more headlines may follow it.
    if (line.rest && cutRelatedLinks(d, line, cut)) widget = true;
  });
  const bodyLines = lines.filter((l) => d.storyStart === null || l.start >= d.storyStart).length;
  if (shaped.length < SHAPED_LINES_MIN || shaped.length < bodyLines * SHAPED_LINES_SHARE) {
    for (const { line, rule } of shaped) {
      cut(rule, line.start, line.end, rule);
      line.rest = null;
    }
  }
  cutPageTail(d, lines, cut);
  cutEndLines(d, lines, cut);
  cutHeadlineBeforeTrailers(d, lines, cut);

  d.removed.push(...cuts);
  d.blocks = remainingBlocks(d, cuts);
  creditInlineReports(d);
}
