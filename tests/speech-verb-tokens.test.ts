// Where speech verbs may stand, read from the word tokens: the gate the cue patterns pass first.
import { describe, expect, it } from 'vitest';
import { draftBeforeAttribution } from '../src/extract.js';
import { mayHoldSpeechVerb } from '../src/pipeline/speech-verb-tokens.js';

const ask = (text: string, from: string, to?: string) => {
  const d = draftBeforeAttribution(text);
  const start = d.text.indexOf(from);
  const end = to === undefined ? d.text.length : d.text.indexOf(to);
  return mayHoldSpeechVerb(d, start, end);
};

describe('mayHoldSpeechVerb', () => {
  it.each([
    ['The plan will fail, Amara Obi said on Monday.', 'Amara', undefined, true],
    ['The plan will fail, Amara Obi told reporters.', 'Amara', undefined, true],
    // "pointed" opens "pointed out"; a capitalised verb of a Title Case story counts too
    ['Amara Obi pointed out the flaws.', 'Amara', undefined, true],
    ['Amara Obi Said On Monday That It Will Fail.', 'Amara', undefined, true],
    // a verb inside a word, after an apostrophe or a hyphen, is still an ASCII word there
    ['It was an oft-stated claim.', 'It', undefined, true],
    ['The plan will fail on Monday in the capital.', 'The', undefined, false],
    // a word cut by either end of the range may be read as a verb ("unsaid" from "said")
    ['Much was left unsaid that day.', 'said', undefined, true],
  ] as const)('%s (from "%s")', (text, from, to, expected) => {
    expect(ask(text, from, to)).toBe(expected);
  });
  it('reads only the range asked about', () => {
    expect(ask('The vote was close. Amara Obi said it was fair.', 'The', 'Amara')).toBe(false);
    expect(ask('The vote was close. Amara Obi said it was fair.', 'Amara')).toBe(true);
  });
});
