// The shape of a boilerplate rule: the kind reported in `removed`, a name (the rule id shown in
// `--debug` and in `removed[].rule`), a pattern for a whole line, and where else it may fire.
// It holds no rules (see the other files of this folder).

import type { RemovedKind } from '../../types.js';

export interface BoilerplateRule {
  kind: RemovedKind;
  rule: string;
  /** Matches a whole line, trimmed. */
  pattern: RegExp;
  /** May also be the last sentence or bracket of a line that holds story text before it. */
  tail?: boolean;
  /** May be hard-wrapped over two consecutive lines (the pattern allows a line break). */
  joins?: boolean;
  /** Agencies named in the match are credited ("With inputs from PTI"). */
  credits?: boolean;
  /** A cheap test any match passes, tried first for the costlier patterns. */
  hint?: RegExp | ((line: string) => boolean);
  /**
   * A label that opens a widget of several lines ("Also Read", "More coverage", "RECOMMENDED
   * STORIES FOR YOU"): the headlines, captions and stamps right below it go with it.
   */
  opensWidget?: boolean;
  /** Only inside the story: a headline above it may look the same ("FLOODS CUT OFF VILLAGES"). */
  bodyOnly?: boolean;
  /**
   * Judged by the shape of its letters alone (capitals, Title Case): it fires only when few lines
   * of the story have that shape, since some outlets print whole stories in Title Case.
   */
  shapeOnly?: boolean;
}
