/**
 * The first view's answers computed before anyone asks (server/prewarm.ts), against a real Neo4j:
 * after the warm, the explorer's first-paint requests are cache hits, observed through the
 * cache's own counters; a load seen by the version poll warms again.
 */
import { describe, expect, it, vi } from 'vitest';
import type { GraphResponse } from '../../contract/api';
import { documentIdBatches } from '../../contract/firstView';
import { loadDocument } from '../../ingest/load/loadBatch';
import { buildApp } from '../../server/app';
import { cacheFor } from '../../server/cache';
import { FIRST_PAINT_PATHS, startPrewarm } from '../../server/prewarm';
import { testConfig } from '../support/database';
import { fixtureApp } from '../support/fixtureApp';
import { hostileFixture, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);

const get = async (url: string) => {
  const res = await ctx.app.inject({ method: 'GET', url });
  expect(res.statusCode).toBe(200);
  return res;
};

describe('pre-warming the first view', { timeout: 120_000 }, () => {
  it('a request during the warm shares its computation; afterwards first-paint requests are hits', async () => {
    const cache = cacheFor(ctx.app.db);
    const lines: string[] = [];
    const warm = startPrewarm(ctx.app, { log: (l) => lines.push(l), pollMs: 60_000 });
    try {
      // Arrives while the warm runs: whichever asks first computes, the other waits for it.
      const during = get('/api/graph');
      await warm.done;
      await during;
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^first view pre-computed in \d+ ms/);
      // One computation per distinct answer: the first-paint paths and one page of cited documents.
      expect(cache.stats.misses).toBe(FIRST_PAINT_PATHS.length + 1);

      const before = { ...cache.stats };
      const graph = (await get('/api/graph')).json<GraphResponse>();
      for (const path of FIRST_PAINT_PATHS.slice(1)) await get(path);
      const [ids = []] = documentIdBatches(graph.nodes.map((n) => n.attributes.docId ?? ''));
      expect(ids.length).toBeGreaterThan(0);
      await get(`/api/documents?ids=${ids.map(encodeURIComponent).join(',')}&limit=500`);
      expect(cache.stats.misses).toBe(before.misses);
      expect(cache.stats.hits).toBe(before.hits + FIRST_PAINT_PATHS.length + 1);
      // The answer carries the server's layout: a position on every node.
      expect(graph.nodes.every((n) => Number.isFinite(n.attributes.x))).toBe(true);
      expect(graph.nodes.every((n) => Number.isFinite(n.attributes.y))).toBe(true);
    } finally {
      warm.stop();
    }
  });

  it('warms again when the version poll sees a load, so the new first view is a hit too', async () => {
    const cache = cacheFor(ctx.app.db);
    const lines: string[] = [];
    const warm = startPrewarm(ctx.app, { log: (l) => lines.push(l), pollMs: 100 });
    try {
      await warm.done;
      const documents = (await get('/api/graph')).json<GraphResponse>().attributes.scope.documents;
      await loadDocument(ctx.db, hostileFixture());
      await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(2), {
        timeout: 60_000,
        interval: 100,
      });
      await warm.done;
      const misses = cache.stats.misses;
      const graph = (await get('/api/graph')).json<GraphResponse>();
      expect(cache.stats.misses).toBe(misses);
      expect(graph.attributes.scope.documents.total).toBe(documents.total + 1);
      // The poll does not warm again while the version stays the same.
      const warms = lines.length;
      await new Promise((done) => setTimeout(done, 500));
      expect(lines.slice(warms - 1)).toEqual(lines.slice(warms - 1, warms));
    } finally {
      warm.stop();
    }
  });

  it("is not held to the loopback client's rate limit: its requests say they are its own", async () => {
    // One expensive request a minute: the warm asks the graph and the lens, both limited routes.
    const app = await buildApp({ db: ctx.db, config: testConfig({ API_RATE_LIMIT: 1 }) });
    const lines: string[] = [];
    const warm = startPrewarm(app, { log: (l) => lines.push(l), pollMs: 60_000 });
    try {
      await warm.done;
      expect(lines).toEqual([expect.stringMatching(/^first view (pre-computed|restored)/)]);
      // A client from the same address is still limited.
      await app.inject({ method: 'GET', url: '/api/graph' });
      expect((await app.inject({ method: 'GET', url: '/api/graph' })).statusCode).toBe(429);
    } finally {
      warm.stop();
      await app.close();
    }
  });
});
