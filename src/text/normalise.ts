// Repairs the text in one pass and keeps a map back to the input, so every later stage can
// work on clean text while every span it reports still points into the input as given.
//
// Repairs: HTML entities (`&quot;` -> `"`), CRLF and lone CR -> LF, non-breaking and other
// odd spaces -> space, zero-width characters dropped, and what scrapers do to paragraphs:
// paragraphs glued with no space ("...the players.New Delhi", "...were rescuedTwo girls"),
// table cells joined by a run of spaces and a comma, quote marks left escaped (`\“`). Each kind
// of repair is reported once as a warning with its count. It does not touch quote marks or
// dashes otherwise: later stages read them as they are.

import { decodeHTMLStrict } from 'entities';
import { CONTINUATION_CHAR, WINDOWS_1252_HIGH } from '../data/windows-1252.js';
import { ABBREVIATED_TITLES } from '../data/words.js';
import type { RemovedKind, Warning } from '../types.js';

/** One replaced stretch: input [inStart, inEnd) became output [outStart, outEnd). */
interface Edit {
  inStart: number;
  inEnd: number;
  outStart: number;
  outEnd: number;
}

export interface NormText {
  /** The repaired text that every stage reads. */
  readonly text: string;
  /** Maps an offset in `text` to the input offset where that character starts. */
  toInputStart(offset: number): number;
  /** Maps an end offset in `text` to the input offset where that stretch ends. */
  toInputEnd(offset: number): number;
  readonly warnings: Warning[];
  /** What the repair cut as not the story (codes, ad slots inside sentences), with input offsets. */
  readonly cuts: readonly NormCut[];
}

export interface NormCut {
  kind: RemovedKind;
  rule: string;
  start: number;
  end: number;
}

const ENTITY = String.raw`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`;
const NEWLINE = String.raw`\r\n?|\n`;
const ODD_SPACE = String.raw`[\u00A0\u2000-\u200A\u202F\u205F\u3000]`;
const ZERO_WIDTH = String.raw`[\u200B-\u200D\u2060\uFEFF\u00AD]`;
/** A UTF-8 sequence read as Windows-1252: a lead character and its continuation characters. */
// Read as Latin-1 rather than Windows-1252, a continuation byte is a C1 control character.
const C = `(?:${CONTINUATION_CHAR}|[\u0080-\u009F])`;
// A lead character may come decomposed (NFD): "Ã" as "A" and a combining tilde.
const MOJIBAKE = String.raw`(?:[\u00C2-\u00DF]|[ACEINOUY][\u0300-\u036F])${C}|(?:[\u00E0-\u00EF]|[aceiy][\u0300-\u036F])${C}{2}|(?:[\u00F0-\u00F4]|[no][\u0300-\u036F])${C}{3}`;
const WHOLLY_MOJIBAKE = new RegExp(`^(?:${MOJIBAKE})+$`);
/** Block tags break paragraphs; other tags and comments are dropped. Only real tag shapes. */
// A line break tag takes the source's own line ending after it ("<br/>&#13;\n" is one break).
const BLOCK_TAG = String.raw`<br\b[^<>]{0,300}>(?:&#13;|&#x0?[dD];)?(?:\r?\n)?|<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table)\b[^<>]{0,300}>`;
// (Also the tags of SGML wire archives: <DOC id=...>, <DATE_TIME>, <HEADLINE>.)
const INLINE_TAG = String.raw`<\/?[a-zA-Z][a-zA-Z0-9_]{0,15}\b[^<>]{0,300}>|<!--[^]{0,2000}?-->`;
const LIGATURE = String.raw`[\uFB00-\uFB06]`;
const CSV_DOUBLED = '""';
/**
 * A paragraph glued to the next with no space: a sentence's end mark between a lower-case word
 * and a capitalised one ("the players.New Delhi"), or a lower-case word run straight into a
 * capitalised one ("were rescuedTwo minor girls"). Not "Amazon.com", "U.S.Army", "e.g.The",
 * "iPhone", "#indiaFirst" or a link: the word before must be four lower-case letters or more
 * (two before an end mark) and start a word. A caption's closing bracket glued to the next
 * sentence ('(Credits: X/Instagram)"The man ...', '(Credits: X/Instagram)Their defeat') splits too.
 */
