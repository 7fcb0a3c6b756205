/**
 * Starts the real Neo4j of the integration and end-to-end suites: the project's own local server,
 * one per worker lane (vite.config.ts: the files of one lane run one after another, so each lane
 * has a database to itself and two lanes never see each other's writes), each in a fresh store
 * under .neo4j/; or the one NEO4J_URI names (as CI for a remote database would), which the config
 * then runs on a single lane. Also builds the web app once, before any file can ask for it (two
 * lanes building dist/ at once would overwrite each other). Tests get the coordinates through
 * vitest's provide/inject (tests/support/database.ts picks the worker's lane).
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../db/config';
import { launcherClasspath } from '../../neo4j-launcher/build';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j-launcher/start';
import { buildWebIfStale } from '../../server/buildWeb';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: {
      /** One Bolt URI per worker lane (VITEST_POOL_ID 1, 2, …); a single one for NEO4J_URI. */
      uris: string[];
      username: string;
      password: string;
      database: string;
      local: boolean;
    };
  }
}

// One store per run and lane, so two runs on one machine (a developer's and CI's) never share a lock.
const home = (lane: number) => `.neo4j/test-${process.pid}-${lane}`;
let locals: LocalNeo4j[] = [];

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  const web = buildWebIfStale();
  web.catch(() => undefined); // awaited below; a failed Neo4j start must not leave it unhandled
  let uris = config.NEO4J_URI ? [config.NEO4J_URI] : [];
  if (!config.NEO4J_URI) {
    // Build the launcher once before the lanes start (Maven must not run twice at once).
    await launcherClasspath();
    const lanes = Math.max(1, project.config.maxWorkers);
    const started = await Promise.allSettled(
      Array.from({ length: lanes }, (_, lane) => {
        rmSync(home(lane), { recursive: true, force: true });
        return startLocalNeo4j({
          home: home(lane),
          port: 0,
          heap: config.NEO4J_HEAP,
          pageCache: '256m',
          timeoutSeconds: config.NEO4J_START_TIMEOUT,
        });
      }),
    );
    locals = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      await teardown();
      throw failed.reason;
    }
    uris = locals.map((l) => l.uri);
  }
  await web;
  project.provide('neo4j', {
    uris,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    local: locals.length > 0,
  });
}

export async function teardown(): Promise<void> {
  await Promise.all(locals.map((l) => l.stop()));
  for (const l of locals) rmSync(l.home, { recursive: true, force: true });
  locals = [];
}
