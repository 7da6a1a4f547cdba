// Whether a story is set in Title Case, as some feeds print whole stories ("Mayor Says Budget
// Cuts Will Hit Libraries"): there a quote in capitals is speech, not a title, and "Said" is
// the verb. It reads the story's first words only, and stops as soon as they answer.

/** Words of four letters or more: the small words a title leaves in lower case do not count. */
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
/** Long words read: the opening of a story shows its style. */
const SAMPLE_WORDS = 30;
/** Fewer long words than this say nothing about the story's style. */
const MIN_WORDS = 20;
/** Share of long words in lower case above which a story is not in Title Case (ordinary news: about two thirds). */
const MAX_LOWER_SHARE = 0.2;

export function isTitleCaseStory(text: string): boolean {
  let words = 0;
  let lower = 0;
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(text); m !== null && words < SAMPLE_WORDS; m = LONG_WORD.exec(text)) {
    words++;
    const first = m[0].charAt(0);
    if (first !== first.toUpperCase()) lower++;
    if (lower > MAX_LOWER_SHARE * SAMPLE_WORDS) return false;
  }
  return words >= MIN_WORDS && lower <= MAX_LOWER_SHARE * words;
}
