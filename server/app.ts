/**
 * The HTTP API and the built web app on one Fastify instance. Each concern is a route module in
 * `server/routes/`; this file only wires them with the app-wide guards (security, response
 * limits, redacted logs), handles errors uniformly, and serves `dist/`.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../db/config';
import type { Database } from '../db/connect';
import { ConsoleBudget } from './cypher/budget';
import { MalformedRowError } from './db';
import { toErrorResponse } from './errorResponse';
import { loggerOptions } from './logging';
import { registerRequestDeadline } from './requestDeadline';
import { registerResponseLimits } from './responseLimits';
import { apiRoutes } from './routes';
import { registerSecurity } from './security';

export interface AppOptions {
  db: Database;
  config: Config;
  /** Folder of the built web app; not served when absent. */
  staticDir?: string;
  /** Where log lines go instead of stdout (with LOG_LEVEL not silent). */
  logStream?: { write(line: string): void };
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    consoleBudget: ConsoleBudget;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, options.logStream),
    bodyLimit: config.BODY_LIMIT,
  });
  // Every API read gets the configured deadline (server/db.ts reads it from the handle).
  app.decorate('db', { ...options.db, apiTimeoutMs: config.API_TIMEOUT_MS });
  app.decorate('config', config);
  app.decorate('consoleBudget', new ConsoleBudget(config.CYPHER_CONCURRENCY));

  app.setErrorHandler((error, request, reply) => {
    const { status, body, database } = toErrorResponse(error);
    if (database) request.log.warn({ err: error }, 'database unavailable');
    else if (error instanceof MalformedRowError)
      // One line naming the query file and field; no stack, no values (they hold document text).
      request.log.error({ query: error.query, field: error.field, row: error.row }, error.message);
    else if (status >= 500) request.log.error(error);
    if (status === 503) void reply.header('retry-after', '2');
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      void reply.status(404).send({
        error: { code: 'not_found', message: `no route ${request.method} ${request.url}` },
      });
    } else if (options.staticDir) {
      void reply.sendFile('index.html'); // client-side routes: the app reads its state from the URL
    } else {
      void reply
        .status(404)
        .send({ error: { code: 'not_found', message: 'the web app is not built' } });
    }
  });

  registerRequestDeadline(app, config.API_TIMEOUT_MS);
  registerSecurity(app, config);
  await registerResponseLimits(app, config);
  await app.register(apiRoutes, { prefix: '/api' });
  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: ['index.html'] });
  }
  return app;
}
