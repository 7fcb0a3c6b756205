/**
 * The first view right after a start, against a real Neo4j: an ingest run (`npm run ingest`)
 * stores the first view's snapshot itself (a `--delete` too), so the next server restores it
 * without computing;
 * the pre-warm's reads are not held to a user request's deadline (a just-started Neo4j can
 * take longer); and a pre-warm that fails (Neo4j not there yet) tries again within seconds
 * instead of at the next version poll.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createDriver } from '../../db/connect';
import { buildApp } from '../../server/app';
import { cacheFor } from '../../server/cache';
import { FIRST_PAINT_PATHS, startPrewarm } from '../../server/prewarm';
import { testConfig } from '../support/database';
import { fixtureApp } from '../support/fixtureApp';
import { trilateralFixture } from './api-fixture';

const run = promisify(execFile);
const ctx = fixtureApp([trilateralFixture()]);
const FILE = new URL(
  '../../data/corpus/2021-09-24-quad-leaders-joint-statement.txt',
  import.meta.url,
).pathname;

async function startServer(overrides: Parameters<typeof testConfig>[0] = {}, retryMs?: number) {
  const app = await buildApp({ db: ctx.db, config: testConfig(overrides) });
  const lines: string[] = [];
  const warm = startPrewarm(app, {
    log: (l) => lines.push(l),
    pollMs: 600_000,
    ...(retryMs ? { retryMs } : {}),
  });
  return { app, lines, warm };
}

/** A restarted server's first view: restored from the snapshot, computed nothing; its total. */
async function restartedFirstViewDocuments(): Promise<number> {
  const restarted = await startServer();
  try {
    await restarted.warm.done;
    expect(restarted.lines).toEqual([
      expect.stringMatching(/^first view restored from its snapshot in \d+ ms/),
    ]);
    const graph = await restarted.app.inject({ method: 'GET', url: FIRST_PAINT_PATHS[0] ?? '' });
    expect(graph.statusCode).toBe(200);
    expect(cacheFor(restarted.app.db).stats.misses).toBe(0);
    return graph.json().attributes.scope.documents.total;
  } finally {
    restarted.warm.stop();
    await restarted.app.close();
  }
}

describe('the first view after a start', { timeout: 240_000 }, () => {
  it('npm run ingest stores it: the next server restores it and computes nothing', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'ingest/cli/ingest.ts', FILE, '--jobs', '1'],
      {
        env: { ...process.env, NEO4J_URI: ctx.db.uri },
      },
    );
    expect(stdout).toContain('documents: 1 loaded');
    expect(stdout).toMatch(/first view pre-computed in \d+ ms .*stored as snapshot/);

    // The stored first view is the current corpus's: it includes the document just ingested.
    expect(await restartedFirstViewDocuments()).toBe(2);
  });

  it('npm run ingest -- --delete stores it too: the restarted server restores the smaller corpus', async () => {
    const { records } = await ctx.db.driver.executeQuery(
      'MATCH (d:Document) WHERE d.id <> $kept RETURN d.id AS id',
      { kept: trilateralFixture().documents[0]?.id },
      { database: ctx.db.database },
    );
    const docId = String(records[0]?.get('id'));
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'ingest/cli/ingest.ts', '--delete', docId],
      {
        env: { ...process.env, NEO4J_URI: ctx.db.uri },
      },
    );
    expect(stdout).toContain(`deleted ${docId}`);
    expect(stdout).toMatch(/first view pre-computed in \d+ ms .*stored as snapshot/);

    expect(await restartedFirstViewDocuments()).toBe(1);
  });

  it("is pre-computed under its own deadline, not a user request's", async () => {
    // A deadline no read can meet: users get 503s; the pre-warm still computes the first view.
    const server = await startServer({ API_TIMEOUT_MS: 1, FIRST_VIEW_SNAPSHOT_MAX_BYTES: 0 });
    try {
      await server.warm.done;
      expect(server.lines).toEqual([expect.stringMatching(/^first view pre-computed in \d+ ms/)]);
      const user = await server.app.inject({ method: 'GET', url: '/api/search?q=japan' });
      expect(user.statusCode).toBe(503);
    } finally {
      server.warm.stop();
      await server.app.close();
    }
  });

  it('tries again within seconds when Neo4j cannot be reached, backing off', async () => {
    // The driver's shortest retry (~1 s, not 3-5 s): the retries under test are the pre-warm's.
    const driver = createDriver('bolt://127.0.0.1:1', 'neo4j', 'neo4j', { transactionRetryMs: 0 });
    const app = await buildApp({ db: { ...ctx.db, driver }, config: testConfig() });
    const lines: string[] = [];
    const warm = startPrewarm(app, { log: (l) => lines.push(l), pollMs: 600_000, retryMs: 50 });
    try {
      await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(3), {
        timeout: 60_000,
        interval: 100,
      });
      expect(lines.slice(0, 3)).toEqual([
        expect.stringMatching(
          /^could not pre-compute the first view: .*\(trying again in 50 ms\)$/,
        ),
        expect.stringMatching(/\(trying again in 100 ms\)$/),
        expect.stringMatching(/\(trying again in 200 ms\)$/),
      ]);
    } finally {
      warm.stop();
      await warm.done;
      await app.close();
      await driver.close();
    }
  });
});
