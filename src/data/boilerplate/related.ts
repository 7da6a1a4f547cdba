// Related-story links found inside lines, the words that tell where a linked headline ends,
// and the settings of widgets, shape rules, a page's tail and the rules only a story's last
// lines may match.

import type { BoilerplateRule } from './rule.js';

/** Most words of a widget's item with no label of its own: a related headline, "File pic". */
export const WIDGET_ITEM_MAX_WORDS = 25;
/** Lines of a story in a shape-only rule's shape, past which the story itself is in that shape. */
export const SHAPED_LINES_MIN = 4;
export const SHAPED_LINES_SHARE = 0.25;
/** Words of a related headline left right above the trailers at the end ("How a firm recycles ..."). */
export const END_HEADLINE_MIN_WORDS = 4;
export const END_HEADLINE_MAX_WORDS = 20;

/**
 * Page furniture that follows a flattened page's last sentence on the same line ("... of the
 * market. Topics AI , Google , Media When you purchase through links ... View Bio ... Most
 * Popular ..."): from the first of these to the end is the page's tail, not the story.
 */
export const PAGE_TAIL =
  /(?<=[.!?"”’)]\s{1,3})(?:Topics\s+(?:[^,.\n]{1,40}\s,\s){2,}|When you (?:purchase|buy|shop|click)\b[^.\n]{0,40}\bthrough (?:links|our links|affiliate links)\b|Most Popular\s+\p{Lu}|View Bio\b)/u;

/** Lines that are trailer only at the very end of a story. */
export const END_RULES: readonly BoilerplateRule[] = [
  // PTI desk codes: "ABC DEF GHI", "RUP RHL" (story lines are never only short capital groups
  // at the end; "NEW DELHI" above a story is a dateline, not the last line).
  { kind: 'trailer', rule: 'desk-code', pattern: /^[A-Z]{2,4}(?:[ \t]+[A-Z]{2,4}){1,3}$/ },
];

// Related-story links. A label, then a separator ("Also Read | ...", "READ MORE: ...") or, when
// the label is capitalised, a headline in Title Case ("Also Read Five Things To Know ...").

/** The labels, any case; "Watch" only with a separator (it is a verb: "Watch for ice"). */
export const RELATED_LABEL =
  /\b(?:also\s+read|read\s+also|read\s+more|also\s+watch|also\s+see|see\s+also|must\s+read|must\s+watch|related|watch|read)\b/giu;
/** Words every label holds: a line without them has no label, and needs no slower look. */
export const RELATED_HINT = /read|watch|see|related/iu;
/** A separator after the label. */
export const RELATED_SEPARATOR = /\s*(?:[|:]|\s[-–—]|[-–—]\s)\s*/y;
/** Labels that may stand without a separator before a Title Case headline. */
export const CAPITALISED_LABEL =
  /^(?:ALSO READ|Also Read|READ ALSO|Read Also|READ MORE|Read More|ALSO WATCH|Also Watch|ALSO SEE|Also See|SEE ALSO|See Also|MUST READ|Must Read)$/;
/** Labels that are related links only with a separator ("READ: ...", "Related: ..."): they are words too. */
export const SEPARATOR_ONLY_LABEL = /^(?:watch|read|related)$/i;

/** Most words a related headline runs to. */
export const HEADLINE_MAX_WORDS = 30;
/** Fewest words of a Title Case headline (one capitalised word is just the next sentence). */
export const HEADLINE_MIN_WORDS = 2;
/**
 * How far back from the first lower-case word the story's first word may be: "... New Rules
 * The council will" resumes at "The"; "Police on Monday arrested" at "Police".
 */
export const SUBJECT_WINDOW = 5;

/** Words Title Case leaves in lower case ("Five Things to Know About the Rules"). */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an and as at but by for from if in into nor of off on onto or over per so than the to up upon via vs vs. with amid after is are be was'.split(
    ' ',
  ),
);

/**
 * Capitalised words that commonly open a news sentence: where the story resumes after an
 * inline related headline ("... New Rules The council will meet").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `The A An This That These Those There Here He She It They We I You His Her Its Their Our My
   In On At As After Before During Earlier Later Meanwhile However But And Also While When If
   Since According Police Officials Authorities Some Many Most Several Both Speaking Following
   Amid Under With For From Last Next Now Addressing Responding Asked Sources Residents Experts
   Security Rescue Earlier Once Over Despite Although Though Two Three Four Five Six Seven
   Eight Nine Ten One Meanwhile Separately Further Furthermore Moreover Still Yet Such`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Openers that, capitalised after a lower-case word, can only start a new sentence: where a
 * story resumes after a sentence-case headline with no full stop ("... new rules The council").
 */
export const PROSE_OPENERS: ReadonlySet<string> = new Set(
  'The A An He She It They We This These Those His Her Their Its There Police Officials As In On At After But However Meanwhile According Earlier Later While When If'.split(
    ' ',
  ),
);
