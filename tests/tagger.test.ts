// The people tagger: a tiny training set of our own trains a model that tags its own
// sentences; training twice gives the same bytes; the committed model loads and tags
// sentences in the style of the fixtures; and the people stage's rules around the tagger
// (roles, vetoes, folding), as [story, people] tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { AFTER_SENTENCE, BEFORE_SENTENCE, featureHash, shapeOf, VIEWS, wordFeatureNames, wordKeys } from '../src/tagger/features.js';
import { decodeModel, encodeModel, peopleModel } from '../src/tagger/model.js';
import { PeopleTagger, peopleTagger } from '../src/tagger/tagger.js';
import { B, I, labelledSpans, scoreTagger, type TrainingDoc, trainTagger } from '../src/tagger/train.js';
import { tokenise, tokenText } from '../src/text/tokens.js';

/** "[[Asha Verma]] met ..." -> a training document, the bracketed words labelled as one name. */
function doc(marked: string): TrainingDoc {
  const spans: [number, number][] = [];
  let text = '';
  for (const part of marked.split(/(\[\[[^\]]+\]\])/)) {
    if (part.startsWith('[[')) {
      spans.push([text.length, text.length + part.length - 4]);
      text += part.slice(2, -2);
    } else text += part;
  }
  const tokens = tokenise(text);
  const labels = new Uint8Array(tokens.count);
  for (const [s, e] of spans) {
    let first = true;
    for (let i = 0; i < tokens.count; i++) {
      if ((tokens.start[i] as number) >= s && (tokens.end[i] as number) <= e) {
        labels[i] = first ? B : I;
        first = false;
      }
    }
  }
  return { tokens, labels };
}

const TINY = [
  '[[Asha Verma]] met the port officials in Kochi on Monday.',
  'The union said [[Rohan Pillai]] would lead the talks.',
  'Talks with the Harbour Board resumed after [[Meera Iyer]] spoke.',
  'Fishermen in Ponnani blocked the road on Tuesday.',
  '"We will not move," said [[Thomas Kurian]], a boat owner.',
  'The Fisheries Department issued a warning for the coast.',
  '[[Verma]] said the ban would end in June.',
  'Coast Guard ships patrolled off Alappuzha through the night.',
  'Minister [[Lakshmi Nair]] visited the harbour with [[Sajan Joseph]].',
  'The Kerala Maritime Board said prices had doubled.',
];

const opts = { epochs: 10, seed: 7, minUnits: 0 };
const names = (text: string, tagger: PeopleTagger) => {
  const t = tokenise(text);
  return tagger.tag(t, 0, t.count).spans.map((s) => text.slice(t.start[s.first], t.end[s.end - 1]));
};

describe('training', () => {
  const docs = TINY.map(doc);

  it('trains a model that tags its own sentences', () => {
    const { model } = trainTagger(docs, opts);
    const scores = scoreTagger(new PeopleTagger(model), docs);
    expect(scores.fn).toBe(0);
    expect(scores.fp).toBe(0);
    expect(names('Minister Lakshmi Nair visited the harbour with Sajan Joseph.', new PeopleTagger(model))).toEqual([
      'Lakshmi Nair',
      'Sajan Joseph',
    ]);
  });

  it('gives the same bytes when trained twice on the same data and seed', () => {
    const a = trainTagger(TINY.map(doc), opts).bytes;
    const b = trainTagger(TINY.map(doc), opts).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // (and a different seed visits the runs in another order)
    const c = trainTagger(TINY.map(doc), { ...opts, seed: 8 }).bytes;
    expect(c.length).toBe(a.length);
  });

  it('labels names as B then I', () => {
    const d = doc('Minister [[Lakshmi Nair]] visited.');
    expect(labelledSpans(d.labels).map(([s, e]) => [tokenText(d.tokens, s), e - s])).toEqual([['Lakshmi', 2]]);
    expect(Array.from(d.labels.subarray(0, 3))).toEqual([0, B, I]);
  });
});

describe('features', () => {
  const PIECES = [
    'a',
    'e',
    'x',
    'A',
    'E',
    'X',
    'son',
    'Lee',
    'MAR',
    '0',
    '7',
    '-',
    "'",
    '’',
    '.',
    '\u00e9',
    '\u00c9',
    '\u00df',
    '\u0130',
    '\u01c5',
    '\u5317',
    '\u{1d400}',
  ];
  const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  const listed = fc.constantFrom(
    'Asha',
    'Verma',
    'Delhi',
    'NATO',
    'said',
    'Minister',
    'Mr',
    'de',
    'LEICESTERSHIRE',
    'Reuters',
    BEFORE_SENTENCE,
    AFTER_SENTENCE,
  );

  it('wordKeys gives the hashes of wordFeatureNames, in their order', () => {
    fc.assert(
      fc.property(fc.oneof(word, listed), fc.integer({ min: 0, max: VIEWS - 1 }), (w, view) => {
        const names = wordFeatureNames(w, view);
        const { keys, ends } = wordKeys(w, view);
        expect(Array.from(keys)).toEqual(names.flat().map(featureHash));
        expect(Array.from(ends)).toEqual(names.map((_, k) => names.slice(0, k + 1).flat().length));
      }),
      { numRuns: 3000 },
    );
  });

  it('shapes a word by its characters, runs cut to two', () => {
    expect(shapeOf('McCain')).toBe('XxXxx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996')).toBe('dd');
    expect(shapeOf('Jean-Pierre')).toBe('Xxx-Xxx');
    expect(shapeOf('\u00c9mile')).toBe('Xxx');
    expect(shapeOf('\u5317\u4eac')).toBe('\u5317\u4eac');
  });
});

