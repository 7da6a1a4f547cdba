// Unit tables per stage: [input, expected] rows and negative rows that must not match.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { parseCalendarDate, parseTimestamp } from '../src/text/dates.js';
import { decodeBytes } from '../src/text/decode.js';
import { normaliseText } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';

describe('normaliseText keeps a map back to the input', () => {
  const rows: [string, string][] = [
    ['plain text', 'plain text'],
    ['&quot;Hi&quot; &amp; bye', '"Hi" & bye'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['non\u00a0breaking', 'non breaking'],
    ['zero\u200bwidth', 'zerowidth'],
    ['&#8220;curly&#8221;', '\u201ccurly\u201d'],
    ['&notanentity; stays', '&notanentity; stays'],
  ];
  it.each(rows)('%j -> %j', (input, expected) => {
    const n = normaliseText(input);
    expect(n.text).toBe(expected);
    // Every character of the output maps to a place in the input, in order.
    let prev = 0;
    for (let i = 0; i <= n.text.length; i++) {
      const at = n.toInputStart(i);
      expect(at).toBeGreaterThanOrEqual(prev);
      expect(at).toBeLessThanOrEqual(input.length);
      prev = at;
    }
    expect(n.toInputEnd(n.text.length)).toBe(input.length);
  });
  it('maps a repaired word back to its original spelling', () => {
    const input = 'He said &quot;no&quot; twice';
    const n = normaliseText(input);
    const s = n.text.indexOf('no');
    expect(input.slice(n.toInputStart(s), n.toInputEnd(s + 2))).toBe('no');
    const q = n.text.indexOf('"');
    expect(input.slice(n.toInputStart(q), n.toInputEnd(q + 1))).toBe('&quot;');
  });
});

describe('decodeBytes', () => {
  it('drops a UTF-8 BOM', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect(r).toMatchObject({ ok: true, text: 'A' });
  });
  it('refuses binary data', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, code: 'binary' });
  });
  it('reads UTF-16 with a BOM', () => {
    const r = decodeBytes(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]));
    expect(r).toMatchObject({ ok: true, text: 'Hi' });
  });
  it('refuses invalid UTF-8 whose bytes are mostly high: not Windows-1252 text', () => {
    const bytes = [0x80, 0xbf, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0xff, 0xfe, 0xa0, 0xc0, 0xc1, 0x8f, 0x90];
    const r = decodeBytes(Uint8Array.from([...bytes, ...bytes, ...bytes]));
    expect(r).toMatchObject({ ok: false, code: 'invalid-utf8' });
  });
  it('falls back to Windows-1252 for invalid UTF-8, with a warning', () => {
    const r = decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(r.ok && r.text).toBe('café');
    expect(r.ok && r.warnings[0]?.code).toBe('decoded-as-windows-1252');
  });
});

describe('parseCalendarDate', () => {
  const rows: [string, string | null, string | null][] = [
    ['Aug 17', '2020-08-17', '2020-08-17'],
    ['Jan. 10', '2021-01-20', '2021-01-10'],
    ['March 3, 2019', null, '2019-03-03'],
    ['17 August', '2020-09-01', '2020-08-17'],
    ['Dec 31', '2021-01-02', '2020-12-31'],
    ['1996-08-30', null, '1996-08-30'],
    ['Feb 30', '2020-03-01', null],
    ['Aug 17', null, null],
  ];
  it.each(rows)('%j with reference %j -> %j', (text, ref, expected) => {
    expect(parseCalendarDate(text, ref)?.iso ?? null).toBe(expected);
  });
});

