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
    rule: 'outlet-staff-notice',
    // ThePrint, Outlook, Firstpost, Telegraph Online, Free Press Journal and others: the story
    // "has not been edited by <outlet> staff" or "is auto-generated from a syndicated feed".
    pattern:
      /^\(?\s*(?:disclaimer\s*:\s*)?[^()]{0,200}\b(?:(?:not|n't) been edited by [^()]{1,60} staff|auto-generated from a syndicated feed|published from a syndicated feed|from (?:a |the )?(?:syndicated|agency|wire) feed)\b[^()]{0,200}\)?\.?$/i,
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
  {
    kind: 'related-link',
    rule: 'also-read',
    pattern: /^(?:also read|read also|read more|also watch|watch|also see|see also)\s*[|:\-–—]\s*\S.*$/i,
  },
  {
    kind: 'related-link',
    rule: 'also-read-title',
    pattern: /^(?:ALSO READ|Also Read|READ ALSO|Read Also|READ MORE|Read More|ALSO WATCH|Also Watch)\s+(?:\p{Lu}\S*\s+){2,}\S.*$/u,
  },
  // Wire trailers.
  {
    kind: 'trailer',
    rule: 'reporting-by',
    pattern: /^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|edited|written) by\b.{2,300}\)?$/i,
  },
  { kind: 'trailer', rule: 'keywords', pattern: /^(?:keywords|tags)\s*:.{0,300}$/i },
  { kind: 'trailer', rule: 'separator', pattern: /^(?:_{2,}|-{3,}|\*{3,}|■+|#{3,})\.?$/ },
  { kind: 'trailer', rule: 'contributed', pattern: /^[^"“”]{0,200}\bcontributed (?:to )?(?:this|the) (?:report|story)\.?$/i },
  { kind: 'trailer', rule: 'end-it', pattern: /^(?:end it|ends|\(end\)|-end-|--end--)\.?$/i },
  { kind: 'trailer', rule: 'contact', pattern: /^\(?\s*(?:contact|email|e-mail|write to)\s*:?\s*\S+@\S+.{0,120}\)?$/i },
  // Captions and credits.
  {
    kind: 'credit',
    rule: 'photo-credit',
    pattern: /^\(?(?:photo|image|file photo|picture|graphic|video)(?: credit| courtesy)?\s*[:|/]\s*.{1,120}\)?$/i,
  },
  {
    kind: 'credit',
    rule: 'agency-photo',
    pattern: /^\(?(?:AP|AFP|Reuters|PTI|ANI|IANS|Getty Images?) (?:Photo|Images?|Video)\b.{0,120}\)?$/,
  },
  { kind: 'credit', rule: 'file-photo', pattern: /^(?:file photo|representational image|representative image|file image)\.?$/i },
  { kind: 'credit', rule: 'provided-by', pattern: /^(?:©|\(c\)|copyright)\s*(?:provided by\s*)?.{1,120}$/i },
  // Ads, widgets, promos and page stamps.
  {
    kind: 'ad',
    rule: 'ad-label',
    pattern:
      /^(?:advertisement|ad|ads by .{1,60}|promoted|sponsored|recommended stories for you|recommended|story continues below(?: this)? advertisement|trending now|you may also like|more from .{1,40})\.?:?$/i,
  },
  { kind: 'promo', rule: 'follow-us', pattern: /^(?:follow|subscribe to|like|join) (?:us|our)\b.{0,160}$/i },
  { kind: 'promo', rule: 'click-here', pattern: /^(?:click here|tap here|download the|get the latest|sign up for)\b.{0,160}$/i },
  {
    kind: 'header',
    rule: 'page-stamp',
    pattern: /^(?:updated|last updated|first published|published|posted)\s*(?:on|at)?\s*:?\s*.{0,40}\d{4}.{0,30}$/i,
  },
];

/** Desk codes PTI leaves on the last line: "ABC DEF GHI". Only cut at the end of a story. */
export const DESK_CODE = /^(?:[A-Z]{2,4}\s+){1,4}[A-Z]{2,4}$/;
