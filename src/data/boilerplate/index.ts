// What is not the story, as data: each rule is the kind reported in `removed`, a name (the rule
// id shown in `--debug` and in `removed[].rule`) and a pattern. The stage (pipeline/boilerplate/)
// decides where each rule may fire:
//   - LINE_RULES match a whole line (or a paragraph that is one line), trimmed;
//   - those marked `tail` may also close a line after its last sentence ("... said. (With
//     inputs from PTI)"), and those marked `joins` may run over two consecutive lines;
//   - END_RULES fire only on the last lines of the story (a desk code is only one there);
//   - related-story labels ("Also Read |") are found inline too, up to the end of the linked
//     headline, by the words in related.ts.
// Every pattern is anchored or bounded, so each test is linear in the line.
//
// Where a new shape goes: an outlet's syndication notice in ../outlets.ts (an entry, no code);
// a wire trailer in trailers.ts; a stamp, ad label, widget label or promo in furniture.ts; a
// credit or caption in captions.ts; a byline, related line or embed in lines.ts (mind the order:
// the first rule that matches wins); a related-link label in related.ts. Each new shape gets a
// row in tests/boilerplate.test.ts, and a story line that looks like it but must stay.

export { CAPTION_RULES } from './captions.js';
export { FURNITURE_RULES, PROMO_RULES } from './furniture.js';
export { LINE_RULES } from './lines.js';
export { OUTLET_NOTICES } from './notices.js';
export {
  CAPITALISED_LABEL,
  END_HEADLINE_MAX_WORDS,
  END_HEADLINE_MIN_WORDS,
  END_RULES,
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_WORDS,
  PAGE_TAIL,
  PROSE_OPENERS,
  RELATED_HINT,
  RELATED_LABEL,
  RELATED_SEPARATOR,
  SENTENCE_OPENERS,
  SEPARATOR_ONLY_LABEL,
  SHAPED_LINES_MIN,
  SHAPED_LINES_SHARE,
  SMALL_WORDS,
  SUBJECT_WINDOW,
  WIDGET_ITEM_MAX_WORDS,
} from './related.js';
export type { BoilerplateRule } from './rule.js';
export { TRAILER_RULES } from './trailers.js';