describe('parseTimestamp: record dates as feeds and APIs write them', () => {
  const rows: [unknown, string | null][] = [
    ['2024-09-19T01:10:00+09:00', '2024-09-19'],
    ['2024-09-19', '2024-09-19'],
    ['2024-09-19 01:10:00', '2024-09-19'],
    ['20240919T011000Z', '2024-09-19'],
    ['Thu, 19 Sep 2024 01:10:00 +0900', '2024-09-19'],
    ['19 Sep 2024 01:10 GMT', '2024-09-19'],
    ['Sun, 05 Jan 97 10:00:00 EST', '1997-01-05'],
    [1726708200, '2024-09-19'],
    ['1726708200000', '2024-09-19'],
    ['2024-02-30T00:00:00Z', null],
    ['31 Foo 2024', null],
    ['yesterday', null],
    ['2024', null],
    [null, null],
    [{ date: '2024-09-19' }, null],
  ];
  it.each(rows)('%j -> %j', (value, expected) => {
    expect(parseTimestamp(value)).toBe(expected);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    const t = 'Mr. Rao met M. K. Stalin on Jan. 5 in the U.S. capital. They talked. "Fine," he said.';
    const s = splitSentences(t, 0, t.length).map((x) => t.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Rao met M. K. Stalin on Jan. 5 in the U.S. capital.', 'They talked.', '"Fine," he said.']);
  });
});

describe('datelines', () => {
  const rows: [string, { place: string | null; region: string | null; agency: string | null; date: string | null }][] = [
    ['Minsk, Aug 17 (AP) Workers marched.', { place: 'Minsk', region: null, agency: 'AP', date: '2020-08-17' }],
    ['NEW DELHI, Jan 5 (PTI) The council met.', { place: 'New Delhi', region: null, agency: 'PTI', date: '2020-01-05' }],
    ['LONDON (Reuters) - Shares fell.', { place: 'London', region: null, agency: 'Reuters', date: null }],
    ['Aug 17 (Reuters) - Shares fell.', { place: null, region: null, agency: 'Reuters', date: '2020-08-17' }],
    [
      'Mumbai (Maharashtra) [India], March 3 (ANI): Rain fell.',
      { place: 'Mumbai', region: 'Maharashtra, India', agency: 'ANI', date: '2020-03-03' },
    ],
    ['BEIJING, Jan. 10 (Xinhua) -- Trade grew.', { place: 'Beijing', region: null, agency: 'Xinhua', date: '2020-01-10' }],
    ['RIO DE JANEIRO 1996-08-30\nThe market rose.', { place: 'Rio de Janeiro', region: null, agency: null, date: '1996-08-30' }],
    ['KABUL, Afghanistan (AP) — Gunmen struck.', { place: 'Kabul', region: 'Afghanistan', agency: 'AP', date: null }],
  ];
  it.each(rows)('%j', (text, expected) => {
    const r = extract(text, { date: '2020-09-01' });
    expect(r.dateline).toMatchObject(expected);
    const dl = r.dateline;
    expect(dl && text.slice(dl.start, dl.end)).toBe(dl?.text);
    expect(r.body.startsWith(r.dateline?.place ?? '\u0000')).toBe(false);
  });
  const negatives = [
    'London is where the talks will be held, officials said.',
    'Paris (the city) is lovely in spring.',
    'On Monday, Aug 17, the council met.',
    'The President (AP photo) spoke.',
  ];
  it.each(negatives)('no dateline in %j', (text) => {
    expect(extract(text).dateline).toBeNull();
  });
});

describe('boilerplate', () => {
  it('removes related links, notices and trailing tags, and keeps story lines that mention them', () => {
    const text = [
      'The minister said the plan would go ahead.',
      'Also Read | Ten Things To Know About The Plan',
      'Readers can also read the full report online, she said. (PTI)',
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    ].join('\n\n');
    const r = extract(text);
    expect(r.removed.map((x) => x.kind)).toEqual(['related-link', 'agency-tag', 'disclaimer']);
    expect(r.body).toContain('Readers can also read the full report online, she said.');
    expect(r.body).not.toContain('Also Read');
    expect(r.body).not.toContain('(PTI)');
    expect(r.agencies).toEqual(['PTI']);
    for (const x of r.removed) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('does not take "Also read" inside a sentence for a related link', () => {
    const r = extract('Also read between the lines, the senator said, and you will see it.');
    expect(r.removed).toEqual([]);
  });
});

describe('quotes', () => {
  it('joins a quote over several paragraphs and pairs mixed marks', () => {
    const text =
      '\u201cFirst part of it.\n\n\u201cSecond part.\n\n\u201cThird part,\u201d said Asha Verma.\n\nShe smiled. "Mixed marks close here\u201d and \u201cmixed marks open here," she said.';
    const r = extract(text);
    expect(r.quotes.map((q) => q.paragraphs)).toEqual([3, 1, 1]);
    expect(r.quotes[0]?.speaker).toBe('Asha Verma');
    expect(r.quotes[1]?.text).toBe('Mixed marks close here');
    expect(r.quotes[2]?.text).toBe('mixed marks open here,');
  });
  it('closes a double mark that a stray single mark follows, as in `person,"\' said`', () => {
    const r = extract('"No one can say to the people, `We will fix it all,"\' said Rep. Tomas Ibarra.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['No one can say to the people, `We will fix it all,', 'Tomas Ibarra']]);
    expect(r.warnings).toEqual([]);
  });
  it('warns on an unclosed quote and never runs past its paragraph', () => {
    const r = extract('He said \u201cthis never closes.\n\nNext paragraph is story text.');
    expect(r.warnings.map((w) => w.code)).toContain('unclosed-quote');
    expect(r.quotes[0]?.text).toBe('this never closes.');
  });
  it('skips scare quotes and titles', () => {
    const r = extract('The so-called \u201cdeep state\u201d was blamed in the film \u201cRed Dawn\u201d by critics.');
    expect(r.quotes).toEqual([]);
  });
  it.each([
    ['the show \u201cThe Night Desk,\u201d which ran for years', 0],
    ['the law, known as the \u201cClean Rivers and Lakes Act\u201d, passed', 0],
    ['the crowd chanted \u201cFree The Port\u201d until dawn', 1],
    ['she called it \u201cPeace Through Strength.\u201d', 1],
  ] as const)('a name in title case is a quote only after a speech verb or with end punctuation: %s', (text, n) => {
    expect(extract(text).quotes).toHaveLength(n);
  });
  it.each([
    // a phrase of two words or more in lower case is a partial quote, with no cue before it
    ['the minister saw a \u201cgrave threat\u201d to the region', ['grave threat']],
    ['The review found that branch staff were expected to \u201csystematically loot\u201d savers', ['systematically loot']],
    // one word in lower case is a scare quote, quoted words all the same (the benchmarks count
    // them); a naming phrase makes a name
    ['only the \u201celites\u201d gained', ['elites']],
    ['the gang, who called themselves the \u201cnight owls\u201d, fled', []],
    ['a so-called \u201csafe zone\u201d was set up', []],
    // a few quoted words before a noun for them are the name of a thing: no one says them here
    ['they used the \u201cno more tolls\u201d slogan against her', []],
    ['the ministers held a \u201cthree-plus-three\u201d dialogue in Lagos', []],
    // an adjective before a noun is still someone's word
    ['he vowed to fix the \u201cbroken\u201d rail system', ['broken']],
  ] as const)('a partial quote in lower case: %s', (text, quotes) => {
    expect(extract(text).quotes.map((q) => q.text)).toEqual(quotes);
  });
  it('keeps a short quote joined by "and" to a partial quote just before it', () => {
    const r = extract('Priya Nair said the plan was \u201cdisgusting\u201d and \u201ca con\u201d from the start.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['disgusting', 'Priya Nair'],
      ['a con', 'Priya Nair'],
    ]);
  });
  it('keeps a quote nested in another inside it, of another shape or the same', () => {
    const straight = extract('"He called it \u201ca farce\u201d and walked out," Priya Nair said.');
    expect(straight.quotes.map((q) => q.text)).toEqual(['He called it \u201ca farce\u201d and walked out,']);
    const same = extract('\u201cI would rather live in what he calls \u201chell\u201d than stay,\u201d Priya Nair said.');
    expect(same.quotes.map((q) => q.text)).toEqual(['I would rather live in what he calls \u201chell\u201d than stay,']);
    expect(same.quotes[0]?.speaker).toBe('Priya Nair');
  });
  it('reads single marks as quotes in a story that quotes with them, and leaves apostrophes alone', () => {
    const r = extract(
      "LONDON (Reuters) - 'The farmers' union won't back it,' said Helen Marsh. The '90s rules stay, she said, calling them 'fit for purpose'.",
    );
    expect(r.quotes.map((q) => q.text)).toEqual(["The farmers' union won't back it,", 'fit for purpose']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Helen Marsh', 'Helen Marsh']);
  });
  it("repairs two single marks standing for one double (``...'' and ''...'')", () => {
    const r = extract("``We will appeal,'' Omar Haddad said. ''Today.''");
    expect(r.quotes.map((q) => q.text)).toEqual(['We will appeal,', 'Today.']);
    expect(r.warnings.map((w) => w.code)).toContain('paired-single-quotes');
  });
  it('ends an unclosed quote before its own attribution, with a warning', () => {
    const r = extract('\u201cWe are relieved at last, union negotiator Sipho Dlamini said on Thursday.\n\nTrucks queued, drivers said.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['We are relieved at last,', 'Sipho Dlamini']]);
    expect(r.warnings.find((w) => w.code === 'unclosed-quote')?.message).toMatch(/before its attribution/);
  });
  it('lists ten warnings of a kind and counts the rest', () => {
    const r = extract('\u201c'.repeat(500));
    const unclosed = r.warnings.filter((w) => w.code === 'unclosed-quote');
    expect(unclosed).toHaveLength(11);
    expect(unclosed.at(-1)?.message).toMatch(/^\d+ more unclosed-quote warnings/);
  });
  it('bounds a quote that never closes to its paragraph, however long', () => {
    const long = `He said \u201c${'word '.repeat(20000)}\n\nThe story goes on.`;
    const r = extract(long);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]?.text.length).toBeLessThanOrEqual(4000);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['unclosed-quote', 'quote-too-long']));
  });
});

describe('speakers', () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker);
  it.each([
    ['"We will win," Sen. Ruth Calder (D-Vt.) said.', 'Ruth Calder'],
    ['"We will win," Mitch Colby, R-Ky., said.', 'Mitch Colby'],
    ['"We will win," Dana Whitcombe, 58, said.', 'Dana Whitcombe'],
    ['"We will win," Scott Prewitt, the attorney general of Oklahoma, one of the states suing, said.', 'Scott Prewitt'],
    ['Said Ellen Marsh: "We will win."', 'Ellen Marsh'],
    ['Peter Okoye said the vote was lost. "We will win next time."', 'Peter Okoye'],
    ['"We will win." \u2015 Graciela Montoya', 'Graciela Montoya'],
    ['Peter Okoye was quoted as saying "we will win next time."', 'Peter Okoye'],
    // the verb "and" continues is the clause's, not a participle before "by"
    ['Nadia Ferrante, the former mayor, praised a forum sponsored by the Tribune and said: "We will win."', 'Nadia Ferrante'],
    // after an auxiliary the words are an object: "tweets" is a noun
    ['Tom Reyes spoke on Friday. He did not address his early-morning tweets calling the plan "a fraud."', 'Tom Reyes'],
    // a name right before a participle is its subject, ahead of the sentence's first verb
    ['The new ad ends with footage of Lena Ortiz asking, "Where were you?"', 'Lena Ortiz'],
    // a subordinate clause after the quote is not its attribution
    ['Omar Haddad came on screen saying, "That is my job," when Julia Brandt scolded him.', 'Omar Haddad'],
    // a pronoun is a whole subject, whatever stands before it
    ['Greta Lind spoke last week. Days ago in an interview with a radio station she blasted the plan as "reckless."', 'Greta Lind'],
    // a subordinate "Though" is not part of the subject
    ['Rita Moreno met the bankers. Though she called the bank "reckless," she did not call for a ban.', 'Rita Moreno'],
    // "X, the chief executive of Y, firmly told Z who asked ...": past the appositive and its adverb
    // a verb in a relative clause ("a builder who said") is not the sentence's
    ['Tom Reyes was defensive about not paying a builder who said he was cheated, saying, "Maybe he did a bad job."', 'Tom Reyes'],
    ['Ivan Petrov, the chief executive of the league, firmly told a student who asked about it that "voting matters."', 'Ivan Petrov'],
    // the end of a compound is no speech verb ("oft-stated"); after a possessive, "notes" is a noun
    [
      'Mark Osei spoke on Monday. He also repeated an oft-stated claim that Speaker Ruth Abena, D-Calif., "rejected" his offer.',
      'Mark Osei',
    ],
    ['The minister called it "false," according to Kofi Mensah\u2019s notes.', 'The minister'],
    // the one who issued a document speaks through it, not the document
    ['Party chair Jessica Mackler issued a statement saying his comment "has no place in our politics."', 'Jessica Mackler'],
    ['Rep. Jim Okafor, chairman of the budget committee, issued a memo suggesting "farmers must come first."', 'Jim Okafor'],
    ['Tom Reyes spoke on Friday. He then released a short video telling the crowd to "go home now."', 'Tom Reyes'],
    // an attribution closing the quote's sentence, however far past the quote
    [
      'The lack of polling places was "particularly burdensome" on the poorest districts, which had fewer stations than the rich ones and in some cases no places to vote at all, the lawsuit alleges.',
      'the lawsuit',
    ],
    // a past form alone after "the" is a noun: "the accused" speaks, as "the suspect" does
    ['The accused told the court: "I did not do it."', 'The accused'],
    // a speech verb in a subordinate clause closed by a comma is not the main clause's
    ['Some in the hall booed, and when Omar Bakri said it was good to be home, a man yelled "Stay there!"', 'a man'],
    // "X said, adding, ...": the participle's subject is the verb's before it, not the clause's first name
    ['Talks with Daniel Reyes will resume next week, Maria Okafor said, adding, "They need to listen to us."', 'Maria Okafor'],
    // a quote that ends its sentence: the next sentence's "X, who ..., warned" is not its cue, the verb before it is
    [
      'Maria Okafor called the offer "an insult." Captain Ahmed Rashid, who runs the ferry, warned that the strike could spread.',
      'Maria Okafor',
    ],
    // participles of speech verbs: "X calling it “...”"; a clause joined after a quote by "and" is another's
    ['Both men spoke after the talks, with Grace Mbeki calling them "a good start."', 'Grace Mbeki'],
    ['After the talks, Amos Kariuki said he was "quite hopeful" and Grace Mbeki calling them a waste of time.', 'Amos Kariuki'],
    // "calling for" qualifies a noun: not the cue
    ['Joan Ode said that a letter from Tom Reyes calling for a recount made him "a sore loser."', 'Joan Ode'],
    // a description and then the name between commas: the name speaks
    ['Leader of the Opposition, Ruth Nwosu, attacked the budget, calling it "a betrayal of farmers."', 'Ruth Nwosu'],
    // "Hours later," opens the clause; after "telling" the name is the listener, not the speaker
    ['Hours later, Tom Reyes returned the favour to Amara Obi, telling Radio Kilimo, "She is a fine mayor."', 'Tom Reyes'],
    // a name after "speaking to" is the one spoken to: the subject is the noun before the participle
    ['A senior official speaking to Radio Kilimo said, "The talks have failed."', 'A senior official'],
    // a clause joined by "and" with a named subject of its own: its subject speaks, not the first clause's
    ['At one point a woman asked for a photo and Amos Kariuki said, "Only if it is quick."', 'Amos Kariuki'],
    // a clause that opens with a noun and a relative clause has that noun as its subject; a "who" in the object does not
    ['Although talks stalled, a senior official who spoke on condition of anonymity said, "We are close."', 'a senior official'],
    ['Another voter who asked not to be named said she would stay "for as long as it takes."', 'Another voter'],
    ['Tom Reyes attacked the judge who ruled against him and said "it was a disgrace."', 'Tom Reyes'],
    // a paragraph ending in a colon with no speech verb: its clause's subject introduces the quote
    [
      'When the singer Joan Adeyemi died, Governor Tunde Bakare released the following statement:\n\n"We mourn a woman who gave her life to this city."',
      'Tunde Bakare',
    ],
    // ... but never an opening phrase as a subject ("Of course"): the one named before the colon
    [
      'Of course, as the critic Ama Boateng noted long after the final whistle had blown, the real winner of the night was the crowd itself:\n\n"Nobody who was there will forget it."',
      'Ama Boateng',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it('resolves he or she to the one the sentence before has speaking, and past its reach to the last speaker who fits', () => {
    // two men in the sentence before: the one it has speaking, not the first named
    expect(
      speakers(
        'Mr. Okafor would tour the depot by evening and post a video by morning, Mr. Danjuma said, mocking the minister.\n\n"There is no accountability," he said.',
      ).at(-1),
    ).toBe('Danjuma');
    // named three paragraphs back and quoted there: "he said" is still his
    const far = speakers(
      [
        '"We are ready," foreign minister Ravi Menon said on Monday.',
        'The talks covered trade and defence.',
        'Both sides signed two agreements on shipping.',
        'The foreign minister said the partnership would grow.',
        '"Our ties are deep and they are growing," he said.',
      ].join('\n\n'),
    );
    expect(far).toEqual(['Ravi Menon', 'Ravi Menon']);
    // no one fits: no speaker, not a woman quoted before
    expect(
      speakers(
        '"It is over," said Anna Kovac.\n\nThe vote was close.\n\nIt was held on Monday.\n\nTurnout was low.\n\n"We lost," he said.',
      ).at(-1),
    ).toBe(null);
  });
  it('gives vox pops to the unnamed people they describe: "a third", and he or she after "one trader said"', () => {
    expect(
      speakers('Traders were split. "Prices will fall," one trader said. "Nothing changes," another added. "We are tired," said a third.'),
    ).toEqual(['one trader', 'another', 'a third']);
    expect(speakers('Traders were split. One trader said the vote was fixed. "Nothing changes," he said.')).toEqual(['One trader']);
    // a person named after the description is the one "he" means
    expect(speakers('One trader said the vote was fixed. Amos Kariuki disagreed. "It was fair," he said.')).toEqual(['Amos Kariuki']);
  });
  it('takes the antecedent of "which" or "who" as the subject, and "agreed" as a cue', () => {
    const [q] = extract('The agency turned to the city police department, which reported "1,204 incidents" this year.').quotes;
    expect([q?.speaker, q?.speakerType]).toEqual(['the city police department', 'group']);
    const [p] = extract('Only 48 percent of voters agreed that the mayor is "doing a good job."').quotes;
    expect([p?.speaker, p?.speakerType, p?.cue]).toEqual(['Only 48 percent of voters', 'group', 'agreed']);
  });
  it('reads an -ing verb after a preposition as a verb, and a pronoun closing the words before a verb as the subject', () => {
    const r = extract(
      'The Harbour Trust reviewed the figures this week. On Friday they closed the review by announcing that the claim was "mostly accurate."',
    );
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([['The Harbour Trust', 'announcing']]);
  });
  it('reads "per X" after a quote as "according to X"', () => {
    const [q] = extract('Members may not vote by proxy "to fill a vacancy on the ticket," per the party\'s bylaws.').quotes;
    expect([q?.speaker, q?.speakerType, q?.cue]).toEqual(["the party's bylaws", 'group', 'per']);
  });
  it('resolves "they" to the group the story just named, and shares a subject across "and"', () => {
    expect(speakers('The protesters blocked the road on Monday. "We will stay," they said.')).toEqual(['The protesters']);
    expect(speakers('They said they would come. "We will stay," they said.')).toEqual([null]);
    expect(speakers('Dock workers gathered outside the gate and chanted "Ports for the people!" all night.')).toEqual(['Dock workers']);
  });
  it('reads a subject past its appositive, and a possessive is not the subject', () => {
    expect(speakers('With a week to go, Amara Obi, a senior adviser to the campaign, called his remarks "a wake-up call."')).toEqual([
      'Amara Obi',
    ]);
    expect(
      speakers('Ruth Nwosu\'s relatives, including her husband, watched the video and said they had "more questions than answers."'),
    ).toEqual(["Ruth Nwosu's relatives"]);
  });
  it('takes the subject of the clause for a participle after a comma', () => {
    expect(speakers('During a rally on Friday, Amara Obi attacked the plan, saying "it will fail."')).toEqual(['Amara Obi']);
  });
  it('starts a name only at the start of a word', () => {
    const names = (text: string) => extract(text).people.map((p) => p.name);
    expect(names('The eBay Founder Pierre Omidyar spoke. The xAbc Marta Feldman said it.')).toEqual(['Pierre Omidyar', 'Marta Feldman']);
  });
  it('leaves a participle or "Neither" that opens a name run out of the name', () => {
    const names = (text: string) => extract(text).people.map((p) => p.name);
    expect(names('Disgraced Marta Feldman spoke on Monday.')).toEqual(['Marta Feldman']);
    expect(names('Marta Feldman spoke. Inviting Feldman to the summit was a mistake, Paul Nagy said.')).toEqual([
      'Marta Feldman',
      'Paul Nagy',
    ]);
    expect(names('Paul Nagy and Marta Feldman spoke. Neither Feldman nor Nagy took questions.')).toEqual(['Paul Nagy', 'Marta Feldman']);
  });
  it('gives a surname named first to the person called by it alone, not to a fuller name it also fits', () => {
    const r = extract('President Brandt opened the summit. His wife, Laura Brandt, watched. "We are ready," Mr. Brandt said.');
    expect(r.people.map((p) => [p.name, p.gender, p.roles])).toEqual([
      ['Brandt', 'male', ['President']],
      ['Laura Brandt', 'female', ['wife']],
    ]);
  });
  it('keeps "Mr. X" apart from a woman sharing the surname', () => {
    const r = extract('Michelle Grant spoke first. "It is late," Mr. Grant said. "We agree," Mrs. Grant said.');
    expect(r.people.map((p) => [p.name, p.gender])).toEqual([
      ['Michelle Grant', 'female'],
      ['Grant', 'male'],
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Grant', 'Michelle Grant']);
  });
  it('names unnamed speakers by their description and documents as groups', () => {
    const r = extract('"It is 3 a.m.," the announcer said. "We are rationing," the letter reads. "Stay home," a friend said.');
    expect(r.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['the announcer', 'group'],
      ['the letter', 'group'],
      ['a friend', 'group'],
    ]);
    // the voice of an advert and a footnote speak for the document they are part of
    const ad = extract(
      '"Every shift will be paid," a voice-over in the union\'s advert states. A footnote in the report says: "Overtime is not included."',
    );
    expect(ad.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['a voice-over', 'group'],
      ['A footnote', 'group'],
    ]);
    // a gloss in parentheses is no part of the head; adjectives a comma apart are one description
    const more = extract(
      '"The budget ignores farmers," said the Kilimo (Voice of the Farmer) column. "We kept our word," the soft-spoken, 64-year-old envoy said.',
    );
    expect(more.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['the Kilimo (Voice of the Farmer) column', 'group'],
      ['the soft-spoken 64-year-old envoy', 'group'],
    ]);
  });
  it('--debug traces the candidates for each quote and what won', () => {
    const lines: string[] = [];
    extract('Union leader Mahesh Gaikwad alleged that safety had been ignored and called the response "a familiar ritual."', {
      debug: (line) => lines.push(line),
    });
    const trace = lines.join('\n');
    expect(trace).toMatch(/quote 0 "a familiar ritual\.": Mahesh Gaikwad \(explicit, cue "called"\)/);
    expect(trace).toMatch(/candidate subject of "alleged" before the quote: Mahesh Gaikwad/);
    expect(trace).toMatch(/won by before:subject-verb/);
  });
});

describe('people: words glued to a name, and names of things (issue 15)', () => {
  // [text, the people as [name, roles]]
  const rows: [string, [string, string[]][]][] = [
    // An Indian police rank written as an acronym is a role, not part of the name.
    [
      'Police arrested two men on Tuesday, DCP Meena Rao said. SHO Ajit Singh said a case had been registered.',
      [
        ['Meena Rao', ['DCP']],
        ['Ajit Singh', ['SHO']],
      ],
    ],
    // A word for a kind of person (WordNet's) before a name is a role.
    [
      'Dutchman Jan Visser won the stage ahead of Spaniard Raul Ortiz and Briton Tom Hale.',
      [
        ['Jan Visser', ['Dutchman']],
        ['Raul Ortiz', ['Spaniard']],
        ['Tom Hale', ['Briton']],
      ],
    ],
    // A common word opening the sentence is no part of the name the tagger found after it.
    ['Outspoken Paul Nagy exchanged his reputation as a joker for a quieter style this season.', [['Paul Nagy', []]]],
    // ... nor, before a surname used alone, a fuller name of that person.
    ['Nagy spoke first on Monday. Supporters Nagy had bused in cheered loudly.', [['Nagy', []]]],
    // A name an appositive calls a firm is no person, there or anywhere in the story.
    [
      'Booz Allen Hamilton, the consultancy, declined to comment. Booz Allen Hamilton has held the contract since 2019, said Karen Lyle, a trade lawyer.',
      [['Karen Lyle', ['trade lawyer']]],
    ],
    // Words that look like a name between a role and the tagger's surname are part of the name.
    ['Probationer SI Sumit Kumar was suspended on Friday.', [['Sumit Kumar', ['Probationer SI']]]],
    // A surname written without its accent is the same person's.
    ['Pedro Sánchez spoke. Sanchez said Spain would act.', [['Pedro Sánchez', []]]],
    // A Malay name without the father's name is the person named in full.
    [
      'Assistant Superintendent Mohd Shafizan Sazali told the court the lighter was found in the car. Mohd Shafizan said there were other lighters.',
      [['Mohd Shafizan Sazali', ['Assistant Superintendent']]],
    ],
    // A word no name table knows, before a firm's noun, names a firm there and elsewhere.
    ['Zentrova said on Monday it would cut prices. Zentrova users will see the change first, the company said.', []],
    // ... also when the name tables know the word as a name too, before a full name.
    ['Pole Tomasz Nowicki was sacked as coach on Monday.', [['Tomasz Nowicki', ['Pole']]]],
    [
      'Democrats Hillary Clinton and Tim Kaine campaigned in Ohio.',
      [
        ['Hillary Clinton', ['Democrats']],
        ['Tim Kaine', []],
      ],
    ],
    // Offices and ranks written short, and honorifics, glued to the name.
    ['EAM S Jaishankar met his counterpart on Monday.', [['S Jaishankar', ['EAM']]]],
    ['Sqn Ldr Priya Nair flew the aircraft, the air force said.', [['Priya Nair', ['Sqn Ldr']]]],
    ['Ustad Zakir Hussain performed in Pune on Sunday.', [['Zakir Hussain', []]]],
    // A word opening a sentence before a comma that no name table knows is no name.
    ['The plan was approved on Monday. Unfortunately, Marco Ruiz is a candidate for the post.', [['Marco Ruiz', []]]],
    ['Domestically, the company sold fewer cars, chief executive Anna Berg said.', [['Anna Berg', ['chief executive']]]],
    // A word made from a name for a policy or a creed is no person.
    ['Critics said Obamacare had raised costs, Senator Ralph Ives said.', [['Ralph Ives', ['Senator']]]],
    // A word after the tagger's name that looks like a name and that the tagger scores in is the name's last.
    ['North Korean leader Kim Jong Un watched the launch, state media said.', [['Kim Jong Un', ['North Korean leader']]]],
    // "Uddhavji": the person named Uddhav, spoken of with respect.
    [
      'Uddhav Thackeray addressed workers in Mumbai. Raut said Uddhavji had never bowed to Delhi.',
      [
        ['Uddhav Thackeray', []],
        ['Raut', []],
      ],
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(extract(text).people.map((p) => [p.name, p.roles])).toEqual(expected);
  });
  it('folds "Uddhavji" into the person as an alias', () => {
    const r = extract('Uddhav Thackeray addressed workers in Mumbai. Raut said Uddhavji had never bowed to Delhi.');
    expect(r.people[0]?.aliases).toEqual(['Uddhavji']);
  });
  it('keeps a locality ending in Nagar out of the people', () => {
    const names = extract('Police said the accused had fled to Laxmi Nagar after the theft, Inspector Ravi Menon said.').people.map(
      (p) => p.name,
    );
    expect(names).toEqual(['Ravi Menon']);
  });
});

describe('datelines without an agency (capitals only) and date sources', () => {
  const rows: [string, { place: string | null; region: string | null; agency: string | null }][] = [
    ['KABUL, Afghanistan — Gunmen attacked a checkpoint.', { place: 'Kabul', region: 'Afghanistan', agency: null }],
    ['WASHINGTON -- The Senate voted on Tuesday.', { place: 'Washington', region: null, agency: null }],
    ['CHENNAI: The city is bracing for heavy rain.', { place: 'Chennai', region: null, agency: null }],
    ['NEW DELHI • The council met on Monday.', { place: 'New Delhi', region: null, agency: null }],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(extract(text).dateline).toMatchObject(expected);
  });
  const negatives = [
    'BREAKING: Markets fall sharply in early trade.',
    'US-CHINA TALKS: Officials meet again in Geneva.',
    'SOCCER -- LEAGUE RESULTS AND STANDINGS',
    'Chennai: a city that never sleeps, is bracing for rain.',
  ];
  it.each(negatives)('no dateline in %j', (text) => {
    expect(extract(text).dateline).toBeNull();
  });
  it('takes the line above a dated dateline for the headline, even when it looks like a dateline', () => {
    const r = extract('TRADE FILING -- Some Company Inc.\nWASHINGTON 1996-08-30\nThe company filed papers.');
    expect(r.headline).toBe('TRADE FILING -- Some Company Inc.');
    expect(r.dateline?.place).toBe('Washington');
  });
  it('dates a story by the page stamp above it when nothing else does, and only by a date it can read', () => {
    const dated = extract('Storm shuts schools\nUpdated 4:05 PM EET, March 12, 2024\nBOSTON, March 11 (AP) — Schools closed.');
    expect(dated.dateline).toMatchObject({ date: '2024-03-11', yearImplied: true });
    expect(extract('14/03/2024 09:41 AM\nKUALA LUMPUR, March 14 (Bernama) -- The ministry said.').date).toBe('2024-03-14');
    expect(extract('Rain fell.\nPublished March 3, 2024\nMore rain fell.')).toMatchObject({ date: '2024-03-03', dateSource: 'header' });
    // 05/04: the fifth of April or the fourth of May; no date rather than a guess.
    expect(extract('Issued on: 05/04/2024 - 10:12\nRain fell.').date).toBeNull();
    // A record's or an option's date comes first.
    expect(extract('Updated March 12, 2024\nRain fell.', { date: '2024-03-01' }).date).toBe('2024-03-01');
  });
  it('says where the story date came from', () => {
    expect(extract('Rain fell on the city.', { date: '2024-05-02', dateFrom: 'record' })).toMatchObject({
      date: '2024-05-02',
      dateSource: 'record',
    });
    expect(extract('Rain fell on the city.', { date: '2024-05-02' })).toMatchObject({ date: '2024-05-02', dateSource: 'option' });
    expect(extract('date 2024-05-03\nRain fell on the city.', { date: '2024-05-02' })).toMatchObject({
      date: '2024-05-03',
      dateSource: 'header',
    });
    expect(extract('PUNE, May 1 (PTI) Rain fell.', { date: '2024-05-02' }).dateline).toMatchObject({
      date: '2024-05-01',
      yearImplied: true,
    });
    expect(extract('Rain fell on the city.')).toMatchObject({ date: null, dateSource: null });
  });
});

describe('datelines where the story starts: below page furniture, bare tags, damaged separators', () => {
  type Expect = { place: string | null; region?: string | null; agency: string | null; date?: string | null };
  const rows: [string, Expect][] = [
    ['Mumbai: The city council approved the budget on Friday.', { place: 'Mumbai', agency: null }],
    ['New York: The museum reopened its main hall on Sunday.', { place: 'New York', agency: null }],
    ['(Reuters) - Two lenders agreed to merge on Tuesday.', { place: null, agency: 'Reuters', date: null }],
    ['(CNN) -- Floods closed the coastal highway.', { place: null, agency: null }],
    ['GUWAHATI, India  (AP)  Rescuers searched the river.', { place: 'Guwahati', region: 'India', agency: 'AP' }],
    ['PARIS (AFP) - – Museums reopened after the strike.', { place: 'Paris', agency: 'AFP' }],
    ['Pune [India], : The home side won its third match.', { place: 'Pune', region: 'India', agency: null }],
    [
      'Storm shuts schools along the coast\nBy Jane Roe\nUpdated: 3:10 PM EST, March 4, 2024\nShare\nBOSTON (AP) — Schools closed on Monday.',
      { place: 'Boston', agency: 'AP', date: null },
    ],
    [
      'Volunteers clear the river banks\nMore than two thousand volunteers joined the clean-up on its first day, the organisers said.\nNew Delhi: More than two thousand volunteers joined the clean-up.',
      { place: 'New Delhi', agency: null },
    ],
    [
      '* Shares slip * Oil climbs (Updates prices) By Jane Roe March 3 (Reuters) - Stocks fell on Monday as oil rose for a third day and traders waited for the central bank.',
      { place: null, agency: 'Reuters', date: '2020-03-03' },
    ],
    [
      'Fishermen rescued off the coast * Two boats lost By Jane Roe CHENNAI, March 3 (Reuters) - Navy divers rescued eleven fishermen on Monday.',
      { place: 'Chennai', agency: 'Reuters', date: '2020-03-03' },
    ],
  ];
  it.each(rows)('%j', (text, expected) => {
    const r = extract(text, { date: '2020-09-01' });
    expect(r.dateline).toMatchObject(expected);
    const dl = r.dateline;
    expect(dl && text.slice(dl.start, dl.end)).toBe(dl?.text);
    // Nothing above the dateline is left in the body.
    expect(text.lastIndexOf(r.body.slice(0, 20))).toBeGreaterThanOrEqual(dl?.end ?? 0);
  });
  it('takes the first line above a lower dateline for the headline, and cuts the rest above it', () => {
    const r = extract(
      'Storm shuts schools along the coast\nBy Jane Roe\nUpdated: 3:10 PM EST, March 4, 2024\nShare\nBOSTON (AP) — Schools closed on Monday.',
    );
    expect(r.headline).toBe('Storm shuts schools along the coast');
    expect(r.body).toBe('Schools closed on Monday.');
    expect(r.removed.map((x) => x.kind)).toEqual(['byline', 'timestamp', 'promo']);
  });
  const negatives: [string, string][] = [
    ['a label that is not a place', 'Note: The figures are provisional.'],
    ['a town that is also a word', 'Police: The suspect was arrested near the station.'],
    [
      'a bare place under paragraphs of story',
      'The council met on Monday.\nIt approved the budget.\nMumbai: The city will host the next meeting.',
    ],
    [
      'a dated dateline under three paragraphs of story',
      'Officials said the plan would be ready next year and that work would begin in the spring.\nThe council agreed after a long debate that ran late into the night on Tuesday.\nResidents had asked for the plan for more than a decade, and many came to watch.\nLONDON (Reuters) - A second story starts here.',
    ],
    ['an unknown capitalised label below the first line', 'Bond sale set for Friday\nAMOUNT: 2,000,000\nISSUER: County Water Board'],
    [
      'an agency tag in a sentence, with no separator',
      'Shares of the company, which Reuters (Reuters) said were sold, fell on Monday after the results were out.',
    ],
  ];
  it.each(negatives)('no dateline: %s', (_what, text) => {
    expect(extract(text).dateline).toBeNull();
  });
});

describe('paragraphs of a flattened story', () => {
  const sentence = (i: number) => `Officials in the district reported item number ${i} of the day to reporters at noon.`;
  it('breaks a long one-line story before quotes and every few sentences, never inside a quote', () => {
    const text = [
      sentence(1),
      sentence(2),
      '"This first sentence is quoted. And so is this one," the mayor said.',
      sentence(3),
      sentence(4),
      sentence(5),
      sentence(6),
      sentence(7),
      sentence(8),
      sentence(9),
      sentence(10),
    ].join(' ');
    const r = extract(text);
    const paragraphs = r.body.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(2);
    expect(paragraphs).toContain('"This first sentence is quoted. And so is this one," the mayor said.');
    expect(r.warnings.map((w) => w.code)).toContain('flattened');
  });
  it('leaves ordinary paragraphs alone', () => {
    const text = [sentence(1), sentence(2), sentence(3)].join(' ');
    expect(extract(text).body).toBe(text);
    expect(extract(text).warnings).toEqual([]);
  });
});

describe('decodeBytes reads Windows-1252 punctuation', () => {
  it('maps 0x80-0x9F to the Windows-1252 characters, not control codes', () => {
    const r = decodeBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80]));
    expect(r.ok && r.text).toBe('\u201chi\u201d \u2013 \u20ac');
  });
});
