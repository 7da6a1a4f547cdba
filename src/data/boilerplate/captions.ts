// Photo credits and captions as rules: credit lines, captions closed by a credit, captions that
// open as captions do ("FILE -", "In this ... file photo"), wire captions with position markers.
// A caption goes whole; the names in it are never people of the story.

import { AGENCY_SPELLINGS } from '../agencies.js';
import { CAPTION_DATE, CAPTION_VERB, CREDIT_PERSON, CREDIT_WORDS, PHOTO_LABEL, POSITION } from './patterns.js';
import type { BoilerplateRule } from './rule.js';

/** Credits and captions, in the order they are tried. */
export const CAPTION_RULES: readonly BoilerplateRule[] = [
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
    // "Photo Credit: PTI", "(Image courtesy: City Archive)"; after a caption's last sentence too,
    // behind a bar: "... at the harbour on Monday. | Photo Credit: Reuters".
    // Without a colon or dash, a name must follow: "Video credits are rolling" is a sentence.
    pattern:
      /^(?:\|\s*)?\(?\s*(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|PICTURE|[Pp]ic|PIC|[Vv]ideo|VIDEO|[Gg]raphic|GRAPHIC|[Ii]llustration|ILLUSTRATION|[Cc]over [Ii]mage|COVER IMAGE|[Ff]eatured [Ii]mage|FEATURED IMAGE)[sS]?\s*(?:[Cc]redits?|CREDITS?|[Cc]ourtesy|COURTESY)(?:\s*[:|–—-]\s*[^\n]{1,120}?|\s+\p{Lu}[^\n.!?]{0,80}?)\)?$/u,
    tail: true,
    credits: true,
  },
  {
    kind: 'credit',
    rule: 'agency-photo',
    credits: true,
    hint: (line) => line.startsWith('(') && line.endsWith(')'),
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
];
