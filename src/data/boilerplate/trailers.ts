// Wire trailers as rules: reporting and contributor credits, "X reported from Y", correction
// notes, contact lines and codes, keywords and topics, AP's coverage links, separators and end
// marks. A new wire's trailer goes here, with a row in tests/boilerplate.test.ts.

import { NAME } from './patterns.js';
import type { BoilerplateRule } from './rule.js';

/** Wire trailers, in the order they are tried. */
export const TRAILER_RULES: readonly BoilerplateRule[] = [
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
    rule: 'version-note',
    // A wire's note on what this version changed, in brackets on its own line: "(Updates with
    // minister's comments)", "(Adds quote in paragraph 5)", "(Recasts, adds details)".
    pattern: /^\(\s*(?:updates?|adds?|recasts?|rewrites?|corrects?|changes?|fixes?|refiles?|repeats?)\b[^()\n]{0,160}\)$/i,
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
];
