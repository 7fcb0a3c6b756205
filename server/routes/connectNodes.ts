/**
 * POST /api/cypher/connect {ids}: the relationships among a console result's nodes that the
 * query did not return (Neo4j Browser's "connect result nodes"). One parameterised read
 * (cypher/api/connectNodes.cypher) by element id, at most CONNECT_MAX_NODES nodes and
 * CONNECT_MAX_EDGES relationships; rate-limited like the other expensive routes. A POST only
 * because 300 element ids do not fit a URL; it reads, never writes.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ConnectResponse } from '../../contract/console';
import { readQuery } from '../db';
import { parseWith } from './graph';

export const CONNECT_MAX_NODES = 300;
export const CONNECT_MAX_EDGES = 1_000;

const ConnectBody = z
  .object({
    ids: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(CONNECT_MAX_NODES, `at most ${CONNECT_MAX_NODES} nodes at once`),
  })
  .strict();

export const connectNodesRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    '/cypher/connect',
    { config: { rateLimit: { max: app.config.API_RATE_LIMIT, timeWindow: '1 minute' } } },
    async (request): Promise<ConnectResponse> => {
      const { ids } = parseWith(ConnectBody, request.body, 'connect');
      const rows = await readQuery(app.db, 'api/connectNodes', {
        ids: [...new Set(ids)],
        limit: CONNECT_MAX_EDGES,
      });
      return {
        edges: rows.slice(0, CONNECT_MAX_EDGES).map((r) => ({
          source: String(r.source),
          target: String(r.target),
          type: String(r.type),
          ...(typeof r.implicit === 'boolean' ? { implicit: r.implicit } : {}),
        })),
        truncated: rows.length > CONNECT_MAX_EDGES,
        maxNodes: CONNECT_MAX_NODES,
        maxEdges: CONNECT_MAX_EDGES,
      };
    },
  );
};
