/** The matchers' short-list sort orders numbers as a typed array's numeric sort does. */
import { describe, expect, it } from 'vitest';
import { sortNumbers } from '../../../ingest/entities/sortNumbers';

describe('sortNumbers', () => {
  it('sorts short and long lists, repeats and large integers included, in place', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let length = 0; length <= 80; length++) {
      const list = Array.from({ length }, () => (next() % 50) * 1e9 * 1e4 + (next() % 7));
      const expected = [...Float64Array.from(list).sort()];
      const sorted = sortNumbers(list);
      expect(sorted).toBe(list);
      expect(sorted).toEqual(expected);
    }
  });
});
