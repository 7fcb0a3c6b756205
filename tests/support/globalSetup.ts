/**
 * Starts the real Neo4j of the integration and end-to-end suites: the project's own local server,
 * one per worker lane (vite.config.ts: the files of one lane run one after another, so each lane
 * has a database to itself and two lanes never see each other's writes), each in a fresh store
 * under .neo4j/; or the one NEO4J_URI names (as CI for a remote database would), which the config
 * then runs on a single lane. Also builds the web app once, before any file can ask for it (two
 * lanes building dist/ at once would overwrite each other). Tests get the coordinates through
 * vitest's provide/inject (tests/support/database.ts picks the worker's lane).
 *
 * vitest runs the projects' global setups one after another in its own process, and the 'alone'
 * project's files only after every other file: the first setup starts the lanes of both, and
 * 'alone' runs on lane 1's server once 'integration' is done with it.
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

/** The servers of this run, shared by the projects' setups (one module instance each). */
interface Started {
  locals: LocalNeo4j[];
  users: number;
}
const KEY = Symbol.for('communique-graph/tests/neo4j');
const registry = globalThis as { [KEY]?: Started };

// One store per run and lane, so two runs on one machine (a developer's and CI's) never share a lock.
const home = (lane: number) => `.neo4j/test-${process.pid}-${lane}`;

async function startLanes(first: number, count: number): Promise<LocalNeo4j[]> {
  const config = loadConfig();
  // Build the launcher once before the lanes start (Maven must not run twice at once).
  await launcherClasspath();
  const started = await Promise.allSettled(
    Array.from({ length: count }, (_, i) => {
      rmSync(home(first + i), { recursive: true, force: true });
      return startLocalNeo4j({
        home: home(first + i),
        port: 0,
        heap: config.NEO4J_HEAP,
        pageCache: '256m',
        timeoutSeconds: config.NEO4J_START_TIMEOUT,
      });
    }),
  );
  const locals = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stopAll(locals);
    throw failed.reason;
  }
  return locals;
}

async function stopAll(locals: LocalNeo4j[]): Promise<void> {
  await Promise.all(locals.map((l) => l.stop()));
  for (const l of locals) rmSync(l.home, { recursive: true, force: true });
}

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  const web = buildWebIfStale();
  web.catch(() => undefined); // awaited below; a failed Neo4j start must not leave it unhandled
  let uris = config.NEO4J_URI ? [config.NEO4J_URI] : [];
  if (!config.NEO4J_URI) {
    const lanes = Math.max(1, project.config.maxWorkers);
    // Start at once the lanes of every project of this run that has a global setup (this one),
    // so their JVMs start side by side rather than one project's after the other's.
    const wanted = Math.max(
      lanes,
      ...project.vitest.projects
        .filter((p) => p.config.globalSetup.length > 0)
        .map((p) => p.config.maxWorkers),
    );
    const shared = registry[KEY] ?? { locals: [], users: 0 };
    registry[KEY] = shared;
    if (shared.locals.length < wanted) {
      const have = shared.locals.length;
      shared.locals.push(...(await startLanes(have, wanted - have)));
    }
    shared.users += 1;
    uris = shared.locals.slice(0, lanes).map((l) => l.uri);
  }
  await web;
  project.provide('neo4j', {
    uris,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    local: !config.NEO4J_URI,
  });
}

export async function teardown(): Promise<void> {
  const shared = registry[KEY];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  registry[KEY] = undefined;
  await stopAll(shared.locals);
}
