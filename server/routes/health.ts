/** GET /api/health: whether Neo4j answers, and which one. Never throws: a down database is data. */
import type { FastifyPluginAsync } from 'fastify';
import { readQuery } from '../db';
import type { Health } from '../types';

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/health', async (_request, reply): Promise<Health> => {
    try {
      const [row] = await readQuery(app.db, 'api/health');
      return {
        status: 'ok',
        neo4j: { version: String(row?.version), edition: String(row?.edition) },
      };
    } catch (error) {
      void reply.status(503);
      return {
        status: 'degraded',
        neo4j: { error: error instanceof Error ? error.message : String(error) },
      };
    }
  });
};
