/**
 * The selector's threshold per candidate (selector/apply.ts thresholdFor): lower in a short
 * statement, except for a phrase with a preposition or a dash inside.
 */
import { describe, expect, it } from 'vitest';
import {
  isPlain,
  SHORT_DOCUMENT,
  SHORT_LOWER,
  thresholdFor,
} from '../../../ingest/topics/selector/apply';

describe('thresholdFor', () => {
  it.each([
    ['a plain noun in a short readout', SHORT_DOCUMENT, 'ceasefire', 0.6 - SHORT_LOWER],
    ['a plain noun phrase in a short statement', 3, 'maritime security', 0.6 - SHORT_LOWER],
    ['a plain noun in a long joint statement', SHORT_DOCUMENT + 1, 'ceasefire', 0.6],
    ['a phrase with "of" in a short statement', 3, 'operations of all sizes', 0.6],
    ['a phrase with "to" in a short statement', 3, 'access to quality', 0.6],
    ['a phrase with "with" in a short statement', 3, 'partnerships with regional firms', 0.6],
    ['a phrase with a dash in a short statement', 3, 'tribal Nations—part', 0.6],
  ])('%s', (_, commitments, text, expected) => {
    expect(thresholdFor(0.6, commitments, isPlain(text, []))).toBeCloseTo(expected, 10);
  });

  it('reads "of" only as a word: "offshore wind" is a plain phrase', () => {
    expect(thresholdFor(0.6, 2, isPlain('offshore wind', []))).toBeCloseTo(0.6 - SHORT_LOWER, 10);
  });

  it('keeps the threshold for a candidate cut before its complement', () => {
    expect(isPlain('consultations', ['next:on'])).toBe(false);
    expect(isPlain('consultations', ['next:.'])).toBe(true);
  });
});
