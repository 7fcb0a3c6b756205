/**
 * The first view persisted in Neo4j (server/snapshot/), against a real Neo4j: a restarted server
 * (a new app over the same database, with an empty answer cache) serves the stored answers
 * without computing any; an ingest makes them stale; damaged or oversized snapshots are ignored
 * with the reason in the pre-warm's log line; and servers agree whether they restored or computed.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphResponse } from '../../contract/api';
import type { Config } from '../../db/config';
import { loadDocument } from '../../ingest/load/loadBatch';
import { buildApp } from '../../server/app';
import { cacheFor } from '../../server/cache';
import { FIRST_PAINT_PATHS, startPrewarm } from '../../server/prewarm';
import { encodeSnapshot } from '../../server/snapshot/codec';
import { readSnapshot, storeEncoded } from '../../server/snapshot/store';
import { testConfig } from '../support/database';
import { fixtureApp } from '../support/fixtureApp';
import { hostileFixture, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);
const servers: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(servers.map((app) => app.close()));
});

/** A server starting over the same database: its own, empty answer cache. */
async function startServer(overrides: Partial<Config> = {}) {
  const app = await buildApp({ db: ctx.db, config: testConfig(overrides) });
  servers.push(app);
  const lines: string[] = [];
  const warm = startPrewarm(app, { log: (l) => lines.push(l), pollMs: 600_000 });
  return { app, lines, warm, cache: cacheFor(app.db) };
}

async function body(app: FastifyInstance, url: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode).toBe(200);
  return res.body;
}

/** Every first-paint answer of a server, the cited documents included. */
async function firstPaint(app: FastifyInstance): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const path of FIRST_PAINT_PATHS) answers[path] = await body(app, path);
  const graph = JSON.parse(answers['/api/graph'] ?? '{}') as GraphResponse;
  const ids = [...new Set(graph.nodes.map((n) => n.attributes.docId ?? '').filter(Boolean))];
  const docs = `/api/documents?ids=${ids.map(encodeURIComponent).join(',')}&limit=500`;
  answers[docs] = await body(app, docs);
  return answers;
}

describe('the persisted first view', { timeout: 180_000 }, () => {
  it('is stored by the first server that computes it and served by a restarted one without computing', async () => {
    const first = await startServer();
    await first.warm.done;
    first.warm.stop();
    expect(first.lines).toHaveLength(1);
    expect(first.lines[0]).toMatch(
      /pre-computed in \d+ ms .*no snapshot stored; stored as snapshot/,
    );
    expect(first.cache.stats.misses).toBeGreaterThan(0);

    const restarted = await startServer();
    // Arrives while the snapshot is read: waits for it instead of computing the same answer.
    const early = body(restarted.app, '/api/graph');
    await restarted.warm.done;
    restarted.warm.stop();
    await early;
    expect(restarted.lines).toEqual([
      expect.stringMatching(
        /^first view restored from its snapshot in \d+ ms, checked in \d+ ms \(\d+ answers\)$/,
      ),
    ]);
    const served = await firstPaint(restarted.app);
    expect(restarted.cache.stats.misses).toBe(0);
    // Two servers agree: the restored answers are the ones the first server computed …
    expect(served).toEqual(await firstPaint(first.app));
    // … and the ones a server computes for itself with snapshots off (the layout is deterministic).
    const own = await startServer({ FIRST_VIEW_SNAPSHOT_MAX_BYTES: 0 });
    await own.warm.done;
    own.warm.stop();
    expect(own.lines[0]).toMatch(/snapshots off; not stored \(snapshots off\)/);
    expect(await firstPaint(own.app)).toEqual(served);
    expect(JSON.parse(served['/api/graph'] ?? '{}').nodes[0].attributes.x).toEqual(
      expect.any(Number),
    );
  });

  it('is stale after an ingest: the next server computes the new first view and stores it', async () => {
    const before = await startServer();
    await before.warm.done;
    before.warm.stop();
    const documents = JSON.parse(await body(before.app, '/api/graph')) as GraphResponse;
    await loadDocument(ctx.db, hostileFixture());

    const after = await startServer();
    await after.warm.done;
    after.warm.stop();
    expect(after.lines[0]).toMatch(/pre-computed .*of another ingest version; stored as snapshot/);
    expect(after.cache.stats.misses).toBeGreaterThan(0);
    const graph = JSON.parse(await body(after.app, '/api/graph')) as GraphResponse;
    expect(graph.attributes.scope.documents.total).toBe(
      documents.attributes.scope.documents.total + 1,
    );

    const next = await startServer();
    await next.warm.done;
    next.warm.stop();
    expect(next.lines[0]).toMatch(/^first view restored from its snapshot/);
    expect(await body(next.app, '/api/graph')).toBe(JSON.stringify(graph));
  });

  it('a damaged snapshot is ignored with the reason logged, then replaced by a good one', async () => {
    const version = await cacheFor(ctx.app.db).version();
    const good = encodeSnapshot(version, [{ key: 'graph?{}', json: '{"nodes":[]}' }]);
    const flipped = Buffer.from(good.payload);
    flipped[flipped.length - 5] = (flipped[flipped.length - 5] ?? 0) ^ 0xff;
    const garbage = gzipSync('{"format":1,"answers":"none"}');
    const damaged = [
      { payload: flipped, sha256: good.sha256, why: /checksum mismatch \(corrupt\)/ },
      {
        payload: garbage,
        sha256: createHash('sha256').update(garbage).digest('hex'),
        why: /not a snapshot/,
      },
    ];
    for (const { payload, sha256, why } of damaged) {
      await storeEncoded(ctx.db, version, { format: 1, payload, sha256, bytes: payload.length });
      const server = await startServer();
      await server.warm.done;
      server.warm.stop();
      expect(server.lines[0]).toMatch(why);
      expect(server.lines[0]).toMatch(/stored as snapshot/);
      expect(server.cache.stats.misses).toBeGreaterThan(0);
      const read = await readSnapshot(ctx.db, version, 4 * 1024 * 1024);
      expect('answers' in read && read.answers.length).toBeGreaterThan(1);
    }
  });

  it('an oversized snapshot is neither read nor stored', async () => {
    const version = await cacheFor(ctx.app.db).version();
    const read = await readSnapshot(ctx.db, version, 100);
    expect(read).toEqual({
      reason: expect.stringMatching(/^snapshot ignored: \d+ bytes, over the cap of 100$/),
    });

    const small = await startServer({ FIRST_VIEW_SNAPSHOT_MAX_BYTES: 100 });
    await small.warm.done;
    small.warm.stop();
    expect(small.lines[0]).toMatch(
      /pre-computed .*over the cap of 100; not stored: \d+ bytes, over FIRST_VIEW_SNAPSHOT_MAX_BYTES \(100\)/,
    );
    expect(small.cache.stats.misses).toBeGreaterThan(0);
    // The stored one is still the good one.
    expect('answers' in (await readSnapshot(ctx.db, version, 4 * 1024 * 1024))).toBe(true);
  });
});
