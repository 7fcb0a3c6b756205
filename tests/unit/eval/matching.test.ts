import { describe, expect, it } from 'vitest';
import { matchOneToOne } from '../../../ingest/eval/matching';

describe('matchOneToOne', () => {
  it('takes the best-scoring pairs first', () => {
    const { pairs } = matchOneToOne([
      { left: 0, right: 0, score: 1 },
      { left: 0, right: 1, score: 3 },
      { left: 1, right: 0, score: 2 },
    ]);
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('never loses a match to a greedy choice', () => {
    // Greedy alone takes 0→0 (score 3) and leaves gold 1 unmatched; its only candidate is 0.
    const { pairs } = matchOneToOne([
      { left: 0, right: 0, score: 3 },
      { left: 0, right: 1, score: 1 },
      { left: 1, right: 0, score: 1 },
    ]);
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('uses each side at most once', () => {
    const { pairs } = matchOneToOne([
      { left: 0, right: 0, score: 1 },
      { left: 1, right: 0, score: 1 },
      { left: 2, right: 0, score: 1 },
    ]);
    expect(pairs).toHaveLength(1);
  });
});
