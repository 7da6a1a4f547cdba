// The speaker-phrase check: which phrases may name a group or document speaker, and why the
// others are refused; and what the whole pipeline then gives as the speaker.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { refuseSpeakerPhrase } from '../src/pipeline/speaker-phrase.js';

const check = (phrase: string, head?: number) => {
  const words = phrase.split(' ');
  return refuseSpeakerPhrase(words, head ?? words.length - 1);
};

describe('refuseSpeakerPhrase', () => {
  const taken: [string, number?][] = [
    ['the ministry'],
    ['one voter'],
    ['another'],
    ['the statement'],
    ['a NY1 representative'],
    ['The Harbour Herald'],
    ['the gambling tycoon'],
    ['several environmental groups'],
    ['the retired neurosurgeon'],
    ['a spokesperson for the bank', 1],
    ['the email'],
    ['Japan'],
    ['about 200 protesters'],
    ['the 43-year-old'],
  ];
  it.each(taken)('takes %j', (phrase, head) => {
    expect(check(phrase, head)).toBeNull();
  });
  const refused: [string, RegExp][] = [
    ['Hours later', /opens with "Hours"/],
    ['in a low voice', /opens with "in"/],
    ['Interestingly', /adverb/],
    ['the two-term president will', /verb "will"/],
    ['Rubio Aides sent out a release', /verb "sent"/],
    ['Tennessee', /region/],
    ['New Hampshire', /region/],
    ['Clinton Said Dodd-Frank', /Title Case/],
    ['The issue', /head "issue" cannot speak/],
    ['the firebombing', /head "firebombing" cannot speak/],
    ['his scathing', /cannot speak/],
    ['Pointing to bottles', /participle/],
  ];
  it.each(refused)('refuses %j', (phrase, reason) => {
    expect(check(phrase)).toMatch(reason);
  });
});

describe('speakers that are groups or documents, and phrases that are none', () => {
  const speaker = (text: string) => extract(text).quotes.map((q) => [q.speaker, q.speakerType]);
  it.each([
    ['"We will appeal," the ministry said in a statement.', 'the ministry', 'group'],
    ['"The plan is sound," the report said.', 'the report', 'group'],
    ['"Rates will rise," the regional newspaper wrote on Sunday.', 'the regional newspaper', 'group'],
    [
      '"It is going to be hard," said a longtime party data expert who has worked for two campaigns.',
      'a longtime party data expert',
      'group',
    ],
    ['"We are staying," one voter said.', 'one voter', 'group'],
  ])('%s', (text, name, type) => {
    expect(speaker(text)).toEqual([[name, type]]);
  });
  it('takes the name a title or noun leads up to, not the name that qualifies it', () => {
    const names = (text: string) => extract(text).quotes.map((q) => q.speaker);
    expect(names('Omar Lindqvist filed the appeal. "We will fight on," Lindqvist campaign spokesman Petra Haugland said.')).toEqual([
      'Petra Haugland',
    ]);
    expect(
      names(
        'Dana Whitcombe testified last year. Whitcombe, a witness who had previously called for a retrial, said that "the ruling is fair."',
      ),
    ).toEqual(['Dana Whitcombe']);
  });
  it('reads past an appositive to the name, and takes the name an attribution set off by commas gives', () => {
    const names = (text: string) => extract(text).quotes.map((q) => q.speaker);
    expect(names('Carl Anders, historian at the city archive, says the mayor was "the last of her kind."')).toEqual(['Carl Anders']);
    expect(names('The ferry company\'s owner, Rosa Lindqvist, wrote: "We will not sail until the dock is fixed."')).toEqual([
      'Rosa Lindqvist',
    ]);
    expect(names('The trouble with the plan, says Carl Anders, an economist at the bank, is that it is "too slow by half."')).toEqual([
      'Carl Anders',
    ]);
    // a participle after an appositive is the clause subject's, not the appositive's
    expect(names('Paul Nagy praised his rival, Marta Feldman, saying she was "a worthy opponent."')).toEqual(['Paul Nagy']);
  });
  it('takes the name beside a description, and leaves someone described like anyone unnamed', () => {
    const names = (text: string) => extract(text).quotes.map((q) => q.speaker);
    expect(names('Ruth Calder toured the plant. "We will not close it," the company spokesman, Tom Reyes, said.')).toEqual(['Tom Reyes']);
    expect(names('Ruth Calder toured the plant. "Shame on you!" the man shouted.')).toEqual(['the man']);
    expect(names('Paul Nagy spoke for an hour. "He was tired," his wife said.')).toEqual(['his wife']);
  });
  it('resolves a description to the person whose role it fits best, and keeps a speaker the verb before a quote names', () => {
    const names = (text: string) => extract(text).quotes.map((q) => q.speaker);
    expect(
      names('Foreign Minister Aiko Tanaka met Defence Minister Ravi Menon on Monday. "The talks went well," the defence minister said.'),
    ).toEqual(['Ravi Menon']);
    expect(names('Head coach Ricky Dalton commented, "We have invested in him," according to the club\'s press release.')).toEqual([
      'Ricky Dalton',
    ]);
  });
  it('takes no clause fragment, region or adverb for a speaker', () => {
    expect(speaker('Hours later "the deal was off," in a low voice said.')[0]?.[0]).toBeNull();
    expect(speaker('The vote is close. "We will win the state," Tennessee said.')[0]?.[0]).toBeNull();
    expect(speaker('"It is over," Interestingly said.')[0]?.[0]).toBeNull();
  });
  it('--debug says why a phrase was refused', () => {
    const lines: string[] = [];
    extract('The issue came up again. "Nobody asked us," the issue said.', { debug: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/phrase "the issue" refused: its head "issue" cannot speak/);
  });
});
