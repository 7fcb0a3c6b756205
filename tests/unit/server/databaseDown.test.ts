/**
 * A database that is down: the API answers with a clear 503 instead of hanging or crashing, and
 * connecting names the URI and says what to check. The "down" Neo4j is a closed loopback port.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../db/config';
import { connectDatabase, createDriver, type Database } from '../../../db/connect';
import { buildApp } from '../../../server/app';

async function closedPort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

let uri: string;
let db: Database;
beforeAll(async () => {
  uri = `bolt://127.0.0.1:${await closedPort()}`;
  const driver = createDriver(uri, 'neo4j', 'neo4j');
  db = { driver, database: 'neo4j', uri, local: false, close: () => driver.close() };
});
afterAll(() => db.close());

describe('when Neo4j is down', () => {
  it('connectDatabase fails with Neo4jUnavailableError naming the URI', async () => {
    const config = { ...loadConfig({}), NEO4J_URI: uri };
    await expect(connectDatabase(config)).rejects.toMatchObject({
      name: 'Neo4jUnavailableError',
      message: expect.stringContaining(uri),
    });
  });

  it('the API answers 503 with a reason, and health says degraded', async () => {
    const app = await buildApp({ db, config: { ...loadConfig({}), LOG_LEVEL: 'silent' } });
    try {
      const graph = await app.inject({ method: 'GET', url: '/api/graph' });
      expect(graph.statusCode).toBe(503);
      expect(graph.json()).toMatchObject({ error: { code: 'database_unavailable' } });
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ status: 'degraded' });
    } finally {
      await app.close();
    }
  }, 30_000);
});
