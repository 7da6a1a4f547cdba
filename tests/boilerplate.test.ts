// Boilerplate: rows that must be cut (kind and rule) and story lines that must stay.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const STORY = 'The council approved the budget on Monday, officials said.';
const END = 'The next meeting is in June.';

const cut: [string, string][] = [
  ['Also Read | Five Things To Know About The Budget', 'related-link'],
  ['ALSO READ: Council Clears Budget After Long Debate', 'related-link'],
  ['Also read - Budget row explained', 'related-link'],
  ['READ ALSO Budget Passed Amid Walkout', 'related-link'],
  ['Read more: What the budget means for you', 'related-link'],
  ['WATCH | Council members clash over spending', 'related-link'],
  ['Also Watch: Highlights From The Session', 'related-link'],
  ['(Reporting by Priya Nair; Editing by Tom Hale)', 'trailer'],
  ['Reporting by Priya Nair in Mumbai; Writing by Ana Ruiz; Editing by Tom Hale', 'trailer'],
  ['Keywords: budget, council, taxes', 'trailer'],
  ['___', 'trailer'],
  ['Associated Press writer Maria Lopez in Madrid contributed to this report.', 'trailer'],
  ['End it', 'trailer'],
  ['■', 'trailer'],
  ['(Photo: Council Press Office)', 'credit'],
  ['File photo', 'credit'],
  ['Image credit: City Archive', 'credit'],
  ['© Provided by City Times', 'credit'],
  ['(AP Photo/Jane Roe)', 'credit'],
  ['ADVERTISEMENT', 'ad'],
  ['RECOMMENDED STORIES FOR YOU', 'ad'],
  ['Promoted', 'ad'],
  ['Follow us on Twitter and Facebook', 'promo'],
  ['Subscribe to our newsletter for daily updates', 'promo'],
  ['Updated: Mar 4, 2024 11:02 IST', 'header'],
  ['(With inputs from agencies)', 'disclaimer'],
  ['(With agency inputs)', 'disclaimer'],
  [
    '(Disclaimer: This story is auto-generated from a syndicated feed; only the image and headline may have been reworked by the staff.)',
    'disclaimer',
  ],
];

describe('boilerplate paragraphs are cut, each with its kind', () => {
  it.each(cut)('%j -> %s', (line, kind) => {
    const input = `${STORY}\n\n${line}\n\n${END}`;
    const r = extract(input);
    expect(r.removed.map((x) => x.kind)).toEqual([kind]);
    const x = r.removed[0];
    expect(x && input.slice(x.start, x.end)).toBe(line);
    expect(r.body).toBe(`${STORY}\n\n${END}`);
  });
});

const story = [
  'Readers can also read the full report on the council website, the clerk said.',
  'Watch for ice on the roads tonight, police said.',
  'Keywords matter in search, the consultant said.',
  'She said the reporting by local papers had been fair.',
  'Updated figures for 2024 will be published next week, the office said.',
];

describe('story lines with the same words stay', () => {
  it.each(story)('%j', (line) => {
    const r = extract(`${STORY}\n\n${line}\n\n${END}`);
    expect(r.removed).toEqual([]);
    expect(r.body).toContain(line);
  });
});

describe('notices and codes in context', () => {
  it('cuts a notice hard-wrapped over two lines as one', () => {
    const input = `${STORY}\n(This story has not been edited by Devdiscourse staff and is\nauto-generated from a syndicated feed.)`;
    const r = extract(input);
    expect(r.removed.map((x) => x.kind)).toEqual(['disclaimer']);
    expect(r.body).toBe(STORY);
  });
  it('cuts a desk code only at the end of a story', () => {
    const r = extract(`${STORY}\n\n${END}\n\nABC DEF GHI`);
    expect(r.removed.map((x) => [x.kind, x.text])).toEqual([['trailer', 'ABC DEF GHI']]);
    expect(extract(`${STORY}\n\nNY BOS LA\n\n${END}`).removed).toEqual([]);
  });
  it('credits agencies named in "with inputs from"', () => {
    expect(extract(`LONDON (Reuters) - ${STORY}\n\n(With inputs from AFP)`).agencies).toEqual(['Reuters', 'AFP']);
  });
});

describe('a body repeated by the scraper', () => {
  const paragraphs = [
    'KABUL (AP) — The first paragraph of the story, long enough to read as one.',
    'The second paragraph.',
    '“A quote,” she said.',
  ];
  it('keeps the first copy and cuts each repeat', () => {
    const input = [...paragraphs, ...paragraphs, ...paragraphs].join('\n\n');
    const r = extract(input);
    expect(r.removed.map((x) => x.kind)).toEqual(['repeat', 'repeat']);
    expect(r.body.split('\n\n')).toHaveLength(3);
    expect(r.quotes).toHaveLength(1);
    for (const x of r.removed) expect(input.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps a short line said twice', () => {
    const r = extract('Police said.\n\nThe road was closed.\n\nPolice said.');
    expect(r.removed).toEqual([]);
  });
});

describe('related links inside a flattened paragraph', () => {
  it('cuts the link and its Title Case headline and keeps the story on both sides', () => {
    const input =
      'The minister said the rules start in May. Also Read | Five Things To Know About The New Rules The council will meet again on Monday.';
    const r = extract(input);
    expect(r.removed.map((x) => x.text)).toEqual(['Also Read | Five Things To Know About The New Rules']);
    expect(r.body).toBe('The minister said the rules start in May.\n\nThe council will meet again on Monday.');
  });
  it('leaves "also read" in a sentence alone', () => {
    const input = 'Officials also read the report aloud. Watch out for delays, they said.';
    expect(extract(input).removed).toEqual([]);
  });
});
