// Stage: a body the scraper pasted two or three times. The first copy stays; every later copy
// (a run of paragraphs equal to the story's opening, its dateline and all) is cut as `repeat`.
// Only runs of two or more paragraphs, or one long paragraph, count: a short line said twice
// ("Police said.") is the story's own. A copy of the headline just above a copy is part of it.

import { startsWithDateline } from './dateline.js';
import { type Block, blockText, type Draft } from './draft.js';

/** One repeated paragraph alone counts only when at least this long. */
const MIN_SINGLE_REPEAT = 200;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function cutRepeats(d: Draft): void {
  const blocks = d.blocks;
  if (blocks.length < 2) return;
  const first = squash(blockText(d, blocks[0] as Block));
  // A paragraph is squashed only when it may hold a copy of the first: it must be as long and
  // contain the first paragraph's last word (squashing changes only spaces). Most are not.
  const lastWord = first.slice(first.lastIndexOf(' ') + 1);
  const squashed: (string | undefined)[] = [first];
  const textOf = (k: number): string => {
    let t = squashed[k];
    if (t === undefined) {
      const raw = blockText(d, blocks[k] as Block);
      t = raw.length >= first.length && raw.includes(lastWord) ? squash(raw) : '';
      squashed[k] = t;
    }
    return t;
  };
  const headline = d.headline ? squash(blockText(d, d.headline)) : null;
  const kept: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const here = textOf(i);
    // The copy may still carry the dateline the first copy lost: "KABUL (AP) — <first paragraph>".
    const opensCopy = i > 0 && (here === first || (here.endsWith(first) && startsWithDateline(here)));
    let run = 0;
    if (opensCopy) {
      run = 1;
      const same = (k: number) => squash(blockText(d, blocks[i + k] as Block)) === squash(blockText(d, blocks[k] as Block));
      while (i + run < blocks.length && run < i && same(run)) run++;
    }
    if (run >= 2 || (run === 1 && first.length >= MIN_SINGLE_REPEAT)) {
      // The scraper pasted the headline again above the copy: it goes with it.
      const above = kept.at(-1);
      const withHeadline = above !== undefined && headline !== null && squash(blockText(d, above)) === headline;
      if (withHeadline) kept.pop();
      const start = withHeadline ? (above as Block).start : (blocks[i] as Block).start;
      const end = (blocks[i + run - 1] as Block).end;
      d.removed.push({ kind: 'repeat', rule: 'repeated-body', start, end });
      d.trace?.(`repeats: ${run} paragraphs repeated`);
      i += run;
      continue;
    }
    kept.push(blocks[i] as Block);
    i++;
  }
  d.blocks = kept;
}
