/** GET /api/queries: the saved queries of cypher/queries/, for the console's picker. */
import type { FastifyPluginAsync } from 'fastify';
import type { SavedQuery } from '../../contract/console';
import { loadSavedQueries } from '../cypher/savedQueries';

export const queriesRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/queries',
    async (): Promise<{ queries: SavedQuery[] }> => ({ queries: loadSavedQueries() }),
  );
};
