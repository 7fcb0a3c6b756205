/**
 * The HTTP API and the built web app on one Fastify instance. Each concern is a route module in
 * `server/routes/`; this file only wires them, handles errors uniformly, and serves `dist/`.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { Neo4jError } from 'neo4j-driver';
import type { Config } from '../db/config';
import type { Database } from '../db/connect';
import { type ErrorBody, HttpError } from './errors';
import { apiRoutes } from './routes';

export interface AppOptions {
  db: Database;
  config: Config;
  /** Folder of the built web app; not served when absent. */
  staticDir?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
  }
}

const SERVICE_UNAVAILABLE = ['ServiceUnavailable', 'SessionExpired'];

function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof Neo4jError && SERVICE_UNAVAILABLE.includes(error.code)) {
    return {
      status: 503,
      body: {
        error: {
          code: 'database_unavailable',
          message: `Neo4j is not reachable: ${error.message}`,
        },
      },
    };
  }
  const fastifyStatus = (error as { statusCode?: number }).statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    const code = (error as { code?: string }).code ?? 'bad_request';
    return { status: fastifyStatus, body: { error: { code: code.toLowerCase(), message } } };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'internal error; see the server log' } },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.config.LOG_LEVEL === 'silent' ? false : { level: options.config.LOG_LEVEL },
    bodyLimit: options.config.BODY_LIMIT,
  });
  app.decorate('db', options.db);
  app.decorate('config', options.config);

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error(error);
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

  await app.register(apiRoutes, { prefix: '/api' });
  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: ['index.html'] });
  }
  return app;
}
