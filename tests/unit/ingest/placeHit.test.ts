/**
 * The shared hit placement (ingest/entities/placeHit.ts): what counts as taken, what is dropped,
 * where the new hit lands among equal starts, and that the caller's list is the one stored.
 */
import { describe, expect, it } from 'vitest';
import { entityHit } from '../../../ingest/entities/hit';
import { insertHit, overlapsAny, placeHit } from '../../../ingest/entities/placeHit';
import type { EntityHit } from '../../../ingest/types';

const at = (id: string, start: number, end: number, type: EntityHit['type'] = 'Topic') =>
  entityHit(id, type, start, end, id);

describe('overlapsAny', () => {
  const hits = [at('a', 0, 5), at('b', 10, 15, 'Country')];
  it.each([
    ['shares a character at the start', 4, 8, true],
    ['shares a character at the end', 8, 11, true],
    ['lies inside', 11, 12, true],
    ['covers', 9, 16, true],
    ['touches the end only', 5, 10, false],
    ['lies after all', 15, 20, false],
  ])('a span that %s', (_why, start, end, taken) => {
    expect(overlapsAny(hits, start, end)).toBe(taken);
  });
  it('counts only the hits the predicate accepts', () => {
    expect(overlapsAny(hits, 9, 16, (hit) => hit.type === 'Topic')).toBe(false);
    expect(overlapsAny(hits, 3, 16, (hit) => hit.type === 'Topic')).toBe(true);
  });
});

describe('insertHit', () => {
  it('keeps the list sorted by start, a new hit after the ones starting with it', () => {
    const hits = [at('a', 0, 5), at('c', 10, 15), at('d', 20, 25)];
    insertHit(hits, at('new', 10, 12));
    expect(hits.map((hit) => hit.entityId)).toEqual(['a', 'c', 'new', 'd']);
  });
  it('drops in place the hits the predicate selects, and only those', () => {
    const hits = [at('a', 0, 5), at('b', 6, 8, 'Country'), at('c', 7, 9)];
    const same = hits;
    insertHit(hits, at('new', 6, 9), (hit) => hit.type === 'Country');
    expect(same).toBe(hits);
    expect(hits.map((hit) => hit.entityId)).toEqual(['a', 'new', 'c']);
  });
});

describe('placeHit', () => {
  it("stores the caller's list as the sentence's", () => {
    const map = new Map<number, EntityHit[]>();
    const hits: EntityHit[] = [];
    placeHit(map, 3, hits, at('x', 1, 2));
    expect(map.get(3)).toBe(hits);
    expect(hits.map((hit) => hit.entityId)).toEqual(['x']);
  });
});
