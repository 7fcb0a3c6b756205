/**
 * POST /api/cypher/connect {ids}: the relationships among a console result's nodes that the
 * query did not return (Neo4j Browser's "connect result nodes"). One parameterised read
 * (cypher/api/connectNodes.cypher) by element id, at most CONNECT_MAX_NODES nodes and
 * CONNECT_MAX_EDGES relationships; rate-limited like the other expensive routes. A POST only
 * because 300 element ids do not fit a URL; it reads, never writes.
 */
import { z } from 'zod';
import type { ConnectResponse } from '../../contract/console';
import { queryRows } from '../db';
import { defineRoute } from '../http/route';
import { ConnectEdgeRow } from '../rows';

const CONNECT_MAX_NODES = 300;
const CONNECT_MAX_EDGES = 1_000;

const ConnectBody = z
  .object({
    ids: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(CONNECT_MAX_NODES, `at most ${CONNECT_MAX_NODES} nodes at once`),
  })
  .strict();

export const connectNodesRoute = defineRoute({
  method: 'POST',
  url: '/cypher/connect',
  name: 'connect',
  body: ConnectBody,
  options: (app) => ({
    config: { rateLimit: { max: app.config.API_RATE_LIMIT, timeWindow: '1 minute' } },
  }),
  async handler({ body: { ids } }, request): Promise<ConnectResponse> {
    const rows = await queryRows(request.server.db, 'api/connectNodes', ConnectEdgeRow, {
      ids: [...new Set(ids)],
      limit: CONNECT_MAX_EDGES,
    });
    return {
      edges: rows.slice(0, CONNECT_MAX_EDGES).map((r) => ({
        source: r.source,
        target: r.target,
        type: r.type,
        ...(typeof r.implicit === 'boolean' ? { implicit: r.implicit } : {}),
      })),
      truncated: rows.length > CONNECT_MAX_EDGES,
      maxNodes: CONNECT_MAX_NODES,
      maxEdges: CONNECT_MAX_EDGES,
    };
  },
});
