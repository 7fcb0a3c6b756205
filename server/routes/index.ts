/** Every API route module, registered under /api. Add a module here, one concern per file. */
import type { FastifyPluginAsync } from 'fastify';
import { documentsRoutes } from './documents';
import { graphRoutes } from './graph';
import { healthRoutes } from './health';

export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(graphRoutes);
  await app.register(documentsRoutes);
};
