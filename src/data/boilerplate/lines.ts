// Bylines, related-story labels and lines, embeds and lines judged by their shape (capitals,
// Title Case), then LINE_RULES: every line rule in the order they are tried (first match wins).

import { MONTH_NAME } from '../../text/dates.js';
import { AGENCY_SPELLINGS, namesAgency } from '../agencies.js';
import { CAPTION_RULES } from './captions.js';
import { FURNITURE_RULES, PROMO_RULES } from './furniture.js';
import { OUTLET_NOTICES } from './notices.js';
import { NAME } from './patterns.js';
import type { BoilerplateRule } from './rule.js';
import { TRAILER_RULES } from './trailers.js';

/** Bylines, related lines, embeds and shape rules, in the order they are tried. */
const BYLINE_AND_RELATED_RULES: readonly BoilerplateRule[] = [
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
    hint: (line) => line.length <= 80 && namesAgency(line),
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

/** Lines that are not the story, in the order they are tried (first match wins). */
export const LINE_RULES: readonly BoilerplateRule[] = [
  ...OUTLET_NOTICES,
  ...TRAILER_RULES,
  ...FURNITURE_RULES,
  ...PROMO_RULES,
  ...CAPTION_RULES,
  ...BYLINE_AND_RELATED_RULES,
];
