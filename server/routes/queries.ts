/** GET /api/queries: the saved queries of cypher/queries/, for the console's picker. */
import type { FastifyPluginAsync } from 'fastify';
import { loadSavedQueries } from '../cypher/savedQueries';
import type { SavedQuery } from '../cypher/types';

export const queriesRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/queries',
    async (): Promise<{ queries: SavedQuery[] }> => ({ queries: loadSavedQueries() }),
  );
};