const GLUED_AT_MARK = String.raw`[.!?](?<=[a-z]{2}.)["”’]?(?=[A-Z][a-z])|\)(?<=\([^()\n]{0,80}\s[^()\n]{0,80}[a-z]\))(?=["“]?[A-Z][a-z])`;
const GLUED_IN_WORD = String.raw`[A-Z](?<=(?:^|[\s(“"‘'])[a-z]{4,}[A-Z])(?=[a-z]{2})`;
/** Table cells a scraper joined with a run of spaces and a comma ("...sanctions.        , LVIV"). */
const CELL_JOIN = String.raw`[ \t]*[ \t]{8},[ \t]*`;
/** Where cells are joined so, the same join without its padding ("the region., She said"). */
const BARE_CELL_JOIN = String.raw`(?<=[.!?"”])[ \t]?,[ \t]+(?=[A-Z])`;
/**
 * Codes inside sentences, cut without breaking the sentence (each with the space before it):
 * tickers "(MSFT.O)", "(.SPX)"; story and market codes "[IDnL4N2X01]", "[O/R]"; wire codes "< E3 FACTBOX ... >";
 * "[Interactive graphic on ...]"; short links "reut.rs/2OA2V0i"; and an ad slot left inside a
 * sentence ("the minister said ADVERTISEMENT the plan"). A word of the story is never one:
 * "(U.S.)", "x < 5", "Advertisement revenue fell" and "the Advertisement Council" stay.
 */
// Each starts with the one character it needs, so that the scan skips ahead to it.
const TICKER = String.raw`\((?:[A-Z0-9]{2,7}\.[A-Z]{1,3}|\.[A-Z]{2,8})\)(?=[\s,.;:)]|$)`;
const STORY_CODE = String.raw`\[(?:(?:ID:?)?n[A-Z0-9]{6,14}|[A-Z0-9]{1,8}\/[A-Z0-9/]{1,12}|\.[A-Z]{1,4})\]`;
const ANGLE_CODE = String.raw`<\s?(?:\^|[A-Z][A-Z0-9]{1,5}\s)[^<>\n]{0,100}>`;
const GRAPHIC_CODE = String.raw`\[(?:[Ii]nteractive\s+)?(?:[Gg]raphic|[Cc]hart|[Ff]actbox|FACTBOX)s?\b[^\]\n]{0,120}\]`;
// (Not t.co: its links end an embedded post's text, which the boilerplate stage cuts whole.)
const SHORT_LINK_HOSTS = [
  'reut.rs',
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'trib.al',
  'apne.ws',
  'nyti.ms',
  'wapo.st',
  'bbc.in',
  'cnn.it',
];
const SHORT_LINK_HOST = SHORT_LINK_HOSTS.map((h) => h.replace('.', '\\.')).join('|');
const SHORT_LINK = String.raw`\b(?:${SHORT_LINK_HOST})\/[A-Za-z0-9_-]{3,}`;
const SHORT_LINK_ANYWHERE = new RegExp(String.raw`(?:${SHORT_LINK_HOST})\/`);
const INLINE_AD = String.raw`A(?<=[a-z,] A)(?:DVERTISEMENT|dvertisement)(?= [a-z])|A(?<=[.!?"”] A)(?:DVERTISEMENT|dvertisement)(?= [A-Z])|A(?<= A)DVERTISEMENT(?= [A-Z])`;
/**
 * What an embedded social post leaves inside a flattened paragraph, after a sentence: "... for
 * the weekend. View this post on Instagram Instagram PostThe mayor ...", with the platform's own
 * label and "A post shared by Name (@handle)" when they follow. The line-level rule is the
 * boilerplate stage's `social-embed`.
 */
const INLINE_EMBED = String.raw`V(?<=[.!?"”’] V)iew this (?:post|profile|video) on (?:Instagram|Facebook|TikTok|Twitter|X)(?: (?:Instagram|Facebook|TikTok) (?:Post|Video|Reel))?(?: A post shared by [^()
]{1,60}\(@[\w.]+\))?(?=\s|[A-Z]|$)`;
/**
 * Reuters instrument codes left bare between a company's name and its verb: "MicroStrategy
 * MSTR.O raising", "Bitcoin BTC=BTSPrallied" (glued to the next word), "Hanamura 6987.T lost".
 * Two capitals or more (or four digits), then ".X" or "=X": never a word of the story ("U.S.",
 * "D.C.", "PTI.New", "3.2%" are not).
 */
