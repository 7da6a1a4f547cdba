// What is not the story: syndication notices, related-story links, promos and credits.
// Each rule is data: the kind reported in `removed`, a name (the rule id shown in `--debug`
// and in `removed[].rule`), and a pattern that must match a whole paragraph (line).
// Outlets' notices are facts about those outlets, matched in their standard wording.

import type { RemovedKind } from '../types.js';

export interface BoilerplateRule {
  kind: RemovedKind;
  rule: string;
  /** Matches a whole paragraph, trimmed. Case-insensitive unless the rule says why not. */
  pattern: RegExp;
}

/** Syndication notices, one entry per outlet. */
export const OUTLET_NOTICES: readonly BoilerplateRule[] = [
  {
    kind: 'disclaimer',
    rule: 'latestly-notice',
    pattern:
      /^\(?\s*this is an unedited and auto-generated story from syndicated news feed,? latestly staff may not have modified or edited the content body\s*\.?\s*\)?$/i,
  },
  {
    kind: 'disclaimer',
    rule: 'ndtv-notice',
    pattern:
      /^\(?\s*except for the headline, this story has not been edited by ndtv staff and is published from a syndicated feed\.?\s*\)?$/i,
  },
  {
    kind: 'disclaimer',
    rule: 'devdiscourse-notice',
    pattern: /^\(?\s*this story has not been edited by devdiscourse staff and is auto-generated from a syndicated feed\.?\s*\)?$/i,
  },
  {
    kind: 'disclaimer',
    rule: 'business-standard-notice',
    pattern:
      /^\(?\s*only the headline and picture of this report may have been reworked by the business standard staff; the rest of the content is auto-generated from a syndicated feed\.?\s*\)?$/i,
  },
  {
    kind: 'disclaimer',
    rule: 'syndicated-feed-notice',
    // Other outlets word it their own way but always name the syndicated feed and their staff.
    pattern: /^\(?\s*(?:this|the) (?:story|report|article)\b[^()]{0,160}\b(?:syndicated|agency) feed\b[^()]{0,80}\)?\.?$/i,
  },
  {
    kind: 'disclaimer',
    rule: 'with-inputs',
    pattern: /^\(?\s*with (?:inputs|input) from (?:agencies|[A-Z][\w ,&-]{1,60})\s*\.?\s*\)?$|^\(?\s*with agency inputs\s*\.?\s*\)?$/i,
  },
];

/** Related-story links, promos and credits that stand as their own paragraph. */
export const PARAGRAPH_RULES: readonly BoilerplateRule[] = [
  ...OUTLET_NOTICES,
  // A separator after the label ("Also Read | ...", "READ MORE: ..."), or none before a
  // headline in Title Case; "Also read between the lines, he said" is story text.
  { kind: 'related-link', rule: 'also-read', pattern: /^(?:also read|read also|read more|also watch|watch)\s*[|:\-–—]\s*\S.*$/i },
  {
    kind: 'related-link',
    rule: 'also-read-title',
    pattern: /^(?:ALSO READ|Also Read|READ ALSO|Read Also|READ MORE|Read More)\s+(?:\p{Lu}\S*\s+){2,}\S.*$/u,
  },
  { kind: 'promo', rule: 'follow-us', pattern: /^(?:follow|subscribe to|like) (?:us|our)\b.{0,120}$/i },
  { kind: 'credit', rule: 'photo-credit', pattern: /^\(?(?:photo|image|file photo|picture)(?: credit)?\s*[:|]\s*.{1,120}\)?$/i },
];
