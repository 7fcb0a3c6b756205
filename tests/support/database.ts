/** The test suite's handle on the real Neo4j that globalSetup started for this worker's lane. */
import { inject } from 'vitest';
import { clearDatabase } from '../../db/clear';
import { type Config, loadConfig } from '../../db/config';
import { createDriver, type Database } from '../../db/connect';

/**
 * The Neo4j of this worker: vitest numbers the workers that run at the same time 1…maxWorkers
 * (VITEST_POOL_ID), and globalSetup started one Neo4j per number, so no two files running at
 * once ever share a database.
 */
export function testNeo4j(): {
  uri: string;
  username: string;
  password: string;
  database: string;
} {
  const { uris, ...neo } = inject('neo4j');
  const lane = Number(process.env.VITEST_POOL_ID ?? '1') - 1;
  const uri = uris[uris.length === 1 ? 0 : lane];
  if (!uri) {
    throw new Error(
      `tests: worker ${lane + 1} has no Neo4j of its own (${uris.length} started): run with at most that many workers`,
    );
  }
  return { ...neo, uri };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const neo = testNeo4j();
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
  const neo = testNeo4j();
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
