/**
 * GET /api/connections/:id?types=&hops=&limit=: what connects to an entity. Direct links (a
 * shared commitment) come first, ranked by how many commitments; then, with hops=2, entities
 * reached through one intermediary. Each with evidence sentences, document and date.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../ingest/contract';
import { readQuery } from '../db';
import { notFound } from '../errors';
import { type EvidenceRow, toEvidence } from '../graphRows';
import type { Connection, ConnectionsResponse, EntityRef } from '../types';
import { EntityParams } from './entities';
import { csv, parseWith } from './graph';

const ConnectionsQuery = z.object({
  types: csv.pipe(z.array(z.enum(ENTITY_TYPES))),
  hops: z.coerce.number().int().min(1).max(2).default(2),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  evidence: z.coerce.number().int().min(1).max(20).default(5),
});

interface ConnectionRow {
  entity: EntityRef;
  commitments: number;
  stated: number;
  total: number;
  specificity?: number;
  via?: EntityRef[];
  evidence: (EvidenceRow | null)[];
}

export function toConnection(row: ConnectionRow, hops: 1 | 2): Connection {
  return {
    entity: row.entity,
    hops,
    commitments: row.commitments,
    stated: row.stated,
    ...(row.specificity === undefined ? {} : { specificity: row.specificity }),
    via: row.via ?? [],
    evidence: row.evidence.filter((e): e is EvidenceRow => e !== null).map(toEvidence),
  };
}

export const connectionsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/connections/:id', async (request): Promise<ConnectionsResponse> => {
    const { id } = parseWith(EntityParams, request.params, 'connections');
    const query = parseWith(ConnectionsQuery, request.query, 'connections');
    const [self] = (await readQuery(app.db, 'api/entityRefs', {
      ids: [id],
    })) as unknown as EntityRef[];
    if (!self) throw notFound(`no entity with id ${JSON.stringify(id)}`);
    const params = { id, types: query.types, limit: query.limit, evidence: query.evidence };
    const direct = (await readQuery(
      app.db,
      'api/connectionsDirect',
      params,
    )) as unknown as ConnectionRow[];
    const connections = direct.map((r) => toConnection(r, 1));
    const totals = { direct: direct[0]?.total ?? 0, twoHop: 0 };
    const room = query.limit - connections.length;
    if (query.hops === 2) {
      // Asked even when the direct list fills the limit (for one row), so the count is known.
      const twoHop = (await readQuery(app.db, 'api/connectionsTwoHop', {
        ...params,
        limit: Math.max(1, room),
        viaLimit: 25,
      })) as unknown as ConnectionRow[];
      totals.twoHop = twoHop[0]?.total ?? 0;
      connections.push(...twoHop.slice(0, Math.max(0, room)).map((r) => toConnection(r, 2)));
    }
    return { entity: self, connections, totals };
  });
};
