// Page furniture as rules: time stamps and reading times, ad and widget labels, and promos
// (follow, subscribe, sign up, download, calls to action). A new label or prompt goes here, with
// a row in tests/boilerplate.test.ts.

import { AGENCY_SPELLINGS, namesAgency } from '../agencies.js';
import { STAMP_HAS_DATE, STAMP_LABEL, STAMP_STARTS, STAMP_TOKEN } from './patterns.js';
import type { BoilerplateRule } from './rule.js';

// (The stamps' patterns cost much to compile: a line is tried against them only when it starts as a stamp does.)
const STAMP_FIRST_WORD =
  /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|first|updated|published|posted|modified|issued|created)/i;
const STAMP_LABEL_FIRST = /^(?:last|first|updated|published|posted|modified|issued|created)/i;

/** Stamps, ad and widget labels, in the order they are tried. */
export const FURNITURE_RULES: readonly BoilerplateRule[] = [
  {
    kind: 'timestamp',
    rule: 'page-stamp',
    hint: (line) => line.length <= 160 && STAMP_LABEL_FIRST.test(line),
    // "Updated: Jan 5, 2024 10:32 IST", "First Published: 05 Jan 2024, 10:32 AM | Last Updated: ..."
    pattern: new RegExp(
      String.raw`^(?=${STAMP_LABEL})(?=[^\n]{0,160}$)(?=[^\n]*\d)${STAMP_LABEL}(?:\s+(?:on|at))?\s*[:|–—-]?\s*(?:${STAMP_TOKEN}[\s,|–—-]*){1,16}$`,
      'i',
    ),
  },
  {
    kind: 'timestamp',
    rule: 'date-time-line',
    hint: (line) => line.length <= 160 && STAMP_FIRST_WORD.test(line),
    // A line of only a date and time, with or without labels: "06/08/2019 10:07 PM",
    // "July 30, 2024 12:18", "September 19, 2024 1:10 AM GMT+9 Updated September 19, 2024".
    pattern: new RegExp(String.raw`^${STAMP_STARTS}(?=[^\n]{0,160}$)${STAMP_HAS_DATE}(?:${STAMP_TOKEN}[\s,|–—-]*){2,16}$`, 'i'),
  },
  {
    kind: 'timestamp',
    rule: 'stamp-and-agency',
    // A stamp fused with the agency that wrote the story: "Published November 13, 2015 Associated Press".
    hint: (line) => line.length <= 160 && STAMP_FIRST_WORD.test(line) && namesAgency(line),
    pattern: new RegExp(
      String.raw`^${STAMP_STARTS}(?=[^\n]{0,160}$)${STAMP_HAS_DATE}(?:${STAMP_TOKEN}[\s,|–—-]*){2,16}(?:${AGENCY_SPELLINGS})$`,
      'iu',
    ),
    credits: true,
  },
  {
    kind: 'timestamp',
    rule: 'reading-time',
    // "3 min", "1 min read", "5 mins read", "Reading time: 4 minutes", "2 hours ago", "Listen to this article".
    pattern:
      /^(?:(?:reading time\s*:?\s*)?\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?|\d{1,3}\s+(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|listen to (?:this|the) (?:article|story)(?:\s*\d{1,2}:\d{2})?)$/i,
  },
  {
    kind: 'ad',
    rule: 'ad-label',
    pattern:
      /^(?:advertisement|advertisment|advt\.?|ad|sponsored(?: content| links(?: you may like)?| stories)?|promoted(?: content| stories)?|story continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading (?:below|after (?:this )?(?:advertisement|ad))|(?:advertisement\s*[·•|-]\s*)?scroll (?:down )?to continue(?: with content| reading)?|article continues (?:below|after (?:this )?(?:advertisement|ad)))$/i,
    // "... blamed on the weather. Advertisement": a slot left at the end of a paragraph.
    tail: true,
  },
  { kind: 'ad', rule: 'ads-by', pattern: /^(?:ads|ad|promoted|sponsored)(?: content| stories| links)? by [^\n]{1,40}$/i },
  {
    kind: 'ad',
    rule: 'widget-label',
    opensWidget: true,
    pattern:
      /^(?:recommended (?:stories|articles|videos|for you|reading)(?: for you)?|you may (?:also )?like|you might (?:also )?like|trending(?: now| stories| news| videos| topics)?|top stories|popular (?:stories|now)|most (?:read|popular|viewed)|in case you missed it|more from [^\n]{1,40}|from around the web|live tv|live updates|highlights|key highlights|we also published the following articles recently|slideshow\s*\(\s*\d+\s*images?\s*\)|just watched\b[^\n]{0,80}|\d{1,2}\s*\/\s*\d{1,2}|article-image|image|photo|video|gallery|watch video|play video)$/i,
  },
];

/** Promos, in the order they are tried. */
export const PROMO_RULES: readonly BoilerplateRule[] = [
  {
    kind: 'promo',
    rule: 'follow-us',
    pattern:
      /^(?:(?:also|you can(?: also)?|do)\s+)?follow\s+(?:us|@\w+|[^\n]{1,40}?)\s+on\s+(?:twitter|x|facebook|instagram|google news|whatsapp|telegram|linkedin|youtube|threads|koo|sharechat)\b[^\n]{0,160}$/i,
    tail: true,
  },
  { kind: 'promo', rule: 'like-us', pattern: /^like us on facebook\b[^\n]{0,120}$/i, tail: true },
  {
    kind: 'promo',
    rule: 'subscribe',
    pattern:
      /^(?:subscribe|sign up|register)(?:\s+now)?\s+(?:to|for)\s+[^\n]{0,60}?\b(?:newsletters?|channel|updates|alerts|podcast)\b[^\n]{0,120}$/i,
    tail: true,
  },
  { kind: 'promo', rule: 'click-here', pattern: /^click here (?:to|for) [^\n]{1,160}$/i, tail: true },
  {
    kind: 'promo',
    rule: 'call-to-action',
    // A short line that ends by asking the reader to act, in a sentence of its own: "Love cricket?
    // Get daily updates on our channel. Subscribe Now", "... newsletter ... Sign up here.", or
    // "GET THE APP ON THE GO BY CLICKING HERE". Not a story's "urged voters to register now."
    hint: (line) => /(?:here|now|today|more|app)\W*$/i.test(line.slice(-10)),
    pattern:
      /^(?=(?:\S+\s+){0,40}\S+$)(?:(?:[^\n]{0,300}?[.!?]\s+)?(?:click here|tap here|subscribe(?: now| here| today)?|sign up(?: here| now| today)|register (?:now|here|today)|download (?:now|the app|our app)|get the app|read more|learn more|join (?:now|us)|watch now|listen now)|[^\n]{0,300}?\bby click(?:ing)? here)[.!]?$/i,
  },
  {
    kind: 'promo',
    rule: 'page-promo',
    // "Check out what's clicking on FoxBusiness.com.", "Tell us what you think of ... on our Facebook page".
    pattern: /^(?:check out what['’]s (?:clicking|trending|new|hot) on [^\n]{1,60}|tell us what you think\b[^\n]{0,160})$/i,
  },
  {
    kind: 'promo',
    rule: 'newsletter',
    // "The Daily Briefing newsletter provides all the news you need to start your day."
    hint: (line) => line.includes('ewsletter') || line.includes('EWSLETTER'),
    pattern:
      /^(?:get (?:the|our) [^\n]{0,40}newsletters?\b[^\n]{0,500}|(?:the |our )?[^\n]{0,60}\bnewsletters?\b[^\n]{0,160}\b(?:sign up|subscribe|inbox|delivered|start your day)\b[^\n]{0,80})$/i,
  },
  { kind: 'promo', rule: 'get-app', pattern: /^(?:get|install|open) (?:the|our) [^\n]{0,40}\bapp\b[^\n]{0,120}$/i, tail: true },
  { kind: 'promo', rule: 'join-channel', pattern: /^join (?:our|the) [^\n]{0,40}\b(?:whatsapp|telegram)\b[^\n]{0,100}$/i, tail: true },
  { kind: 'promo', rule: 'download-app', pattern: /^download (?:the|our) [^\n]{0,40}\bapp\b[^\n]{0,120}$/i, tail: true },
  { kind: 'promo', rule: 'catch-all', pattern: /^catch all the (?:latest |breaking )?[^\n]{0,60}\bnews\b[^\n]{0,200}$/i, tail: true },
  {
    kind: 'promo',
    rule: 'share-widget',
    pattern: /^(?:share(?: this (?:article|story))?|tweet|print|email|comments?|share on (?:facebook|twitter|whatsapp|x))$/i,
  },
];
