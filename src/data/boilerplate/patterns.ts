// The parts the boilerplate rules are built from: the words of page stamps, photo credits and
// captions, and names in bylines. Regex source only; no rule here (see lines.ts).

import { MONTH_NAME } from '../../text/dates.js';

/** A month, weekday, time zone or number: the words of a page stamp's date. */
export const STAMP_TOKEN = String.raw`(?:\d{1,4}(?:[:/]\d{1,4}){0,2}(?!\d)(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|ist|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d\d)?)?|[ecmp][sd]?t|bst|cet|cest|eet|eest|wet|west|msk|jst|kst|hkt|sgt|pkt|wib|pht|ict|sast|eat|wat|aest|aedt|awst|am|pm|a\.m|p\.m|hrs|at|on|(?:last |first )?(?:updated|published|posted|modified|issued|created)(?: on| at)?:?)(?![a-z])\.?`;
export const STAMP_LABEL = String.raw`(?:last\s+|first\s+)?(?:updated|published|posted|modified|issued|created)`;
/** How a stamp's line starts: a digit, a month's or a day's name, or a label (a cheap first test). */
export const STAMP_STARTS = String.raw`(?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|first|updated|published|posted|modified|issued|created)`;
/** A stamp with no label holds a date: a month's name or d/m/y digits, and a year or a time. */
export const STAMP_HAS_DATE = String.raw`(?=[^\n]*(?:\b\d{4}\b|\d{1,2}[:.]\d{2}))(?=[^\n]*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}/\d{1,2}/\d{2,4}))`;

/** Credits in a photo line: a few capitalised words, handles, slashes ("AP/Jane Doe", "X/@ANI"). */
export const CREDIT_NAME = String.raw`[\p{Lu}\p{N}@#][\p{L}\p{N}@#.&'’_-]*`;
export const CREDIT_WORDS = String.raw`${CREDIT_NAME}(?:\s*[/,]\s*|\s+(?:via\s+|and\s+|of\s+)?)?(?:${CREDIT_NAME}(?:\s*[/,]\s*|\s+(?:via\s+|and\s+)?)?){0,5}`;
export const PHOTO_LABEL = String.raw`(?:[Ff]ile [Pp]hoto|FILE PHOTO|[Pp]hotos?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]ictures?|PICTURES?|[Pp]ic|PIC|[Gg]raphics?|GRAPHICS?|[Vv]ideo|VIDEO|[Rr]epresentational [Ii]mage)`;
/** A caption's date: "Oct. 27, 2013, ", "Tuesday, March 12, 2024, ", "May 17, 1989 ", "1978 ". */
export const CAPTION_DATE = String.raw`(?:\p{Lu}\p{Ll}+day,?\s+)?${MONTH_NAME}\s+\d{1,2}(?:,\s*\d{4})?,?\s+|\d{4},?\s+`;

/** A photographer in a credit line: "Denis Balibouse", "JANE ROE", "Jean-Luc de la Tour". */
export const CREDIT_PERSON = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s(?:de |la |van |von |da )*\p{Lu}[\p{L}.'’-]*){0,3}`;

/** Where a caption places someone: "(L)", "(R)", "(C)", "(2nd L)", "(L-R)". */
export const POSITION = String.raw`\((?:\d(?:st|nd|rd|th) )?[LRC](?:-[LRC])?\)`;
/** A caption's present-tense verb right after the marker: "(C) shakes hands", "(R) reacts". */
export const CAPTION_VERB = String.raw`(?:shakes|gestures|reacts|celebrates|poses|pose|looks|waves|arrives|speaks|attends|walks|sits|stands|holds|greets|listens|talks|smiles|hugs|applauds|competes|plays|returns|hits|leaves|receives|delivers|addresses|meets|prays|cries|jumps|runs|kicks|throws|lifts|signs|wears|points|raises)\b`;

/** "By Jane Doe", "By JANE DOE and John Roe", "Written by: Jane Doe | Reuters". */
export const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
