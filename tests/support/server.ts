/**
 * Runs the real app (built web + API) on a free loopback port against the test Neo4j, as
 * `npm start` would, for HTTP and browser tests.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../db/config';
import type { Database } from '../../db/connect';
import { buildApp } from '../../server/app';
import { buildWebIfStale, DIST_DIR } from '../../server/buildWeb';
import { testConfig } from './database';

export interface RunningApp {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startTestApp(
  db: Database,
  overrides: Partial<Config> = {},
  withWeb = true,
): Promise<RunningApp> {
  if (withWeb) await buildWebIfStale();
  const app = await buildApp({
    db,
    config: testConfig(overrides),
    staticDir: withWeb ? DIST_DIR : undefined,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