const BARE_CODE = String.raw`[A-Z](?<= [A-Z])[A-Z0-9]{1,5}(?:\.[A-Z]{1,2}(?=[ ,;])|=[A-Z]{0,6}(?=[ a-z,.]))|\d(?<= \d)\d{3}\.[A-Z]{1,2}(?=[ ,;])`;

/** A quote mark left escaped by a JSON or SQL dump (\“Yes,\” she said). */
const ESCAPED_QUOTE = String.raw`\\(?=["“”‘’])`;
/** Two single marks standing for one double: ``We won,'' he said. */
const PAIRED_SINGLES = "(?<!['‘’`])(?:''|‘‘|’’|``)(?!['‘’`])";
const PAIRED_SINGLE_REPAIR: Record<string, string> = { "''": '"', '‘‘': '“', '’’': '”', '``': '“' };

/** The repairs, in the order their alternatives are tried at each position. */
const REPAIRS = [
  { kind: 'html-entity', pattern: ENTITY },
  { kind: 'line-ending', pattern: NEWLINE },
  { kind: 'odd-space', pattern: ODD_SPACE },
  { kind: 'zero-width', pattern: ZERO_WIDTH },
  { kind: 'mojibake', pattern: `(?:${MOJIBAKE})+` },
  { kind: 'html-block-tag', pattern: BLOCK_TAG },
  { kind: 'html-tag', pattern: INLINE_TAG },
  { kind: 'ligature', pattern: LIGATURE },
  { kind: 'paired-single-quotes', pattern: PAIRED_SINGLES },
  { kind: 'glued-paragraphs', pattern: GLUED_AT_MARK, when: 'glued' },
  { kind: 'glued-paragraphs', pattern: GLUED_IN_WORD, when: 'glued' },
  { kind: 'csv-doubled-quotes', pattern: CSV_DOUBLED, when: 'csv' },
  { kind: 'joined-cells', pattern: CELL_JOIN, when: 'cells' },
  { kind: 'joined-cells', pattern: BARE_CELL_JOIN, when: 'cells' },
  { kind: 'escaped-quotes', pattern: ESCAPED_QUOTE, when: 'escapes' },
  { kind: 'ticker', pattern: TICKER, when: 'codes' },
  { kind: 'story-code', pattern: STORY_CODE, when: 'codes' },
  { kind: 'wire-code', pattern: ANGLE_CODE, when: 'codes' },
  { kind: 'graphic-code', pattern: GRAPHIC_CODE, when: 'codes' },
  { kind: 'short-link', pattern: SHORT_LINK, when: 'links' },
  { kind: 'inline-ad', pattern: INLINE_AD, when: 'ads' },
  { kind: 'inline-embed', pattern: INLINE_EMBED, when: 'embeds' },
  { kind: 'ticker', pattern: BARE_CODE, when: 'codes' },
] as const;

type RepairKind = (typeof REPAIRS)[number]['kind'] | 'hard-wrap';
/** Repairs that cut what is not the story rather than mend it: reported as removed, not as warnings. */
const CUT_KINDS: Readonly<Partial<Record<RepairKind, RemovedKind>>> = {
  ticker: 'code',
  'story-code': 'code',
  'wire-code': 'code',
  'graphic-code': 'code',
  'short-link': 'code',
  'inline-ad': 'ad',
  'inline-embed': 'embed',
};

