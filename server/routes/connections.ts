/**
 * GET /api/connections/:id?types=&hops=&offset=&limit=&from=&to=&since=: what connects to an
 * entity. Direct links (a shared commitment) come first, ranked by how many commitments; then,
 * with hops=2, entities reached through one intermediary. Each with evidence sentences, document
 * and date. One ranked list, paged, with totals; cached per ingest (the lens asks for the same
 * answers repeatedly). A time filter (server/lens/range.ts) keeps only the commitments of
 * documents in range, in counts and evidence alike; the answer states the range it used.
 */
import { z } from 'zod';
import type { Connection, ConnectionsResponse, EntityRef } from '../../contract/api';
import { ENTITY_TYPES } from '../../contract/extraction';
import type { Database } from '../../db/connect';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { queryRow, queryRows } from '../db';
import { notFound } from '../errors';
import { type EvidenceRow, toEvidence } from '../graphRows';
import { csv, EntityParams, paging } from '../http/input';
import { defineRoute } from '../http/route';
import { ANCHOR_OPTIONS } from '../lens/anchors';
import { RangeFields, resolveRange } from '../lens/range';
import { ConnectionRow as ConnectionRowSchema, EntityRefRow } from '../rows';

const ConnectionsQuery = z.object({
  types: csv.pipe(z.array(z.enum(ENTITY_TYPES))),
  hops: z.coerce.number().int().min(1).max(2).default(2),
  ...paging({ max: 500, default: 100 }, 100_000),
  evidence: z.coerce.number().int().min(1).max(20).default(5),
  ...RangeFields,
});

type ConnectionRow = z.output<typeof ConnectionRowSchema>;

function toConnection(row: ConnectionRow & { entity: EntityRef }, hops: 1 | 2): Connection {
  return {
    entity: row.entity,
    hops,
    commitments: row.commitments ?? 0,
    stated: row.stated ?? 0,
    ...(row.specificity == null ? {} : { specificity: row.specificity }),
    via: row.via ?? [],
    evidence: (row.evidence ?? []).filter((e): e is EvidenceRow => e !== null).map(toEvidence),
  };
}

type Query = z.output<typeof ConnectionsQuery>;

function connectionsOf(rows: ConnectionRow[], hops: 1 | 2): Connection[] {
  return rows
    .filter((r): r is ConnectionRow & { entity: EntityRef } => r.entity !== null)
    .map((r) => toConnection(r, hops));
}

async function connections(db: Database, id: string, query: Query): Promise<ConnectionsResponse> {
  const self = await queryRow(db, 'api/entityRefs', EntityRefRow, { ids: [id] });
  if (!self) throw notFound(`no entity with id ${JSON.stringify(id)}`);
  const { range, params: dates } = await resolveRange(db, query);
  const params = { id, types: query.types, evidence: query.evidence, ...dates };
  const directRows = await queryRows(db, 'api/connectionsDirect', ConnectionRowSchema, {
    ...params,
    offset: query.offset,
    limit: query.limit,
  });
  const direct = directRows[0]?.total ?? 0;
  const found = connectionsOf(directRows, 1);
  let twoHop = 0;
  if (query.hops === 2) {
    // The two-hop list continues the direct one: its page starts where the direct ones end.
    const room = query.limit - found.length;
    const rows = await queryRows(db, 'api/connectionsTwoHop', ConnectionRowSchema, {
      ...params,
      offset: Math.max(0, query.offset - direct),
      limit: Math.max(1, room),
      viaLimit: 25,
      perVia: 2_000,
    });
    twoHop = rows[0]?.total ?? 0;
    if (room > 0) found.push(...connectionsOf(rows, 2));
  }
  return {
    entity: self,
    connections: found,
    totals: { direct, twoHop },
    total: direct + twoHop,
    offset: query.offset,
    limit: query.limit,
    range,
    anchors: ANCHOR_OPTIONS,
  };
}

export const connectionsRoute = defineRoute({
  method: 'GET',
  url: '/connections/:id',
  name: 'connections',
  params: EntityParams,
  query: ConnectionsQuery,
  async handler({ params: { id }, query }, request, reply) {
    const app = request.server;
    const answer = await cacheFor(app.db).get(cacheKey('connections', { id, ...query }), () =>
      connections(app.db, id, query),
    );
    return sendAnswer(request, reply, answer);
  },
});
