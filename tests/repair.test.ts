// Text repair: [input, repaired text] rows per kind, rows that must not change, and the map
// back to the input through extract().
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { normaliseText } from '../src/text/normalise.js';

const repaired: [string, string, string][] = [
  ['mojibake quotes', 'â€œYes,â€\u009d she said', '\u201cYes,\u201d she said'],
  ['mojibake lost byte', 'â€œNo,â€\ufffd he said', '\u201cNo,\u201d he said'],
  ['mojibake apostrophe and dash', 'Brazilâ€™s bank â€” again', 'Brazil\u2019s bank \u2014 again'],
  ['mojibake accents', 'CafÃ© in SÃ£o Paulo', 'Café in São Paulo'],
  ['mojibake twice over', 'FranÃƒÂ§ois and the cafÃƒÂ©', 'François and the café'],
  // read as Latin-1 (C1 controls) twice, then decomposed to NFD
  ['mojibake twice over, decomposed', 'FranA\u0303\u0083A\u0302\u00a7ois Hollande', 'François Hollande'],
  ['two single marks for one double', "``We won,'' he said. ''Yes.''", '“We won," he said. "Yes."'],
  ['html paragraph tags', '<p>One.</p><p>Two.</p>', '\nOne.\n\nTwo.\n'],
  ['html inline tags', 'cut to <b>340</b> <a href="x">villages</a><!-- ad -->.', 'cut to 340 villages.'],
  ['csv doubled quotes', 'He said ""no"" and ""never"".', 'He said "no" and "never".'],
  ['ligatures', 'the \ufb01rst of\ufb01cial', 'the first official'],
  ['lone CR', 'one\rtwo', 'one\ntwo'],
  ['paragraphs glued at a full stop', 'the new squad.Mumbai (Maharashtra): Rain', 'the new squad.\n\nMumbai (Maharashtra): Rain'],
  ['paragraphs glued after a closing quote', 'we will win.”Next morning', 'we will win.”\n\nNext morning'],
  ['paragraphs glued inside a word', 'the boats were recoveredThree fishermen', 'the boats were recovered\n\nThree fishermen'],
  [
    'table cells joined by padding and a comma',
    'first cell ends.            , SECOND CELL, Here — it goes.           , Third., Fourth',
    'first cell ends.\n\nSECOND CELL, Here — it goes.\n\nThird.\n\nFourth',
  ],
  ['quote marks left escaped', 'she said \\“We will,\\” and \\"soon\\"', 'she said “We will,” and "soon"'],
];
const untouched = [
  'café, naïve, São Paulo, Ã alone',
  'if a < b and c > d then',
  'an empty string "" stays',
  'one sentence per line.\nanother sentence per line.\nand a third one here.',
  'Shares of Amazon.com rose; the U.S.Army base; e.g.The list; Mrs.Patel and Gen.Rawat came',
  'an iPhone, an eBay sale, data from comScore, #indiaFirst and x.com/SomeTeamIPL/status/1',
  'a list, Then a capital after a comma, and one padded cell only.          , Here',
  'one backslash before a mark, \\“here”, is not a habit',
];

describe('normaliseText repairs', () => {
  it.each(repaired)('%s', (_kind, input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });
  it.each(untouched)('leaves %j alone', (input) => {
    expect(normaliseText(input).text).toBe(input);
  });
  it('joins hard-wrapped lines inside paragraphs, and keeps paragraph breaks', () => {
    const line = 'This line of the story was wrapped at a fixed width by the feed';
    const input = `${line}\n${line}\n${line}.\n\n${line}\n${line}\nand ended here.`;
    const out = normaliseText(input);
    expect(out.text).toBe(`${line} ${line} ${line}.\n\n${line} ${line} and ended here.`);
    expect(out.warnings.map((w) => w.code)).toContain('hard-wrap');
  });
  it('maps a span back without the tags a repair deleted right after it', () => {
    const input = '<p><span>1 / 4</span></p>\n<p>Rain fell.</p>';
    const n = normaliseText(input);
    const start = n.text.indexOf('1 / 4');
    expect(input.slice(n.toInputStart(start), n.toInputEnd(start + 5))).toBe('1 / 4');
    const rain = n.text.indexOf('Rain fell.');
    expect(input.slice(n.toInputStart(rain), n.toInputEnd(rain + 10))).toBe('Rain fell.');
  });
  it('does not join lines of a page that are one item each, however long', () => {
    const input = [
      'Drivers strike over the new fuel levy across the capital',
      'Nairobi (AFP) – Thousands of minibus drivers parked their vehicles across the city on Monday in protest.',
      '',
      'Issued on: 08/04/2024 - 10:12',
      'A driver waits at a closed terminus in the centre of the city on Monday',
      'A driver waits at a closed terminus in the centre of the city on Monday © JANE ROE / AFP',
      'The drivers said the levy would add 40 shillings to every litre of diesel they buy.',
      '',
      'The ministry said the levy would pay for road repairs.',
    ].join('\n');
    expect(normaliseText(input).text).toBe(input);
  });
  it('stays linear on hostile input', () => {
    const input = '<'.repeat(100_000) + 'Ã'.repeat(100_000) + '""'.repeat(50_000) + 'x'.repeat(1_000_000);
    const t = performance.now();
    normaliseText(input);
    expect(performance.now() - t).toBeLessThan(5_000); // a guard against catastrophic backtracking, not a benchmark
  });
});

describe('repaired stories keep their spans', () => {
  const input =
    '<p>LONDON (Reuters) - The bankâ€™s chief, Ana Costa, spoke.</p>\r\n<p>&quot;We will act,&quot; Costa said.</p>\r\n<p>Also Read | Five Things About The Bank</p>';
  const r = extract(input);
  it('reads the repaired text', () => {
    expect(r.dateline?.place).toBe('London');
    expect(r.quotes[0]).toMatchObject({ text: 'We will act,', speaker: 'Ana Costa' });
    expect(r.body).toContain('The bank\u2019s chief');
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['mojibake', 'html-entity', 'html-block-tag']));
  });
  it('points every span at the original text', () => {
    for (const x of r.removed) expect(input.slice(x.start, x.end)).toBe(x.text);
    for (const q of r.quotes) expect(normaliseText(input.slice(q.start, q.end)).text).toBe(q.text);
    const dl = r.dateline;
    expect(dl && input.slice(dl.start, dl.end)).toBe('LONDON (Reuters)');
  });
});
