/**
 * pointsBack reads only the tail before `start`: it must answer as the pattern over the whole
 * text before `start` does, at every offset of texts built to probe word boundaries and spaces.
 */
import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../../ingest/topics/pointsBack';

const WHOLE = /\b(?:these|those|such)\s+$/i;

const TEXTS = [
  'such illicit transfers of arms',
  'condemn these provocative acts and those  launches',
  'nonsuch acts, THESE\u00a0tests and Those\ttests; such',
  'these',
  '  such ',
  'x_these acts, 5those acts, é these acts, (such) acts, such-like acts',
  'we urge such\n\nsteps',
];

describe('pointsBack', () => {
  it('agrees with the pattern over the whole text before the offset', () => {
    let agreed = 0;
    for (const text of TEXTS) {
      for (let start = 0; start <= text.length + 1; start++) {
        expect(pointsBack(text, start), `${JSON.stringify(text)} @${start}`).toBe(
          WHOLE.test(text.slice(0, start)),
        );
        agreed++;
      }
    }
    expect(agreed).toBeGreaterThan(200);
  });

  it('agrees with the Latin-boundary pattern it replaced, case-blind, beside any letter', () => {
    const LATIN = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:these|those|such)\s+$/i;
    const probes = [
      'ɓsuch acts',
      'ÀTHESE acts',
      'ſuch acts',
      'Ɓthose  x',
      'ʼthese x',
      '’such x',
      'ŞUCH x',
    ];
    for (const text of [...TEXTS, ...probes]) {
      for (let start = 0; start <= text.length + 1; start++) {
        expect(pointsBack(text, start), `${JSON.stringify(text)} @${start}`).toBe(
          LATIN.test(text.slice(0, start)),
        );
      }
    }
  });

  it('points back after a demonstrative only', () => {
    expect(pointsBack('condemn these acts', 14)).toBe(true);
    expect(pointsBack('condemn the acts', 12)).toBe(false);
    expect(pointsBack('nonsuch acts', 8)).toBe(false);
  });
});
