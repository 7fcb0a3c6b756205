/** The about-miss census by cause (ingest/eval/aboutCause.ts). */
import { describe, expect, it } from 'vitest';
import { causeOf, causeSummary } from '../../../ingest/eval/aboutCause';

describe('causeOf', () => {
  it.each([
    ['not-extracted:topic', 'entity'],
    ['no-mention:named', 'entity'],
    ['sibling:before-trigger', 'sibling'],
    ['split:after:purpose', 'sibling'],
    ['sibling:inside:after:and', 'sibling'],
    ['sibling-clause', 'sibling'],
    ['before-trigger', 'span'],
    ['inside:after:including', 'span'],
    ['after:relative', 'span'],
    ['trigger-unknown', 'span'],
  ])('%s → %s', (cls, cause) => {
    expect(causeOf(cls)).toBe(cause);
  });
});

describe('causeSummary', () => {
  it('counts items and distinct files, largest first', () => {
    const misses = [
      { cls: 'after:purpose', file: 'a' },
      { cls: 'not-extracted:topic', file: 'a' },
      { cls: 'no-mention:topic', file: 'a' },
      { cls: 'not-extracted:named', file: 'b' },
      { cls: 'split:after:and', file: 'b' },
    ];
    expect(causeSummary(misses)).toEqual([
      { cause: 'entity', items: 3, files: 2 },
      { cause: 'span', items: 1, files: 1 },
      { cause: 'sibling', items: 1, files: 1 },
    ]);
  });
  it('is empty without misses', () => {
    expect(causeSummary([])).toEqual([]);
  });
});
