/**
 * Fitting the selector's calibration by kind (ingest/eval/selectorCalibration.ts): the fit recovers
 * a known map from raw probabilities to gold shares, and `rowOffers` marks exactly the rows
 * extraction would offer.
 */
import { describe, expect, it } from 'vitest';
import {
  BARRED,
  fitCalibration,
  LONE,
  OFFERED,
  rowOffers,
} from '../../../ingest/eval/selectorCalibration';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { sigmoid } from '../../../ingest/topics/selector/model';
import { candidateRows } from '../../../ingest/topics/selector/rows';
import { memoryDocument } from '../../support/extractText';

/** A seeded generator (Park–Miller): the same rows every run. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** Rows whose gold share is sigmoid(truth · inputs): lone words above their raw p, long runs below. */
function rows(truth: readonly number[], n = 20000) {
  const random = rng(7);
  return Array.from({ length: n }, () => {
    const p = 0.02 + 0.96 * random();
    const kind = random();
    const text = kind < 0.3 ? 'word' : kind < 0.7 ? 'two words' : 'one two three four';
    const z = Math.log(p / (1 - p));
    const lone = text === 'word' ? 1 : 0;
    const long = text.split(' ').length >= 4 ? 1 : 0;
    const x = [1, z, lone, lone * z, long, long * z];
    const share = sigmoid(x.reduce((sum, v, i) => sum + v * truth[i]!, 0));
    return { p, text, label: random() < share ? 1 : 0 };
  });
}

describe('fitCalibration', () => {
  it.each([[[0, 1, 0, 0, 0, 0]], [[0.2, 0.5, 0.4, -0.2, -0.5, -0.2]]])('recovers %j', (truth) => {
    const fitted = fitCalibration(rows(truth));
    for (const [i, w] of fitted.entries()) expect(Math.abs(w - truth[i]!)).toBeLessThan(0.15);
  });
});

describe('rowOffers', () => {
  it('marks the rows extraction offers with no lone word allowed, and the lone words the counts decide', () => {
    const body =
      'Japan and the United States welcomed progress toward the launch of a new shipbuilding partnership on maritime domain awareness and coast guard training.';
    const document = memoryDocument('Joint Statement', body, 't');
    const rules = extractByRules(document);
    const all = candidateRows(rules.extraction, rules.terms, lexicon());
    const offers = rowOffers(all, rules, lexicon());
    expect(offers).toHaveLength(all.length);
    const key = (r: { commitment: number; start: number; end: number }) =>
      `${r.commitment}:${r.start}:${r.end}`;
    const strict = new Set(
      candidateRows(rules.extraction, rules.terms, lexicon(), () => false).map(key),
    );
    const loose = new Set(
      candidateRows(rules.extraction, rules.terms, lexicon(), () => true).map(key),
    );
    all.forEach((row, i) => {
      const expected = strict.has(key(row)) ? OFFERED : loose.has(key(row)) ? LONE : BARRED;
      expect(offers[i]).toBe(expected);
    });
    // Training reads more rows than extraction offers.
    expect(offers).toContain(OFFERED);
  });
});
