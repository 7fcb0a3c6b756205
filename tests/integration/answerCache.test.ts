/**
 * The answer cache's shared computations (server/cache.ts), keyed by the ingest version read from
 * a real Neo4j: a request that joined a computation whose starter's deadline passed computes for
 * itself under its own deadline; any other failure is shared, and nothing failed is kept.
 */
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../server/cache';
import { DeadlineError } from '../../server/deadline';
import { fixtureApp } from '../support/fixtureApp';
import { trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);

/** A computation that settles after `ms`, counting its runs. */
function slow(ms: number, outcome: () => unknown) {
  const job = {
    runs: 0,
    compute: async () => {
      job.runs++;
      await new Promise((done) => setTimeout(done, ms));
      return outcome();
    },
  };
  return job;
}

describe('the answer cache', { timeout: 60_000 }, () => {
  it('a joined computation past its starter deadline is computed again for the joiner', async () => {
    const cache = new AnswerCache(ctx.db);
    const starter = slow(100, () => {
      throw new DeadlineError(100, 'the first view');
    });
    const joiner = slow(10, () => ({ answer: 42 }));
    const first = cache.get('graph', starter.compute);
    // Asked while the first is in flight: it joins instead of computing.
    const second = cache.get('graph', joiner.compute);
    await expect(first).rejects.toMatchObject({ name: 'DeadlineError' });
    expect(JSON.parse((await second).json)).toEqual({ answer: 42 });
    expect({ starter: starter.runs, joiner: joiner.runs }).toEqual({ starter: 1, joiner: 1 });
    // The joiner's answer is the one kept.
    const later = slow(10, () => ({ answer: 0 }));
    expect(JSON.parse((await cache.get('graph', later.compute)).json)).toEqual({ answer: 42 });
    expect(later.runs).toBe(0);
  });

  it('any other failure is shared, not computed again, and not kept', async () => {
    const cache = new AnswerCache(ctx.db);
    const broken = slow(50, () => {
      throw new TypeError('bad row');
    });
    const joiner = slow(10, () => ({ answer: 1 }));
    const first = cache.get('entity', broken.compute);
    const second = cache.get('entity', joiner.compute);
    await expect(first).rejects.toThrow('bad row');
    await expect(second).rejects.toThrow('bad row');
    expect(joiner.runs).toBe(0);
    expect(JSON.parse((await cache.get('entity', joiner.compute)).json)).toEqual({ answer: 1 });
  });

  it('a joiner computes again at most once: its own deadline error is its answer', async () => {
    const cache = new AnswerCache(ctx.db);
    const expired = () => {
      throw new DeadlineError(50, 'the lens');
    };
    const starter = slow(50, expired);
    const joiner = slow(50, expired);
    const first = cache.get('lens', starter.compute);
    const second = cache.get('lens', joiner.compute);
    await expect(first).rejects.toMatchObject({ name: 'DeadlineError' });
    await expect(second).rejects.toMatchObject({ name: 'DeadlineError' });
    expect({ starter: starter.runs, joiner: joiner.runs }).toEqual({ starter: 1, joiner: 1 });
  });
});
