/**
 * The API test files' common setup: an emptied real Neo4j with the given extractions loaded and
 * the app built over it (requests go through `app.inject`, no port). Read `ctx.db` / `ctx.app`
 * inside tests; they are set before the first one runs.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Extraction } from '../../contract/extraction';
import type { Database } from '../../db/connect';
import { loadDocument } from '../../ingest/load/loadBatch';
import { buildApp } from '../../server/app';
import { resetDatabase, testConfig, testDatabase } from './database';

export interface FixtureApp {
  db: Database;
  app: FastifyInstance;
}

export function fixtureApp(fixtures: Extraction[]): FixtureApp {
  const ctx = {} as FixtureApp;
  beforeAll(async () => {
    ctx.db = testDatabase();
    await resetDatabase(ctx.db);
    for (const extraction of fixtures) await loadDocument(ctx.db, extraction);
    ctx.app = await buildApp({ db: ctx.db, config: testConfig() });
    // The full-text index is eventually consistent: wait until it has caught up with the load.
    await ctx.db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: ctx.db.database });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.db?.close();
  });
  return ctx;
}
