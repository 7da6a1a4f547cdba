// What is not the story, as data: each rule is the kind reported in `removed`, a name (the rule
// id shown in `--debug` and in `removed[].rule`) and a pattern. Outlets' syndication notices
// come from outlets.ts, agencies from agencies.ts; the stage (pipeline/boilerplate.ts) decides
// where each rule may fire:
//   - LINE_RULES match a whole line (or a paragraph that is one line), trimmed;
//   - those marked `tail` may also close a line after its last sentence ("... said. (With
//     inputs from PTI)"), and those marked `joins` may run over two consecutive lines;
//   - END_RULES fire only on the last lines of the story (a desk code is only one there);
//   - related-story labels ("Also Read |") are found inline too, up to the end of the linked
//     headline, by the words below.
// Every pattern is anchored or bounded, so each test is linear in the line.

import { MONTH_NAME } from '../text/dates.js';
import type { RemovedKind } from '../types.js';
import { AGENCY_SPELLINGS } from './agencies.js';
import { GENERIC_NOTICE, OUTLETS } from './outlets.js';

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

/** A notice's source words -> a pattern for the whole line: brackets and full stop optional. */
function noticePattern(source: string): RegExp {
  const words = source.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`);
  return new RegExp(String.raw`^\(?\s*(?:${words})\s*\.?\s*\)?\s*\.?$`, 'i');
}

/** Syndication notices, one rule per outlet, then the shape they share. */
export const OUTLET_NOTICES: readonly BoilerplateRule[] = [
  ...OUTLETS.map(
    (o): BoilerplateRule => ({
      kind: 'disclaimer',
      rule: o.rule,
      pattern: noticePattern(o.notices.join('|')),
      tail: true,
      joins: true,
      credits: true,
    }),
  ),
  { kind: 'disclaimer', rule: 'syndicated-feed-notice', pattern: noticePattern(GENERIC_NOTICE), tail: true, joins: true, credits: true },
  {
    kind: 'disclaimer',
    rule: 'with-inputs',
    // "(With inputs from PTI)", "(With agency inputs)", "- With inputs from agencies", "(Inputs: IANS)".
    pattern:
      /^\(?\s*[-–—]?\s*(?:with\s+(?:additional\s+)?(?:inputs?\s+from|agency\s+inputs?\b)|inputs?\s*(?:from|:))[^()\n]{0,80}?\s*\.?\s*\)?\s*\.?$/i,
    tail: true,
    credits: true,
  },
  {
    kind: 'disclaimer',
    rule: 'copyright-notice',
    // "Copyright 2024 The Associated Press. All rights reserved. This material may not be ..."
    pattern:
      /^(?:©|\(c\)|copyright\b)[^\n]{0,200}?\b(?:all rights reserved|may not be (?:published|reproduced|redistributed|broadcast))\b[^\n]{0,300}$/i,
    tail: true,
    joins: true,
    credits: true,
  },
];

/** A month, weekday, time zone or number: the words of a page stamp's date. */
const STAMP_TOKEN = String.raw`(?:\d{1,4}(?:[:/]\d{1,4}){0,2}(?!\d)(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|ist|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d\d)?)?|[ecmp][sd]?t|bst|cet|cest|eet|eest|wet|west|msk|jst|kst|hkt|sgt|pkt|wib|pht|ict|sast|eat|wat|aest|aedt|awst|am|pm|a\.m|p\.m|hrs|at|on|(?:last |first )?(?:updated|published|posted|modified|issued|created)(?: on| at)?:?)(?![a-z])\.?`;
const STAMP_LABEL = String.raw`(?:last\s+|first\s+)?(?:updated|published|posted|modified|issued|created)`;
/** How a stamp's line starts: a digit, a month's or a day's name, or a label (a cheap first test). */
const STAMP_STARTS = String.raw`(?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|first|updated|published|posted|modified|issued|created)`;
/** A stamp with no label holds a date: a month's name or d/m/y digits, and a year or a time. */
const STAMP_HAS_DATE = String.raw`(?=[^\n]*(?:\b\d{4}\b|\d{1,2}[:.]\d{2}))(?=[^\n]*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}/\d{1,2}/\d{2,4}))`;

/** Credits in a photo line: a few capitalised words, handles, slashes ("AP/Jane Doe", "X/@ANI"). */
const CREDIT_NAME = String.raw`[\p{Lu}\p{N}@#][\p{L}\p{N}@#.&'’_-]*`;
const CREDIT_WORDS = String.raw`${CREDIT_NAME}(?:\s*[/,]\s*|\s+(?:via\s+|and\s+|of\s+)?)?(?:${CREDIT_NAME}(?:\s*[/,]\s*|\s+(?:via\s+|and\s+)?)?){0,5}`;
const PHOTO_LABEL = String.raw`(?:[Ff]ile [Pp]hoto|FILE PHOTO|[Pp]hotos?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]ictures?|PICTURES?|[Pp]ic|PIC|[Gg]raphics?|GRAPHICS?|[Vv]ideo|VIDEO|[Rr]epresentational [Ii]mage)`;
/** A caption's date: "Oct. 27, 2013, ", "Tuesday, March 12, 2024, ", "May 17, 1989 ", "1978 ". */
const CAPTION_DATE = String.raw`(?:\p{Lu}\p{Ll}+day,?\s+)?${MONTH_NAME}\s+\d{1,2}(?:,\s*\d{4})?,?\s+|\d{4},?\s+`;

/** A photographer in a credit line: "Denis Balibouse", "JANE ROE", "Jean-Luc de la Tour". */
const CREDIT_PERSON = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s(?:de |la |van |von |da )*\p{Lu}[\p{L}.'’-]*){0,3}`;

/** Where a caption places someone: "(L)", "(R)", "(C)", "(2nd L)", "(L-R)". */
const POSITION = String.raw`\((?:\d(?:st|nd|rd|th) )?[LRC](?:-[LRC])?\)`;
/** A caption's present-tense verb right after the marker: "(C) shakes hands", "(R) reacts". */
const CAPTION_VERB = String.raw`(?:shakes|gestures|reacts|celebrates|poses|pose|looks|waves|arrives|speaks|attends|walks|sits|stands|holds|greets|listens|talks|smiles|hugs|applauds|competes|plays|returns|hits|leaves|receives|delivers|addresses|meets|prays|cries|jumps|runs|kicks|throws|lifts|signs|wears|points|raises)\b`;

/** "By Jane Doe", "By JANE DOE and John Roe", "Written by: Jane Doe | Reuters". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;

/** Lines that are not the story, in the order they are tried (first match wins). */
export const LINE_RULES: readonly BoilerplateRule[] = [
  ...OUTLET_NOTICES,
  // Wire trailers.
  {
    kind: 'trailer',
    rule: 'reporting-by',
    // "(Reporting by Jane Doe in Paris; Editing by John Roe)": a credit line in brackets.
    pattern:
      /^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|graphics?|fact-?checking|research|translation|translated|produced)\s+by\b[^()]{1,400}\)\.?$/i,
    tail: true,
    joins: true,
  },
  {
    kind: 'trailer',
    rule: 'reporting-by',
    // Unbracketed, it needs the credit shape: names, "in Place", then "; Editing by ...".
    hint: /^(?:[Aa]dditional|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Gg]raphics)\s/,
    pattern: new RegExp(
      String.raw`^(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Gg]raphics)\s+[Bb]y\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,4}(?:\s+in\s+${NAME}(?:\s*(?:,|and)\s*${NAME}){0,3})?\s*(?:;|\.|,|$)\s*){1,5}$`,
      'u',
    ),
    joins: true,
  },
  {
    kind: 'trailer',
    rule: 'contributed',
    // "Associated Press writers Jane Doe and John Roe contributed to this report."
    hint: (line) => line.includes('ontributed') || line.includes('ONTRIBUTED'),
    pattern:
      /^[^\n]{0,240}\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))(?:\s+(?:from|in)\s+[^\n]{1,80})?\.?$/i,
    joins: true,
    // "The Associated Press contributed to this report": the copy is the agency's.
    credits: true,
    tail: true,
  },
  {
    kind: 'trailer',
    rule: 'contributed',
    // "Jane Roe and John Doe contributed." after "... reported from Washington."
    hint: (line) => /contributed\.?$/.test(line.slice(-13)),
    pattern: new RegExp(String.raw`^${NAME}(?:\s*(?:,|and)\s*${NAME}){0,5}\s+contributed\.?$`, 'u'),
    tail: true,
  },
  {
    kind: 'trailer',
    rule: 'reported-from',
    // AP: "Doe reported from Des Moines, Iowa; Roe from New York." "Doe reported from London."
    hint: (line) => line.includes('reported from'),
    pattern: new RegExp(
      String.raw`^${NAME}(?:\s*(?:,|and)\s*${NAME})*\s+reported from\s+[^.;\n]{2,80}(?:(?:;|,? and)\s*${NAME}\s+(?:reported\s+)?from\s+[^.;\n]{2,80})*\.?$`,
      'u',
    ),
    joins: true,
    tail: true,
  },
  {
    kind: 'trailer',
    rule: 'correction-note',
    // "This version corrects the spelling of the region." "This story has been updated to ..."
    pattern:
      /^this (?:version|story|article|report) (?:corrects|has been (?:corrected|updated)|was (?:corrected|updated)|updates)\b[^\n]{0,240}$/i,
  },
  {
    kind: 'trailer',
    rule: 'source-line',
    // A republisher's source credit: "Source: Times of Malta", "Source: IANS".
    pattern: /^source\s*:\s*(?:\S+\s+){0,6}\S+\.?$/i,
    credits: true,
  },
  {
    kind: 'trailer',
    rule: 'truncation-marker',
    // A retrieval tool's or news API's mark where it cut the text: "… [285 more characters]",
    // NewsAPI's "… [+2345 chars]".
    pattern: /^(?:…|\.\.\.)?\s*\[(?:\+\d[\d,]*|\d[\d,]* more) (?:characters|chars|words)\]$/i,
    tail: true,
  },
  {
    kind: 'trailer',
    rule: 'contact-line',
    pattern:
      /^\(?\s*(?:contact|to contact the (?:reporters?|editors?|authors?|writers?)[^:\n]{0,80}|for (?:more information|inquiries|enquiries|queries))\s*:\s*[^\n]{1,240}$/i,
    joins: true,
  },
  {
    kind: 'trailer',
    rule: 'contact-codes',
    // Reuters: "((jane.doe@example.com; +44 20 7000 0000; Reuters Messaging: ...))"
    pattern: /^\(\([^()\n]{1,400}\)\)$/,
    tail: true,
  },
  {
    kind: 'code',
    rule: 'bare-link',
    // An embed's address left alone on its line: "https://x.com/SomeTeam/status/1851".
    pattern: /^(?:https?:\/\/|www\.)\S{4,300}$/i,
  },
  {
    kind: 'trailer',
    rule: 'email-line',
    // "(jane.doe@example.com; +44 20 7000 0000)"
    pattern: /^\(?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[;,]\s*[^()\n]{0,160})?\s*\)?\.?$/,
    tail: true,
  },
  {
    kind: 'trailer',
    rule: 'keywords',
    // "Keywords: ...", "Tags: ...", and a page's topic links joined with spaced commas: "Topics AI , Google , Media".
    pattern: /^(?:(?:key\s?words?|tags?|topics)\s*:\s*[^\n]{1,400}|topics\s+(?:[^,\n]{1,40}\s,\s){2,}[^\n]{0,200})$/i,
  },
  {
    kind: 'disclaimer',
    rule: 'affiliate-notice',
    // "When you purchase through links in our articles, we may earn a small commission."
    pattern: /^when you (?:purchase|buy|shop|click)\b[^\n]{0,40}\bthrough (?:links|our links|affiliate links)\b[^\n]{0,300}$/i,
  },
  {
    kind: 'trailer',
    rule: 'more-coverage',
    // AP: "Follow AP's coverage of the elections at https://..."; "More AP coverage: ..."
    pattern:
      /^(?:(?:find|follow|read|see|for)\s+(?:more\s+(?:of\s+)?)?(?:the\s+)?(?:ap|associated press)(?:['’]s)?\s+(?:full\s+)?coverage|more\s+(?:of\s+)?(?:the\s+)?(?:ap|associated press)(?:['’]s)?\s+(?:coverage|stories))\b[^\n]{0,240}$/i,
  },
  // "End it" and AP's rule line before the contributor lines ("___") are never story text.
  // Xinhua closes with "Enditem", often glued to the last sentence.
  { kind: 'trailer', rule: 'end-it', pattern: /^(?:end\s?it(?:em)?|ends|\(end\)|-+\s*end\s*-+)\.?$/i, tail: true },
  { kind: 'trailer', rule: 'separator-line', pattern: /^(?:_{2,}|-{3,}|={3,}|\*\s?\*\s?\*)$/ },
  { kind: 'trailer', rule: 'end-mark', pattern: /^(?:[■□▪◼◾]+(?:\s*[■□▪◼◾]+)*|#{3}|-\s?30\s?-)$/ },
  // Page furniture.
  {
    kind: 'timestamp',
    rule: 'page-stamp',
    // "Updated: Jan 5, 2024 10:32 IST", "First Published: 05 Jan 2024, 10:32 AM | Last Updated: ..."
    pattern: new RegExp(
      String.raw`^(?=${STAMP_LABEL})(?=[^\n]{0,160}$)(?=[^\n]*\d)${STAMP_LABEL}(?:\s+(?:on|at))?\s*[:|–—-]?\s*(?:${STAMP_TOKEN}[\s,|–—-]*){1,16}$`,
      'i',
    ),
  },
  {
    kind: 'timestamp',
    rule: 'date-time-line',
    // A line of only a date and time, with or without labels: "06/08/2019 10:07 PM",
    // "July 30, 2024 12:18", "September 19, 2024 1:10 AM GMT+9 Updated September 19, 2024".
    pattern: new RegExp(String.raw`^${STAMP_STARTS}(?=[^\n]{0,160}$)${STAMP_HAS_DATE}(?:${STAMP_TOKEN}[\s,|–—-]*){2,16}$`, 'i'),
  },
  {
    kind: 'timestamp',
    rule: 'stamp-and-agency',
    // A stamp fused with the agency that wrote the story: "Published November 13, 2015 Associated Press".
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
  // Promos.
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
  // Photo credits and captions.
  { kind: 'credit', rule: 'provided-by', pattern: /^©\s*provided by [^\n]{1,80}$/i },
  {
    kind: 'credit',
    rule: 'image-source',
    // "Image Source : PTI", "Photo Source: ANI", "Pic- X", "File pic", "Pic courtesy: Twitter".
    pattern:
      /^(?:(?:image|photo|picture|pic|video) source\s*:\s*[^\n]{1,60}|pic\s*[-:|]\s*[^\n]{1,40}|file pic|pic courtesy\s*:?\s*[^\n]{1,40})$/i,
    credits: true,
  },
  {
    kind: 'credit',
    rule: 'image-credit',
    pattern:
      /^\(?\s*(?:photo|image|picture|pic|video|graphic|illustration|cover image|featured image)s?\s*(?:credits?|courtesy)\s*[:|–—-]?\s*[^\n]{1,120}?\)?$/i,
  },
  {
    kind: 'credit',
    rule: 'agency-photo',
    credits: true,
    // "(AP Photo/Jane Doe)", "(PTI Photo)", "(Photo by Jane Doe/Getty Images)"
    pattern: new RegExp(
      String.raw`^\(\s*(?:(?:${AGENCY_SPELLINGS})\s*(?:[Pp]hoto|PHOTO|[Pp]ic|[Ii]mage)s?(?:\s*/\s*[^()\n]{1,60})?|(?:[Pp]hoto|PHOTO|[Ii]mage)s? by [^()\n]{1,60})\s*\)$`,
      'u',
    ),
  },
  {
    kind: 'caption',
    rule: 'agency-photo-caption',
    // A picture's caption closed by its credit: "Firefighters at the site on Monday. (AP Photo/Jane Doe)"
    credits: true,
    hint: (line) => line.endsWith(')'),
    pattern: new RegExp(
      String.raw`^[^\n]{8,3000}?\(\s*(?:(?:${AGENCY_SPELLINGS})\s*(?:[Pp]hoto|PHOTO|[Pp]ic|[Ii]mage)s?(?:\s*/\s*[^()\n]{1,60})?|(?:[Pp]hoto|PHOTO|[Ii]mage)s? by [^()\n]{1,60})\s*\)(?:\s*©\s*[Pp]rovided by [^\n]{1,3000})?$`,
      'u',
    ),
  },
  {
    kind: 'credit',
    rule: 'photo-credit',
    credits: true,
    // The label and only a credit after it: "(Photo: Reuters)", "Image: X/@ANI", "Photo | PTI".
    pattern: new RegExp(String.raw`^\(?\s*${PHOTO_LABEL}\s*[:|]\s*${CREDIT_WORDS}\s*\)?$`, 'u'),
  },
  {
    kind: 'caption',
    rule: 'photo-caption',
    // The label and a description: "(Photo: Police outside the court on Monday)".
    pattern: new RegExp(String.raw`^\(?\s*${PHOTO_LABEL}\s*[:|]\s*[^\n]{2,300}?\)?$`, 'u'),
  },
  {
    kind: 'credit',
    rule: 'file-photo',
    pattern:
      /^\(?(?:file (?:photo|image|picture|pic)|representational (?:image|photo|picture|pic)|representative (?:image|photo|picture)|image for representation(?:al)?(?: purposes?)?(?: only)?|for representational purposes?(?: only)?)\.?\)?$/i,
  },
  {
    kind: 'caption',
    rule: 'file-photo-caption',
    pattern: /^(?:file (?:photo|image|picture)|representational (?:image|photo|picture)) (?:of|shows?|showing) [^\n]{1,240}$/i,
  },
  {
    kind: 'caption',
    rule: 'credit-closed-caption',
    // A caption closed by a credit in brackets that names a photo: "... in Ranchi on Monday.
    // (Photo: IANS)", "... the agency said.(Jane Roe/ City Press Service photo via AP)".
    credits: true,
    hint: (line) => line.endsWith(')'),
    pattern: new RegExp(
      String.raw`^[^\n]{8,900}?\(\s*(?:(?:${PHOTO_LABEL})\s*(?:[Cc]redits?|[Cc]ourtesy)?\s*[:|/-]\s*[^()\n]{1,80}|(?:[Cc]redits?|[Cc]ourtesy)\s*:\s*[^()\n]{1,80}|[^()\n]{1,120}\b(?:[Pp]hotos?|PHOTO|[Pp]ic|[Ii]mages?)(?: via [^()\n]{1,40})?)\.?\s*\)$`,
      'u',
    ),
  },
  {
    kind: 'caption',
    rule: 'credit-closed-caption',
    // A caption closed by its credit line: "... on May 30. REUTERS/Jane Roe/File photo Purchase
    // Licensing Rights, opens new tab", "... near Haifa © JANE ROE / AFP/File", "... AFP via Getty Images".
    credits: true,
    hint: (line) => line.includes('/') || line.includes('Getty'),
    pattern: new RegExp(
      String.raw`^[^\n]{8,900}?(?:\b(?:${AGENCY_SPELLINGS})\/\s?${CREDIT_PERSON}(?:\/\s?[Ff]ile(?: [Pp]hoto)?)?|©\s*[^\n]{1,60}?\/\s*(?:${AGENCY_SPELLINGS})(?:\/[Ff]ile)?|\b(?:${AGENCY_SPELLINGS}) via Getty Images|\bGetty Images)(?:\s+Purchase Licensing Rights(?:, opens new tab)?)?$`,
      'u',
    ),
  },
  {
    kind: 'caption',
    rule: 'caption-opener',
    // Captions say what the picture shows: "FILE - In this Monday, Jan. 6 file photo, ...",
    // "In this photo provided by the city, ...", "This image taken from video shows ...".
    // "In this Oct. 27, 2013, file photo, ...", "This May 17, 1989 file photo shows ...", "This
    // aerial image shows ..." (a caption printed twice on one line runs to thousands of characters).
    // A caption carries a date, a weekday or "file photo"; a story's "This photo shows how ..." does not.
    pattern: new RegExp(
      String.raw`^(?=[A-Z]{2,}(?: [A-Z]{2,})* [-–—] |FILE|(?:In )?[Tt]his )(?=[^\n]*(?:\bfile (?:photo|image|picture)|\b(?:19|20)\d\d\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))(?:(?:[A-Z]{2,}(?: [A-Z]{2,})* [-–—] )?FILE\s*[-–—]\s*[^\n]{20,3000}|(?:In )?[Tt]his (?:${CAPTION_DATE})?(?:file |undated |handout |aerial |satellite )?(?:photo|image|picture|frame grab|video grab)(?: (?:dated|taken|made|provided|released|shows?|from)\b|,)[^\n]{20,3000})$`,
      'u',
    ),
  },
  {
    kind: 'caption',
    rule: 'position-caption',
    // Wire captions mark who stands where, in the present tense: "Nadal (C) shakes hands with the
    // umpire after ...", "Lee (L) and Park (R) pose ...". One "(R)" alone is a US party ("Gov. Doe
    // (R) said"), so one marker needs a caption's verb. The marker is in the first sentence.
    hint: (line) => line.includes(')') && /\((?:\d(?:st|nd|rd|th) )?[LRC](?:-[LRC])?\)/.test(line),
    pattern: new RegExp(
      String.raw`^(?:[^.!?\n]{0,300}${POSITION}[^.!?\n]{0,300}${POSITION}|[^.!?\n]{0,300}${POSITION}\s+(?:and\s+[^.!?\n]{1,80}\s+)?${CAPTION_VERB})[^\n]{0,500}$`,
    ),
    tail: true,
  },
  // A byline inside the story, often doubled by the scraper.
  {
    kind: 'byline',
    rule: 'by-line',
    hint: /^(?:By|BY|Written|Edited|Reported|Compiled)\b/,
    pattern: new RegExp(
      String.raw`^(?:By|BY|Written [Bb]y|Edited [Bb]y|Reported [Bb]y|Compiled [Bb]y)\s*:?\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,2}(?:\s*[,|/–—-]\s*(?:${AGENCY_SPELLINGS}|[Ss]taff [Ww]riter|(?:[Ss]pecial |[Oo]ur )?[Cc]orrespondent|[Aa]gencies|${NAME}))?$`,
      'u',
    ),
  },
  // A related-story label on a line of its own (the headline, if any, is on the next line).
  {
    kind: 'related-link',
    rule: 'related-label',
    opensWidget: true,
    pattern:
      /^(?:also read|read also|read more|also watch|also see|see also|must read|must watch|read next|related(?: stories| news| articles?| videos?| links?| coverage)?|more (?:stories|news)|more (?:[a-z]+ ){0,2}coverage|latest (?:stories|news))\s*[:|–—-]?$/i,
  },
  {
    kind: 'standfirst',
    rule: 'story-highlights',
    // CNN: "Story highlights" above the highlight lines, or with the first on its own line.
    opensWidget: true,
    pattern: /^story highlights\b[^\n]{0,240}$/i,
  },
  {
    kind: 'related-link',
    rule: 'related-line',
    // "Related video Legal risks for the leaker", "Related: How the crew will train" on a line of its own.
    pattern:
      /^related(?:\s+(?:video|videos|stories|story|articles?|coverage|news|content|reading)\s*[:|–—-]?|\s*[:|–—-])\s+\S[^\n]{0,200}$/i,
    opensWidget: true,
  },
  {
    kind: 'embed',
    rule: 'social-embed',
    // What an embedded post leaves: "A photo posted by Jane Roe (@janeroe) on Nov 11, 2015 at
    // 2:50pm PST", "View this post on Instagram", a post's last line with its t.co link and date.
    pattern: new RegExp(
      String.raw`^(?:an? (?:photo|video|post) (?:posted|shared) by [^\n]{1,160}|view this (?:post|profile) on (?:instagram|facebook|x|twitter|tiktok)[^\n]{0,80}|[^\n]{0,600}?(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)\s*(?:[—–-]\s*[^\n]{0,80}\(@\w+\)\s*)?(?:${MONTH_NAME}\s+\d{1,2},\s+\d{4})?)$`,
      'iu',
    ),
  },
  {
    kind: 'byline',
    rule: 'agency-byline',
    // An agency's byline block: "AP", "Associated Press", "By Jane Roe, Reuters", "AP Miami".
    hint: (line) => line.length <= 80,
    pattern: new RegExp(
      String.raw`^(?:By\s+${NAME}\s*[,|]?\s*)?(?:${AGENCY_SPELLINGS})(?:\s+(?:[Ss]taff|[Ww]riter|[Cc]orrespondent))?(?:\s+\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})?$`,
      'u',
    ),
    credits: true,
  },
  {
    kind: 'related-link',
    rule: 'caps-line',
    // A line in capitals inside the story, with no digits: a promo or a related story's
    // headline ("FLOODS SWEEP THE NORTH: LIVE UPDATES"): five words or more, letters only (a
    // table's row has digits, brackets or signs). Desk codes are END_RULES.
    hint: (line) => !/[a-z]/.test(line),
    bodyOnly: true,
    shapeOnly: true,
    pattern: /^(?=[\p{Lu}\s'’:,!?.-]*$)(?=(?:[^\p{L}\n]*\p{Lu}){10})(?:\S+\s+){4,}\S+$/u,
  },
  {
    kind: 'related-link',
    rule: 'title-case-line',
    // A related story's headline pasted between paragraphs, in Title Case with no full stop:
    // "Rescuers Reach Village Cut Off By Floods After Three Days". Subheads go too; a list of
    // names (commas), a table's row (digits, brackets), a line ending as a sentence does or
    // closing a quotation is story text. (Each word matches one way only: a line of thousands
    // of capitalised words that fails at its end must not be tried in every split.)
    hint: (line) => /^\p{Lu}/u.test(line) && !/[.,;:\s"”’']/.test(line.slice(-1)),
    bodyOnly: true,
    shapeOnly: true,
    pattern:
      /^(?!(?:[Aa]lso|ALSO|[Rr]ead|READ|[Ss]ee|SEE|[Mm]ust|MUST|[Ww]atch|WATCH)\b)(?![^\n]*,[^\n]*,)(?![^\n]*[\d()=])(?=[^\n]*[^.,;:\s"”’']$)(?=(?:\S+\s+){5,})(?:(?:[\p{Lu}\d'"‘“(]\S*|(?:a|an|and|as|at|but|by|for|from|in|into|of|off|on|or|over|per|the|to|up|via|vs\.?|with|is|are|be|was|after|amid)(?!\S))\s+)+[\p{Lu}\d'"‘“(]\S*$/u,
  },
];

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
