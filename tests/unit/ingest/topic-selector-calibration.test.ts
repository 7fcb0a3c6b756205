/**
 * The selector's calibration by kind (ingest/topics/selector/calibration.ts): a lone word, a run of
 * two or three words and a long run each get their own map from the model's log-odds; the bound
 * that skips rows before scoring never drops a row the calibration would pass; and in extraction a
 * calibrated probability only adds whole phrases on free words, never removes the first model's choice.
 */
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { selectTopics } from '../../../ingest/topics/selector/apply';
import {
  calibrate,
  calibrationInputs,
  rawBound,
} from '../../../ingest/topics/selector/calibration';
import { type Selector, tableStats } from '../../../ingest/topics/selector/model';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';

const IDENTITY = [0, 1, 0, 0, 0, 0];
// Lone words raised, long runs lowered (the shape session 52's fit took).
const SHIPPED_LIKE = [0.124, 0.531, 0.354, -0.168, -0.554, -0.206];

describe('calibrationInputs', () => {
  it.each([
    ['security', [1, 0]],
    ['shipbuilding partnership', [0, 0]],
    ['new shipbuilding partnership', [0, 0]],
    ['a new shipbuilding partnership here', [0, 1]],
  ] as const)('"%s" → lone, long', (text, [lone, long]) => {
    const x = calibrationInputs(0.5, text);
    expect([x[2], x[4]]).toEqual([lone, long]);
    // At p 0.5 the log-odds are 0, so the slopes' inputs are 0 too.
    expect([x[1], x[3], x[5]]).toEqual([0, 0, 0]);
  });
});

describe('calibrate', () => {
  it('is the identity with the identity coefficients', () => {
    for (const p of [0.01, 0.3, 0.6, 0.99])
      expect(calibrate(IDENTITY, p, 'word')).toBeCloseTo(p, 9);
  });

  it('raises a lone word and lowers a long run at the same raw probability', () => {
    const lone = calibrate(SHIPPED_LIKE, 0.5, 'resilience');
    const pair = calibrate(SHIPPED_LIKE, 0.5, 'clean energy');
    const long = calibrate(SHIPPED_LIKE, 0.5, 'one two three four');
    expect(lone).toBeGreaterThan(pair);
    expect(pair).toBeGreaterThan(long);
  });
});

describe('rawBound', () => {
  it.each([
    [IDENTITY, 0.6],
    [SHIPPED_LIKE, 0.6],
    [SHIPPED_LIKE, 0.5],
  ])('never drops a row the calibration passes (%j at %d)', (coefficients, threshold) => {
    const bound = rawBound(coefficients, threshold);
    for (const text of ['word', 'two words', 'one two three four'])
      for (let p = 0.001; p < bound; p += 0.001)
        expect(calibrate(coefficients, p, text)).toBeLessThan(threshold);
    // And it is tight for the kind that needs the least.
    const passes = ['word', 'two words', 'one two three four'].some(
      (text) => calibrate(coefficients, bound + 1e-4, text) >= threshold,
    );
    expect(passes).toBe(true);
  });

  it('is 0 where a kind would fall as the raw probability rises', () => {
    expect(rawBound([0, 1, 0, -2, 0, 0], 0.6)).toBe(0);
  });
});

function doc(body: string): SourceDocument {
  return memoryDocument('Joint Statement', body, 't');
}

function model(weights: Record<string, number>, calibration?: number[]): Selector {
  return {
    weights: new Map(Object.entries(weights)),
    stats: tableStats(new Map(), new Map()),
    threshold: 0.6,
    ...(calibration ? { calibration } : {}),
  };
}

describe('selectTopics with a calibration', () => {
  const TEXT =
    'Japan and the United States welcomed progress toward the launch of a new shipbuilding partnership on maritime domain awareness and coast guard training.';
  const { extraction, terms } = extractByRules(doc(TEXT));
  const added = (out: typeof extraction) =>
    out.entities.filter((e) => !extraction.entities.includes(e)).map((e) => e.name);
  const partnership = 'phrase:shipbuilding partnership';
  // Raw p 0.5: below 0.6; a calibration with bias +1 lifts it to ≈ 0.73.
  const lifted = [1, 1, 0, 0, 0, 0];

  it('adds a whole phrase its calibrated probability passes', () => {
    const weights = { [partnership]: 9, bias: -9 };
    expect(added(selectTopics(extraction, terms, lexicon(), model(weights)))).toEqual([]);
    const out = selectTopics(extraction, terms, lexicon(), model(weights, lifted));
    expect(added(out)).toContain('shipbuilding partnership');
  });

  it("never removes the first model's choice, however low it calibrates it", () => {
    const weights = { [partnership]: 5 };
    const sunk = selectTopics(extraction, terms, lexicon(), model(weights, [-9, 1, 0, 0, 0, 0]));
    expect(added(sunk)).toEqual(['shipbuilding partnership']);
  });

  it('adds no piece of a longer noun phrase, which the first model may still choose', () => {
    // "private housing" of "private housing actors" (wholePhrase.ts), as for the ensemble.
    const cut = extractByRules(
      doc('The United States will work with local stakeholders and private housing actors.'),
    );
    // Raw p 0.38, under this short statement's 0.5; calibrated 0.62.
    const low = { 'phrase:private housing': 9, bias: -9.5 };
    expect(selectTopics(cut.extraction, cut.terms, lexicon(), model(low, lifted))).toBe(
      cut.extraction,
    );
    const high = { 'phrase:private housing': 9, bias: -8 };
    const first = selectTopics(cut.extraction, cut.terms, lexicon(), model(high, lifted));
    expect(first.entities.map((e) => e.name)).toContain('private housing');
  });
});
