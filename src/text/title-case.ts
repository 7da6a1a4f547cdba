// Whether a story is set in Title Case, as some feeds print whole stories ("Mayor Says Budget
// Cuts Will Hit Libraries"): there a quote in capitals is speech, not a title, and "Said" is
// the verb. It reads the words once; it does not change the text.

/** Words of four letters or more: the small words a title leaves in lower case do not count. */
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
/** Fewer long words than this say nothing about the story's style. */
const MIN_WORDS = 20;
/** Share of long words capitalised above which a story is in Title Case (ordinary news: about a third). */
const MIN_SHARE = 0.8;

export function isTitleCaseStory(text: string): boolean {
  let words = 0;
  let capitalised = 0;
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(text); m !== null; m = LONG_WORD.exec(text)) {
    words++;
    const first = m[0].charAt(0);
    if (first !== first.toLowerCase()) capitalised++;
  }
  return words >= MIN_WORDS && capitalised >= MIN_SHARE * words;
}
