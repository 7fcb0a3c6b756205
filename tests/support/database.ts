/** The test suite's handle on the real Neo4j that globalSetup started. */
import { inject } from 'vitest';
import { clearDatabase } from '../../db/clear';
import { type Config, loadConfig } from '../../db/config';
import { createDriver, type Database } from '../../db/connect';

export function testConfig(overrides: Partial<Config> = {}): Config {
  const neo = inject('neo4j');
  return {
    ...loadConfig({}),
    NEO4J_URI: neo.uri,
    NEO4J_USERNAME: neo.username,
    NEO4J_PASSWORD: neo.password,
    NEO4J_DATABASE: neo.database,
    LOG_LEVEL: 'silent',
    // A shared CI machine can take seconds to plan a query the first time: suites that are not
    // about deadlines must not fail on one. Deadline tests set their own, small ones.
    API_TIMEOUT_MS: 30_000,
    ...overrides,
  };
}

export function testDatabase(): Database {
  const neo = inject('neo4j');
  const driver = createDriver(neo.uri, neo.username, neo.password);
  // Like connectDatabase: the console gets its own small pool.
  const consoleDriver = createDriver(neo.uri, neo.username, neo.password, { maxPoolSize: 2 });
  return {
    driver,
    consoleDriver,
    database: neo.database,
    uri: neo.uri,
    local: false,
    close: async () => {
      await Promise.all([driver.close(), consoleDriver.close()]);
    },
  };
}

/** Empties the database and applies the schema: each test file starts from the same state. */
export const resetDatabase = clearDatabase;

export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const { records } = await db.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: db.database },
  );
  const row = records[0];
  return { nodes: Number(row?.get('nodes')), relationships: Number(row?.get('relationships')) };
}
