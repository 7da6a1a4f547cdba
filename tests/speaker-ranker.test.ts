// The speaker ranker: how it chooses, what its weights file holds, and that --debug shows it.
import { describe, expect, it } from 'vitest';
import { SPEAKER_WEIGHTS } from '../src/data/speaker-weights.js';
import { extract } from '../src/index.js';
import { type Candidate, chooseSpeaker, scoreOf } from '../src/pipeline/speaker-ranker.js';

const candidate = (speaker: string | null, features: string[]): Candidate => ({
  found: { speaker, speakerType: speaker ? 'person' : null, attribution: 'context', person: null },
  features,
});

describe('chooseSpeaker', () => {
  const weights = new Map([
    ['near', 2],
    ['subject', 1],
    ['none', 0.5],
  ]);
  it('takes the candidate whose features weigh most', () => {
    const best = chooseSpeaker([candidate(null, ['none']), candidate('A', ['subject']), candidate('B', ['near', 'subject'])], weights);
    expect(best?.found.speaker).toBe('B');
  });
  it('keeps the first (the rules’ answer) on a tie, and with no weights at all', () => {
    expect(chooseSpeaker([candidate('A', ['subject']), candidate('B', ['subject'])], weights)?.found.speaker).toBe('A');
    expect(chooseSpeaker([candidate('A', ['x']), candidate('B', ['near'])], new Map())?.found.speaker).toBe('A');
  });
  it('adds the weights of known features and ignores unknown ones', () => {
    expect(scoreOf(['near', 'near', 'unknown'], weights)).toBe(4);
  });
});

describe('the trained weights', () => {
  it('are finite numbers on named features', () => {
    const entries = Object.entries(SPEAKER_WEIGHTS);
    expect(entries.length).toBeGreaterThan(10);
    for (const [feature, weight] of entries) {
      expect(feature).toMatch(/^[a-z][\w&=:+^$?-]*$/);
      expect(Number.isFinite(weight)).toBe(true);
    }
  });
});

describe('ranked quotes', () => {
  it('--debug lists the candidates with their scores for a quote no cue attributes', () => {
    const lines: string[] = [];
    extract('Farida Osei spent the weekend in the villages east of the city.\n\n"Every week without water is a week of sick children."', {
      debug: (l) => lines.push(l),
    });
    const trace = lines.join('\n');
    expect(trace).toMatch(/ranked Farida Osei: -?\d+\.\d\d \[person /);
    expect(trace).toMatch(/ranked no speaker: -?\d+\.\d\d \[none /);
  });
});
