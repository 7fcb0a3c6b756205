/**
 * The API's routes, registered under /api. A route is one `defineRoute` module (method, path,
 * input schemas, handler; see server/http/route.ts); adding one is that module plus one line here.
 */
import type { FastifyPluginAsync } from 'fastify';
import { type Route, registerRoutes } from '../http/route';
import { compareRoute } from './compare';
import { connectionsRoute } from './connections';
import { connectNodesRoute } from './connectNodes';
import { cypherRoute, cypherSchemaRoute } from './cypher';
import { documentsRoute } from './documents';
import { entityCommitmentsRoute, entityRoute } from './entities';
import { graphRoute } from './graph';
import { healthRoute } from './health';
import { createOverrideRoute, listOverridesRoute, undoOverrideRoute } from './overrides';
import { pathsRoute } from './paths';
import { queriesRoute } from './queries';
import { searchRoute } from './search';
import { timelineRoute } from './timeline';

export const API_ROUTES: readonly Route[] = [
  healthRoute,
  graphRoute,
  documentsRoute,
  searchRoute,
  entityRoute,
  entityCommitmentsRoute,
  connectionsRoute,
  pathsRoute,
  cypherRoute,
  cypherSchemaRoute,
  queriesRoute,
  compareRoute,
  timelineRoute,
  listOverridesRoute,
  createOverrideRoute,
  undoOverrideRoute,
  connectNodesRoute,
];

export const apiRoutes: FastifyPluginAsync = async (app) => registerRoutes(app, API_ROUTES);
