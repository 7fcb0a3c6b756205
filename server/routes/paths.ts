/**
 * GET /api/paths?from=&to=&limit=: shortest paths between two entities through commitments and
 * entity relations. A hop is entity → entity, through a commitment (its sentence is the
 * evidence) or a relation (a sentence mentioning both ends, when there is one). At most
 * `limit` paths, `more` when there are others; cached per ingest.
 */
import { z } from 'zod';
import type { CommitmentRole, EntityRef, PathHop, PathsResponse } from '../../contract/api';
import type { Database } from '../../db/connect';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { queryRows } from '../db';
import { badRequest, notFound } from '../errors';
import { toEvidence } from '../graphRows';
import { defineRoute } from '../http/route';
import { EntityRefRow, PathEvidenceRow, type PathNodeRow, PathRow } from '../rows';

const PathsQuery = z.object({
  from: z.string().min(1).max(300),
  to: z.string().min(1).max(300),
  limit: z.coerce.number().int().min(1).max(50).default(5),
  maxLength: z.coerce.number().int().min(1).max(12).default(8),
});

export type PathNode = z.output<typeof PathNodeRow>;

export class PathShapeError extends Error {
  override name = 'PathShapeError';
}

const ROLE_OF: Record<string, CommitmentRole> = {
  MADE: 'actor',
  ABOUT: 'about',
  TARGETS: 'target',
};

/**
 * Folds a path's nodes and relationship types into entity-to-entity hops (no evidence yet).
 * With `starts` (each relationship's start node id), each hop also says which way the graph
 * runs: a commitment hop is reversed when the path reaches the actor from what it is about,
 * a relation hop when it walks the relation backwards.
 */
export function toHops(
  nodes: PathNode[],
  rels: string[],
  starts?: string[],
): Omit<PathHop, 'evidence'>[] {
  const hops: Omit<PathHop, 'evidence'>[] = [];
  const entityAt = (i: number): EntityRef => {
    const n = nodes[i];
    if (n?.kind !== 'entity') throw new PathShapeError(`paths: expected an entity at step ${i}`);
    return { id: n.id, name: n.name, type: n.type };
  };
  let i = 0;
  while (i < nodes.length - 1) {
    const next = nodes[i + 1];
    if (next?.kind === 'commitment') {
      const roles: [CommitmentRole, CommitmentRole] = [
        ROLE_OF[rels[i] ?? ''] ?? 'about',
        ROLE_OF[rels[i + 1] ?? ''] ?? 'about',
      ];
      hops.push({
        from: entityAt(i),
        to: entityAt(i + 2),
        via: { kind: 'commitment', id: next.id, stance: next.stance, trigger: next.trigger, roles },
        reversed: roles[0] !== 'actor' && roles[1] === 'actor',
      });
      i += 2;
    } else {
      const from = entityAt(i);
      hops.push({
        from,
        to: entityAt(i + 1),
        via: { kind: 'relation', type: rels[i] ?? 'RELATED' },
        reversed: starts?.[i] !== undefined && starts[i] !== from.id,
      });
      i += 1;
    }
  }
  return hops;
}

async function findPaths(db: Database, query: z.output<typeof PathsQuery>): Promise<PathsResponse> {
  const refs = await queryRows(db, 'api/entityRefs', EntityRefRow, {
    ids: [query.from, query.to],
  });
  const from = refs.find((r) => r.id === query.from);
  const to = refs.find((r) => r.id === query.to);
  if (!from) throw notFound(`no entity with id ${JSON.stringify(query.from)}`);
  if (!to) throw notFound(`no entity with id ${JSON.stringify(query.to)}`);

  // One more than asked: whether there are more paths than shown, without counting them all.
  const found = await queryRows(db, 'api/paths', PathRow, { ...query, limit: query.limit + 1 });
  const more = found.length > query.limit;
  const rows = found.slice(0, query.limit).filter((r) => r.rels.length <= query.maxLength);
  // Fewest hops first: two relationships through a commitment are one hop, a relation is one.
  const paths = rows
    .map((r) => toHops(r.nodes, r.rels, r.starts))
    .sort((a, b) => a.length - b.length);
  const wanted = paths.flatMap((hops, p) =>
    hops.map((h, k) => ({
      key: `${p}:${k}`,
      commitment: h.via.kind === 'commitment' ? h.via.id : null,
      a: h.from.id,
      b: h.to.id,
    })),
  );
  const evidenceRows = wanted.length
    ? await queryRows(db, 'api/pathEvidence', PathEvidenceRow, { hops: wanted })
    : [];
  const evidence = new Map(evidenceRows.map((r) => [r.key, r.evidence]));
  return {
    from,
    to,
    paths: paths.map((hops, p) => ({
      length: hops.length,
      hops: hops.map((h, k) => {
        const row = evidence.get(`${p}:${k}`);
        return { ...h, evidence: row ? toEvidence(row) : null };
      }),
    })),
    limit: query.limit,
    more,
  };
}

export const pathsRoute = defineRoute({
  method: 'GET',
  url: '/paths',
  name: 'paths',
  query: PathsQuery,
  async handler({ query }, request, reply) {
    const app = request.server;
    if (query.from === query.to) throw badRequest('paths: from and to are the same entity');
    const answer = await cacheFor(app.db).get(cacheKey('paths', query), () =>
      findPaths(app.db, query),
    );
    return sendAnswer(request, reply, answer);
  },
});
