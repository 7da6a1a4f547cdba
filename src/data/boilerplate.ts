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
  hint?: RegExp;
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
const STAMP_TOKEN = String.raw`(?:\d{1,4}(?:[:/]\d{1,4}){0,2}(?!\d)(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|ist|gmt|utc|[ecmp][sd]?t|bst|cet|cest|jst|hkt|sgt|am|pm|a\.m|p\.m|hrs|at|on|(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?:?)(?![a-z])\.?`;
const STAMP_LABEL = String.raw`(?:last\s+|first\s+)?(?:updated|published|posted|modified)`;

/** Credits in a photo line: a few capitalised words, handles, slashes ("AP/Jane Doe", "X/@ANI"). */
const CREDIT_NAME = String.raw`[\p{Lu}\p{N}@#][\p{L}\p{N}@#.&'’_-]*`;
const CREDIT_WORDS = String.raw`${CREDIT_NAME}(?:\s*[/,]\s*|\s+(?:via\s+|and\s+|of\s+)?)?(?:${CREDIT_NAME}(?:\s*[/,]\s*|\s+(?:via\s+|and\s+)?)?){0,5}`;
const PHOTO_LABEL = String.raw`(?:[Ff]ile [Pp]hoto|FILE PHOTO|[Pp]hotos?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]ictures?|PICTURES?|[Pp]ic|PIC|[Gg]raphics?|GRAPHICS?|[Vv]ideo|VIDEO|[Rr]epresentational [Ii]mage)`;
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
      String.raw`^(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Gg]raphics)\s+[Bb]y\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,4}(?:\s+in\s+${NAME}(?:\s*(?:,|and)\s*${NAME}){0,3})?\s*(?:;|\.|$)\s*){1,5}$`,
      'u',
    ),
    joins: true,
  },
  {
    kind: 'trailer',
    rule: 'contributed',
    // "Associated Press writers Jane Doe and John Roe contributed to this report."
    hint: /contributed/i,
    pattern:
      /^[^\n]{0,240}\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))(?:\s+(?:from|in)\s+[^\n]{1,80})?\.?$/i,
    joins: true,
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
    rule: 'email-line',
    // "(jane.doe@example.com; +44 20 7000 0000)"
    pattern: /^\(?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[;,]\s*[^()\n]{0,160})?\s*\)?\.?$/,
    tail: true,
  },
  { kind: 'trailer', rule: 'keywords', pattern: /^(?:key\s?words?|tags?)\s*:\s*[^\n]{1,400}$/i },
  {
    kind: 'trailer',
    rule: 'more-coverage',
    // AP: "Follow AP's coverage of the elections at https://..."; "More AP coverage: ..."
    pattern:
      /^(?:(?:find|follow|read|see|for)\s+(?:more\s+(?:of\s+)?)?(?:the\s+)?(?:ap|associated press)(?:['’]s)?\s+(?:full\s+)?coverage|more\s+(?:of\s+)?(?:the\s+)?(?:ap|associated press)(?:['’]s)?\s+(?:coverage|stories))\b[^\n]{0,240}$/i,
  },
  // "End it" and AP's rule line before the contributor lines ("___") are never story text.
  { kind: 'trailer', rule: 'end-it', pattern: /^(?:end\s?it|ends|\(end\)|-+\s*end\s*-+)\.?$/i },
  { kind: 'trailer', rule: 'separator-line', pattern: /^(?:_{2,}|-{3,}|={3,}|\*\s?\*\s?\*)$/ },
  { kind: 'trailer', rule: 'end-mark', pattern: /^(?:[■□▪◼◾]+(?:\s*[■□▪◼◾]+)*|#{3}|-\s?30\s?-)$/ },
  // Page furniture.
  {
    kind: 'header',
    rule: 'page-stamp',
    // "Updated: Jan 5, 2024 10:32 IST", "First Published: 05 Jan 2024, 10:32 AM | Last Updated: ..."
    pattern: new RegExp(
      String.raw`^(?=[^\n]{0,160}$)(?=[^\n]*\d)${STAMP_LABEL}(?:\s+(?:on|at))?\s*[:|–—-]?\s*(?:${STAMP_TOKEN}[\s,|–—-]*){1,16}$`,
      'i',
    ),
  },
  {
    kind: 'ad',
    rule: 'ad-label',
    pattern:
      /^(?:advertisement|advertisment|advt\.?|ad|sponsored(?: content)?|promoted(?: content| stories)?|story continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading (?:below|after (?:this )?(?:advertisement|ad))|scroll (?:down )?to continue(?: with content)?|article continues (?:below|after (?:this )?(?:advertisement|ad)))$/i,
  },
  { kind: 'ad', rule: 'ads-by', pattern: /^(?:ads|ad|promoted|sponsored)(?: content| stories| links)? by [^\n]{1,40}$/i },
  {
    kind: 'ad',
    rule: 'widget-label',
    pattern:
      /^(?:recommended (?:stories|articles|videos|for you|reading)(?: for you)?|you may (?:also )?like|you might (?:also )?like|trending(?: now| stories| news| videos| topics)?|top stories|popular (?:stories|now)|most (?:read|popular|viewed)|in case you missed it|more from [^\n]{1,40}|from around the web)$/i,
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
    rule: 'image-credit',
    pattern:
      /^\(?\s*(?:photo|image|picture|pic|video|graphic|illustration|cover image|featured image)s?\s*(?:credits?|courtesy)\s*[:|–—-]?\s*[^\n]{1,120}?\)?$/i,
  },
  {
    kind: 'credit',
    rule: 'agency-photo',
    // "(AP Photo/Jane Doe)", "(PTI Photo)", "(Photo by Jane Doe/Getty Images)"
    pattern: new RegExp(
      String.raw`^\(\s*(?:(?:${AGENCY_SPELLINGS})\s*(?:[Pp]hoto|PHOTO|[Pp]ic|[Ii]mage)s?(?:\s*/\s*[^()\n]{1,60})?|(?:[Pp]hoto|PHOTO|[Ii]mage)s? by [^()\n]{1,60})\s*\)$`,
      'u',
    ),
  },
  {
    kind: 'credit',
    rule: 'agency-photo-caption',
    // A picture's caption closed by its credit: "Firefighters at the site on Monday. (AP Photo/Jane Doe)"
    hint: /\)$/,
    pattern: new RegExp(
      String.raw`^[^\n]{8,400}\(\s*(?:(?:${AGENCY_SPELLINGS})\s*(?:[Pp]hoto|PHOTO|[Pp]ic|[Ii]mage)s?(?:\s*/\s*[^()\n]{1,60})?|(?:[Pp]hoto|PHOTO|[Ii]mage)s? by [^()\n]{1,60})\s*\)$`,
      'u',
    ),
  },
  {
    kind: 'credit',
    rule: 'photo-credit',
    // The label and only a credit after it: "(Photo: Reuters)", "Image: X/@ANI", "Photo | PTI".
    pattern: new RegExp(String.raw`^\(?\s*${PHOTO_LABEL}\s*[:|]\s*${CREDIT_WORDS}\s*\)?$`, 'u'),
  },
  {
    kind: 'credit',
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
    kind: 'credit',
    rule: 'file-photo-caption',
    pattern: /^(?:file (?:photo|image|picture)|representational (?:image|photo|picture)) (?:of|shows?|showing) [^\n]{1,240}$/i,
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
    pattern:
      /^(?:also read|read also|read more|also watch|also see|see also|must read|must watch|related(?: stories| news| articles?| videos?| links?)?|more stories)\s*[:|–—-]?$/i,
  },
];

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
  /\b(?:also\s+read|read\s+also|read\s+more|also\s+watch|also\s+see|see\s+also|must\s+read|must\s+watch|watch)\b/giu;
/** Words every label holds: a line without them has no label, and needs no slower look. */
export const RELATED_HINT = /read|watch|see/iu;
/** A separator after the label. */
export const RELATED_SEPARATOR = /\s*(?:[|:]|\s[-–—]|[-–—]\s)\s*/y;
/** Labels that may stand without a separator before a Title Case headline. */
export const CAPITALISED_LABEL =
  /^(?:ALSO READ|Also Read|READ ALSO|Read Also|READ MORE|Read More|ALSO WATCH|Also Watch|ALSO SEE|Also See|SEE ALSO|See Also|MUST READ|Must Read)$/;
/** Labels that are related links only with a separator. */
export const SEPARATOR_ONLY_LABEL = /^watch$/i;

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
  'The A An He She It They We This These Those His Her Their Its There Police Officials'.split(' '),
);
