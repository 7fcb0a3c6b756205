import { describe, expect, it } from 'vitest';
import { remember } from '../../../ingest/boundedMemo';

describe('remember', () => {
  it('stores the value and returns it', () => {
    const memo = new Map<string, number>();
    expect(remember(memo, 'a', 1)).toBe(1);
    expect(memo.get('a')).toBe(1);
  });

  it('empties a memo that reached its limit before storing the next entry', () => {
    const memo = new Map<string, number>([
      ['a', 1],
      ['b', 2],
    ]);
    remember(memo, 'c', 3, 2);
    expect([...memo]).toEqual([['c', 3]]);
  });

  it('keeps a memo under its limit as it is', () => {
    const memo = new Map<string, number>([['a', 1]]);
    remember(memo, 'b', 2, 3);
    expect(memo.size).toBe(2);
  });
});