/** A glued paragraph somewhere: "word.Word" or "wordsWord". */
const GLUED_ANYWHERE = /[A-Z](?<=[a-z][.!?)]["”’]?[A-Z]|[a-z]{4}[A-Z])[a-z]/;
/** A code somewhere: "(MSFT.O)", "(.SPX)", "[nL4N...", "[O/R]", "< E3 ...", "[Interactive graphic". */
const CODE_ANYWHERE =
  /\.[A-Z]{1,8}\)| [A-Z]{2,6}\.[A-Z]{1,2}[ ,;]| \d{4}\.[A-Z]{1,2}[ ,;]| [A-Z]{2,6}=|\[(?:ID:?n|n[A-Z0-9]|[A-Z0-9]{1,8}\/|\.[A-Z]|[Ii]nteractive|[Gg]raphic|[Cc]hart|[Ff]actbox|FACTBOX)|<\s?[\^A-Z]/;

/** Repairs that apply only when the whole input shows the habit they undo. */
type Habit = 'csv' | 'cells' | 'escapes' | 'links' | 'glued' | 'codes' | 'ads' | 'embeds';

/** `""` used as quote marks: at least this many pairs before they are read as CSV escaping. */
const MIN_CSV_PAIRS = 2;
/** Cells joined by padding and a comma: at least this many joins. */
const MIN_CELL_JOINS = 2;
/** Escaped quote marks: at least this many (one may be a real backslash). */
const MIN_ESCAPED_QUOTES = 2;

function habitsOf(input: string): Habit[] {
  const habits: Habit[] = [];
  if ((input.match(/(?<!")""(?!")/g)?.length ?? 0) >= MIN_CSV_PAIRS) habits.push('csv');
  if (input.includes('        ,') && (input.match(/[ \t]{8},/g)?.length ?? 0) >= MIN_CELL_JOINS) habits.push('cells');
  if (input.includes('\\') && (input.match(/\\["“”‘’]/g)?.length ?? 0) >= MIN_ESCAPED_QUOTES) habits.push('escapes');
  if (input.includes('/') && SHORT_LINK_ANYWHERE.test(input)) habits.push('links');
  // The rest are looked for only where a cheap test finds their shape: each costs the scan a
  // try at every capital, full stop or bracket of every story otherwise.
  if (GLUED_ANYWHERE.test(input)) habits.push('glued');
  if (CODE_ANYWHERE.test(input)) habits.push('codes');
  if (input.includes('DVERTISEMENT') || input.includes('dvertisement')) habits.push('ads');
  if (input.includes('View this p') || input.includes('View this v')) habits.push('embeds');
  return habits;
}

/** The repairs that apply, as one alternation (the text is scanned once), and the kind of each group. */
interface RepairPattern {
  regex: RegExp;
  kinds: RepairKind[];
}
const compiled = new Map<string, RepairPattern>();
/** A habit's repairs only where it shows: a repair that cannot match costs a try at every position. */
function repairPattern(habits: readonly Habit[]): RepairPattern {
  const key = habits.join(',');
  let pattern = compiled.get(key);
  if (!pattern) {
    const used = REPAIRS.filter((r) => !('when' in r) || habits.includes(r.when));
    pattern = { regex: new RegExp(used.map((r) => `(${r.pattern})`).join('|'), 'g'), kinds: used.map((r) => r.kind) };
    compiled.set(key, pattern);
  }
  return pattern;
}

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const REPAIR_MESSAGES: Record<RepairKind, string> = {
  'html-entity': 'HTML entities decoded',
  'line-ending': 'CR and CRLF line endings changed to LF',
  'odd-space': 'non-breaking and other unusual spaces changed to plain spaces',
  'zero-width': 'zero-width characters and soft hyphens removed',
  mojibake: 'UTF-8 text that had been read as Windows-1252 repaired (â€œ -> “)',
  'html-block-tag': 'HTML paragraph and line-break tags turned into line breaks',
  'html-tag': 'leftover HTML tags removed',
  ligature: 'typographic ligatures spelled out',
  'paired-single-quotes': "two single quote marks ('' or ``) standing for one double mark made one",
  'csv-doubled-quotes': 'doubled "" quote marks from CSV escaping made single',
  'glued-paragraphs': 'paragraphs glued together with no space split apart',
  'joined-cells': 'table cells joined by spaces and a comma split into paragraphs',
  'escaped-quotes': 'backslashes before quote marks removed',
  ticker: 'ticker codes cut',
  'story-code': 'story codes cut',
  'wire-code': 'wire codes cut',
  'graphic-code': 'graphic links cut',
  'short-link': 'short links cut',
  'inline-ad': 'ad slots inside sentences cut',
  'inline-embed': 'labels of embedded posts inside paragraphs cut',
  'hard-wrap': 'lines hard-wrapped inside paragraphs joined',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Undoes one mojibake sequence, or null when its bytes are not valid UTF-8. */
function repairMojibake(decomposed: string): string | null {
  const seq = decomposed.normalize('NFC');
  const bytes = new Uint8Array(seq.length);
  for (let i = 0; i < seq.length; i++) {
    const ch = seq[i] as string;
    const code = ch.charCodeAt(0);
    bytes[i] = WINDOWS_1252_HIGH.get(ch) ?? code;
    if (code > 0xff && !WINDOWS_1252_HIGH.has(ch)) return null;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Hard-wrapped text: paragraphs separated by blank lines, and inside them lines broken at a
 * fixed width (50 to 100 characters), so that most lines run close to that width. Lines of
 * that length that fall short of each other (a headline, captions, stamps one per line) are
 * not wrapped. The width, or 0 when the text is not hard-wrapped; then a single line break
 * inside a paragraph is a space.
 */
const WRAP_MIN_LINES = 4;
const WRAP_SHARE = 0.6;
/** Share of a hard-wrapped text's lines that have another line of the paragraph below them. */
const WRAP_INSIDE_SHARE = 0.4;
/** How far short of the width a wrapped line may stop (the next word did not fit). */
const WRAP_SLACK = 20;
function wrapWidth(input: string): number {
  if (!/\n[ \t]*\r?\n|\r[ \t]*\r/.test(input)) return 0;
  const lines = input.split(/\r\n?|\n/);
  const inside: number[] = [];
  let nonEmpty = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    nonEmpty++;
    if ((lines[i + 1] ?? '').trim()) inside.push(line.length);
  }
  if (inside.length < WRAP_MIN_LINES || inside.length < nonEmpty * WRAP_INSIDE_SHARE) return 0;
  const widths = inside.filter((n) => n >= 50 && n <= 100).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const wrapped = inside.filter((n) => n >= width - WRAP_SLACK && n <= 100).length;
  return width > 0 && wrapped / inside.length >= WRAP_SHARE ? width : 0;
}
/** Shorter lines than this end a line on purpose (a headline, a sign-off), not by wrapping. */
const WRAP_MIN_LINE = 40;

function replacementFor(
  match: RegExpExecArray,
  kinds: RepairKind[],
  input: string,
  wrapped: number,
): { text: string; kind: RepairKind } | null {
  const group = match.findIndex((g, i) => i > 0 && g !== undefined);
  const kind = kinds[group - 1];
  const text = match[0];
  switch (kind) {
    case 'html-entity': {
      const decoded = decodeHTMLStrict(text);
      if (decoded === text || decoded.length > 2) return null; // not one known entity: leave it
      // A non-breaking space entity is a space to every later stage.
      return { text: decoded.replace(/\u00A0/g, ' '), kind };
    }
    case 'line-ending': {
      if (wrapped > 0 && isWrapBreak(input, match.index, text.length, wrapped)) return { text: ' ', kind: 'hard-wrap' };
      return text === '\n' ? null : { text: '\n', kind };
    }
    case 'odd-space':
      return { text: ' ', kind };
    case 'zero-width':
      return { text: '', kind };
    case 'mojibake': {
      // Text encoded twice (ç -> Ã§ -> ÃƒÂ§) is undone twice.
      let repaired = repairMojibake(text);
      for (let round = 0; round < 2 && repaired !== null && WHOLLY_MOJIBAKE.test(repaired); round++) {
        repaired = repairMojibake(repaired) ?? repaired;
      }
      return repaired === null ? null : { text: repaired.replace(/\u00A0/g, ' '), kind };
    }
    case 'html-block-tag':
      return { text: '\n', kind };
    case 'html-tag':
      return { text: '', kind };
    case 'ligature':
      return { text: LIGATURES[text] ?? text, kind };
    case 'paired-single-quotes':
      return { text: PAIRED_SINGLE_REPAIR[text] ?? text, kind };
    case 'csv-doubled-quotes':
      return { text: '"', kind };
    case 'glued-paragraphs': {
      // "wereTwo": the break goes before the capital.
      if (/^[A-Z]/.test(text)) return { text: `\n\n${text}`, kind };
      // "Mrs.Smith", "Gen.Rawat": a title's period, not a sentence's end.
      const word = /[A-Za-z]+$/.exec(input.slice(Math.max(0, match.index - 12), match.index))?.[0] ?? '';
      return ABBREVIATED_TITLES.has(word) ? null : { text: `${text}\n\n`, kind };
    }
    case 'joined-cells':
      return { text: '\n\n', kind };
    case 'escaped-quotes':
      return { text: '', kind };
    case 'inline-ad':
      // "... with money: Lara ADVERTISEMENT The USA, co-hosting ...": after no sentence end and
      // before a capital, the slot stood between two paragraphs of a flattened page.
      return {
        text:
          /^\s[A-Z]/.test(input.slice(match.index + text.length, match.index + text.length + 2)) &&
          !/[.!?"”]\s?$/.test(input.slice(match.index - 2, match.index))
            ? '\n\n'
            : '',
        kind,
      };
    case 'inline-embed':
      // The post stood between two paragraphs of a flattened page.
      return { text: '\n\n', kind };
    case 'ticker':
    case 'story-code':
    case 'wire-code':
    case 'graphic-code':
    case 'short-link':
      // A code glued to the next word leaves a space between its neighbours ("BTC=BTSPrallied").
      return { text: /[A-Za-z]/.test(input[match.index + text.length] ?? '') ? ' ' : '', kind };
    default:
      return null;
  }
}

/**
 * A single line break inside a paragraph, after a line that ran close to the width (or after a
 * long line the next one continues in lower case): not next to another break.
 */
function isWrapBreak(input: string, at: number, length: number, width: number): boolean {
  const lineStart = Math.max(input.lastIndexOf('\n', at - 1), input.lastIndexOf('\r', at - 1)) + 1;
  const lineLength = input.slice(lineStart, at).trim().length;
  if (lineLength < WRAP_MIN_LINE) return false;
  const after = input.slice(at + length, at + length + 200);
  if (!/^[ \t]*\S/.test(after) || /^[ \t]*[\r\n]/.test(after)) return false;
  return lineLength >= width - WRAP_SLACK || /^[ \t]*[a-z]/.test(after);
}

/** Repairs `input` and returns the repaired text with its map back to `input`. */
export function normaliseText(input: string): NormText {
  const edits: Edit[] = [];
  const cuts: NormCut[] = [];
  const counts = new Map<RepairKind, { n: number; first: number; firstEnd: number }>();
  let out = '';
  let last = 0;
  const wrapped = wrapWidth(input);
  const { regex: pattern, kinds } = repairPattern(habitsOf(input));
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m !== null; m = pattern.exec(input)) {
    const r = replacementFor(m, kinds, input, wrapped);
    if (!r) continue;
    const cutKind = CUT_KINDS[r.kind];
    // A code is cut with the space before it ("rose (MSFT.O) 2%" -> "rose 2%"); the record shows the code alone.
    const from = cutKind && m.index > last && input[m.index - 1] === ' ' ? m.index - 1 : m.index;
    out += input.slice(last, from);
    const outStart = out.length;
    out += r.text;
    edits.push({ inStart: from, inEnd: m.index + m[0].length, outStart, outEnd: out.length });
    last = m.index + m[0].length;
    if (cutKind) {
      cuts.push({ kind: cutKind, rule: r.kind, start: m.index, end: last });
      continue;
    }
    const c = counts.get(r.kind);
    if (c) c.n++;
    // Warning spans are input offsets already: the repair is what maps them.
    else counts.set(r.kind, { n: 1, first: m.index, firstEnd: last });
  }
  if (edits.length === 0) return identity(input);
  out += input.slice(last);
  const warnings: Warning[] = [];
  for (const [kind, c] of counts) {
    // Line endings are routine, not odd input: repaired silently.
    if (kind === 'line-ending') continue;
    warnings.push({ code: kind, message: `${REPAIR_MESSAGES[kind]} (${c.n})`, start: c.first, end: c.firstEnd });
  }
  return {
    text: out,
    warnings,
    cuts,
    toInputStart: (o) => mapStart(edits, o),
    toInputEnd: (o) => mapEnd(edits, o),
  };
}

function identity(text: string): NormText {
  return { text, warnings: [], cuts: [], toInputStart: (o) => o, toInputEnd: (o) => o };
}

/**
 * An end offset: just after the input of the last character kept (o - 1). Text a repair
 * deleted right after it ("1 / 4</span></p>") is not part of the span.
 */
function mapEnd(edits: Edit[], o: number): number {
  if (o <= 0) return mapStart(edits, 0);
  const e = lastEditFrom(edits, o - 1);
  if (e && o - 1 < e.outEnd) return e.inEnd;
  return mapStart(edits, o - 1) + 1;
}

/** The last edit whose output starts at or before `o`, or null (binary search). */
function lastEditFrom(edits: Edit[], o: number): Edit | null {
  let lo = 0;
  let hi = edits.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((edits[mid] as Edit).outStart <= o) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : (edits[found] as Edit);
}

/**
 * A start offset: the last edit starting at or before `o` shifts it by its delta; inside a
 * replacement it maps to where the replaced text began, and just past a deletion to after it.
 */
function mapStart(edits: Edit[], o: number): number {
  const e = lastEditFrom(edits, o);
  if (e === null) return o;
  return o >= e.outEnd ? e.inEnd + (o - e.outEnd) : e.inStart;
}
