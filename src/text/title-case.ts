// Whether a story is set in Title Case, as some feeds print whole stories ("Mayor Says Budget
// Cuts Will Hit Libraries"): there a quote in capitals is speech, not a title, and "Said" is
// the verb. It reads the story's first words only, and stops as soon as they answer.

/** Long words read: the opening of a story shows its style. */
const SAMPLE_WORDS = 30;
/** Fewer long words than this say nothing about the story's style. */
const MIN_WORDS = 20;
/** Words shorter than this are left out: the small words a title leaves in lower case. */
const MIN_LETTERS = 4;
/** Share of long words in lower case above which a story is not in Title Case (ordinary news: about two thirds). */
const MAX_LOWER_SHARE = 0.2;
const NON_ASCII_LETTER = /\p{L}/u;

export function isTitleCaseStory(text: string): boolean {
  let words = 0;
  let lower = 0;
  let letters = 0;
  let firstLower = false;
  // (A loop over character codes: a pattern with letter classes cost more than the rest of the check.)
  for (let i = 0; i <= text.length && words < SAMPLE_WORDS; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    const small = c >= 97 && c <= 122;
    const other = c > 127 && NON_ASCII_LETTER.test(text.charAt(i));
    if (upper || small || other) {
      if (letters === 0) firstLower = small || (other && text.charAt(i) !== text.charAt(i).toUpperCase());
      letters++;
    } else if (letters > 0 && (c === 39 || c === 0x2019 || c === 45)) {
      letters++; // an apostrophe or hyphen inside a word
    } else {
      if (letters >= MIN_LETTERS) {
        words++;
        if (firstLower && ++lower > MAX_LOWER_SHARE * SAMPLE_WORDS) return false;
      }
      letters = 0;
    }
  }
  return words >= MIN_WORDS && lower <= MAX_LOWER_SHARE * words;
}
