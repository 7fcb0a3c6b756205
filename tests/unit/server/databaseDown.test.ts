/**
 * A database that is down: the API answers with a clear 503 instead of hanging or crashing, and
 * connecting names the URI and says what to check. The "down" Neo4j is a closed loopback port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../db/config';
import { connectDatabase, type Database } from '../../../db/connect';
import { buildApp } from '../../../server/app';
import { downDatabase } from '../../support/downDatabase';

// The server's own driver settings, its retries included: the 503 must come within seconds.
let db: Database;
beforeAll(async () => {
  db = await downDatabase();
});
afterAll(() => db.close());

describe('when Neo4j is down', () => {
  it('connectDatabase fails with Neo4jUnavailableError naming the URI', async () => {
    const config = { ...loadConfig({}), NEO4J_URI: db.uri };
    await expect(connectDatabase(config)).rejects.toMatchObject({
      name: 'Neo4jUnavailableError',
      message: expect.stringContaining(db.uri),
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