describe('the model file', () => {
  it('survives encoding and decoding', () => {
    const { model, bytes } = trainTagger(TINY.map(doc), opts);
    const again = decodeModel(encodeModel(model));
    expect(Buffer.from(encodeModel(again)).equals(Buffer.from(bytes))).toBe(true);
    expect(() => decodeModel(new Uint8Array(10))).toThrow();
  });

  it('loads the committed model once', () => {
    const m = peopleModel();
    expect(m.keys.length & (m.keys.length - 1)).toBe(0);
    expect(peopleModel()).toBe(m);
  });
});

describe('the committed model tags names', () => {
  it.each([
    ['Union leader Levan Gelashvili told reporters the strike would go on.', ['Levan Gelashvili']],
    ['Prime Minister Narendra Modi met Rahul Gandhi in New Delhi on Monday.', ['Narendra Modi', 'Rahul Gandhi']],
    ['Tamil Nadu Chief Minister M K Rajan said the dam was safe.', ['M K Rajan']],
    ['"We are ready," said Aiko Morimoto, a spokeswoman for the ministry.', ['Aiko Morimoto']],
    ['Ravi Menon, Sanjay Rao and Imran Qureshi were named in the squad.', ['Ravi Menon', 'Sanjay Rao', 'Imran Qureshi']],
  ])('%j', (text, expected) => {
    expect(names(text, peopleTagger())).toEqual(expected);
  });

  it.each([
    'The Ministry of Health said on Monday that cases had fallen.',
    'Shares of Tata Steel rose 2% in Mumbai.',
    'The European Union and NATO issued a joint statement.',
  ])('finds no one in %j', (text) => {
    expect(names(text, peopleTagger())).toEqual([]);
  });
});

/** The people the whole pipeline finds in a story: name, aliases and roles. */
const people = (text: string) => extract(text).people.map((p) => ({ name: p.name, aliases: p.aliases, roles: p.roles }));
const peopleNames = (text: string) => extract(text).people.map((p) => p.name);

describe('the rules around the tagger', () => {
  it.each([
    // A role word fused to the front of a name stays a role.
    ['Off-spinner Ravi Menon took four wickets on the second day.', { name: 'Ravi Menon', roles: ['Off-spinner'] }],
    ['Climatologist Nadia Berg said the season was the wettest on record.', { name: 'Nadia Berg', roles: ['Climatologist'] }],
    ['Ex-Yankee Tom Reyes pitched seven innings.', { name: 'Tom Reyes', roles: ['Ex-Yankee'] }],
    // Titles are roles, not names.
    ['Transport Minister Hiroshi Tanabe visited the plant.', { name: 'Hiroshi Tanabe', roles: ['Transport Minister'] }],
    // Honorifics of Malaysian and Nigerian copy are no part of a name.
    ['Datuk Rosli Hamid, the state police chief, said the suspects were held in Ipoh.', { name: 'Rosli Hamid' }],
    // Initials belong to the name.
    ['Chief Minister M K Rajan opened the bridge on Friday.', { name: 'M K Rajan', roles: ['Chief Minister'] }],
  ])('%j', (text, expected) => {
    expect(people(text)[0]).toMatchObject(expected);
  });

  it('folds a surname and a lone given name into the one person they fit', () => {
    const found = people('Farida Khan scored 80 before lunch. Khan later said the pitch was slow. Farida was named player of the match.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Farida Khan' });
    expect(found[0]?.aliases.sort()).toEqual(['Farida', 'Khan']);
  });

  it('gives no gender to a lone surname', () => {
    const found = extract('Commerce Secretary Gina Castellano spoke first. Castellano said the network would meet in May.').people;
    expect(found.map((p) => p.name)).toEqual(['Gina Castellano']);
  });

  // Names the tagger may take for people that the rules keep out.
  it.each([
    ['A stall owner in Kochi waits for customers, June 3, 2024. REUTERS/Priya Nair/File photo', 'Priya Nair'],
    ['Associated Press writers Maria Lopez in Lima and Tom Reed in Quito contributed to this report.', 'Maria Lopez'],
    ['Kaveri Motors Ltd said on Tuesday it would recall 2,000 scooters. Kaveri said no one was hurt.', 'Kaveri'],
    ['Fishermen in Ponnani said the ban would cost them a month of work.', 'Ponnani'],
    ['Activists of the Karni Sena blocked the highway on Sunday, police said.', 'Karni Sena'],
    ['“The rent went up twice this year.” ― Lucia Ferreira, Northgate', 'Northgate'],
  ])('keeps out %j', (text, name) => {
    expect(peopleNames(text)).not.toContain(name);
  });
});
