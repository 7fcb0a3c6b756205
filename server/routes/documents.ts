/** GET /api/documents: documents with their counts. */
import type { FastifyPluginAsync } from 'fastify';
import { readQuery } from '../db';

export const documentsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/documents', async () => {
    const rows = await readQuery(app.db, 'api/documents');
    return { documents: rows };
  });
};
