/**
 * Starts one real Neo4j for the integration and end-to-end suites: the project's own local
 * server in a fresh store under .neo4j/test, or the one NEO4J_URI names (as CI for a remote
 * database would). Tests get its coordinates through vitest's provide/inject.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../db/config';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j-launcher/start';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string; local: boolean };
  }
}

// One store per run, so two runs on one machine (a developer's and CI's) never share a lock.
const TEST_HOME = `.neo4j/test-${process.pid}`;
let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  let uri = config.NEO4J_URI;
  if (!uri) {
    rmSync(TEST_HOME, { recursive: true, force: true });
    local = await startLocalNeo4j({
      home: TEST_HOME,
      port: 0,
      heap: config.NEO4J_HEAP,
      pageCache: '256m',
      timeoutSeconds: config.NEO4J_START_TIMEOUT,
    });
    uri = local.uri;
  }
  project.provide('neo4j', {
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    local: local !== undefined,
  });
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (local) rmSync(TEST_HOME, { recursive: true, force: true });
}
