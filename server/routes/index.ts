/** Every API route module, registered under /api. Add a module here, one concern per file. */
import type { FastifyPluginAsync } from 'fastify';
import { compareRoutes } from './compare';
import { connectionsRoutes } from './connections';
import { connectNodesRoutes } from './connectNodes';
import { cypherRoutes } from './cypher';
import { documentsRoutes } from './documents';
import { entitiesRoutes } from './entities';
import { graphRoutes } from './graph';
import { healthRoutes } from './health';
import { overridesRoutes } from './overrides';
import { pathsRoutes } from './paths';
import { queriesRoutes } from './queries';
import { searchRoutes } from './search';
import { timelineRoutes } from './timeline';

export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(graphRoutes);
  await app.register(documentsRoutes);
  await app.register(searchRoutes);
  await app.register(entitiesRoutes);
  await app.register(connectionsRoutes);
  await app.register(pathsRoutes);
  await app.register(cypherRoutes);
  await app.register(queriesRoutes);
  await app.register(compareRoutes);
  await app.register(timelineRoutes);
  await app.register(overridesRoutes);
  await app.register(connectNodesRoutes);
};
