// Nicknames inside names: `Rohan "Bunty" Mehra` is Rohan Mehra, whatever stands in the marks.
// Found from each space before an opening mark, and only in paragraphs whose tokens show one.
// Not here: what the stage does with such a name (candidates.ts makes it a person's, titled).

import { QUOTE, type Tokens } from '../../text/tokens.js';

/** "Rohan "Bunty" Mehra": a nickname in quote marks inside a name. */
const NICKNAMED = /(?<![\p{L}'’])(?<first>\p{Lu}[\p{L}'’-]+) ["“](?<nick>[^"“”\n]{1,30})["”] (?<last>\p{Lu}[\p{L}'’-]+)/gu;

/** What must follow the space after a nickname's first name: the nickname in marks, a space and the last name. */
const NICKNAME_AFTER = /["“][^"“”\n]{1,30}["”] \p{Lu}[\p{L}'’-]+/uy;

const SPACE_UNIT = /\s/;

/**
 * The matches of NICKNAMED in `text`, as `text.matchAll(NICKNAMED)` gives them, found from each
 * space before an opening mark (" “") whose nickname and last name follow: most paragraphs
 * quote someone, and trying the pattern at every capital of every one of them cost more than
 * the rest of the scan. A first name ends at such a space and holds no white space, so no
 * match starts before the white space that comes before it.
 */
export function nicknamesIn(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0; // where matchAll would look next
  // The next ' "' and ' “', each looked for again only once passed.
  let straight = text.indexOf(' "');
  let curly = text.indexOf(' “');
  for (;;) {
    const space = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (space < 0) break;
    if (space === straight) straight = text.indexOf(' "', space + 1);
    if (space === curly) curly = text.indexOf(' “', space + 1);
    if (space < from) continue;
    NICKNAME_AFTER.lastIndex = space + 1;
    if (!NICKNAME_AFTER.test(text)) continue;
    let start = space;
    while (start > from && !SPACE_UNIT.test(text[start - 1] as string)) start--;
    NICKNAMED.lastIndex = start;
    const m = NICKNAMED.exec(text);
    if (m === null) break;
    found.push(m);
    from = m.index + m[0].length;
  }
  return found;
}

export const NO_MATCHES: RegExpExecArray[] = [];

/** Where each '"' or '“' right after a space is, in order: where nicknamesIn may find something. */
export function quoteOpeners(t: Tokens): number[] {
  const at: number[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== QUOTE) continue;
    const q = t.start[i] as number;
    const c = t.text.charCodeAt(q);
    if ((c === 0x22 || c === 0x201c) && t.text.charCodeAt(q - 1) === 0x20) at.push(q);
  }
  return at;
}
