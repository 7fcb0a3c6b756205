/**
 * GET /api/entities/:id: one entity, its aliases and attributes, its first relations, and the
 * commitments it takes part in: counted per stance, the first page of each stance with its
 * evidence sentence (the entity's words as spans), document and date. 404 when absent.
 * GET /api/entities/:id/commitments?stance=&offset=&limit=: the next pages of one stance.
 * Both read a bounded number of rows however many commitments a hub has; cached per ingest.
 */
import { z } from 'zod';
import type { EntityCommitment, EntityCommitmentsPage, EntityDetail } from '../../contract/api';
import { STANCES, type Stance } from '../../contract/extraction';
import type { Database } from '../../db/connect';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { queryRow, queryRows } from '../db';
import { notFound } from '../errors';
import { toEvidence } from '../graphRows';
import { EntityParams, paging } from '../http/input';
import { defineRoute } from '../http/route';
import {
  EntityCommitmentRow,
  EntityFirstPageRow,
  EntityRefRow,
  EntityRow,
  StanceTotalRow,
} from '../rows';

const DetailQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(5),
  relations: z.coerce.number().int().min(0).max(500).default(50),
});

const PageQuery = z.object({
  stance: z.enum(STANCES),
  ...paging({ max: 100, default: 20 }),
});

// Properties the loader keeps for itself; the rest are the extraction's attributes.
const INTERNAL = new Set(['id', 'name', 'type', 'aliases', 'aliasText', 'docs']);

/** Groups commitments by stance in the contract's stance order, with each stance's total. */
export function groupByStance(
  commitments: EntityCommitment[],
  totals: Map<Stance, number>,
): EntityDetail['byStance'] {
  return STANCES.filter((stance) => (totals.get(stance) ?? 0) > 0).map((stance) => ({
    stance,
    total: totals.get(stance) ?? 0,
    commitments: commitments.filter((c) => c.stance === stance),
  }));
}

export function entityAttributes(props: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k, v]) => !INTERNAL.has(k) && (typeof v === 'string' || typeof v === 'number'))
      .map(([k, v]) => [k, String(v)]),
  );
}

type CommitmentRow = z.output<typeof EntityCommitmentRow>;

function toCommitment(r: CommitmentRow): EntityCommitment {
  return {
    ...toEvidence(r),
    commitmentId: r.commitmentId,
    stance: r.stance,
    trigger: r.trigger,
    roles: r.roles,
    implicit: r.implicit,
    actors: r.actors,
    about: r.about,
    targets: r.targets,
  };
}

async function commitmentPage(
  db: Database,
  params: { id: string; stances: Stance[]; offset: number; limit: number },
): Promise<EntityCommitment[]> {
  const rows = await queryRows(db, 'api/entityCommitments', EntityCommitmentRow, params);
  return rows.map(toCommitment);
}

async function stanceTotals(db: Database, id: string): Promise<Map<Stance, number>> {
  const rows = await queryRows(db, 'api/entityStances', StanceTotalRow, { id });
  return new Map(rows.map((r) => [r.stance, r.total]));
}

async function entityDetail(
  db: Database,
  id: string,
  query: z.output<typeof DetailQuery>,
): Promise<EntityDetail> {
  const row = await queryRow(db, 'api/entity', EntityRow, { id, relationLimit: query.relations });
  if (!row) throw notFound(`no entity with id ${JSON.stringify(id)}`);
  const props = row.entity;
  // Totals and first pages in one pass over the entity's commitments (hubs have ~10^5).
  const rows = await queryRows(db, 'api/entityFirstPages', EntityFirstPageRow, {
    id,
    limit: query.limit,
  });
  const totals = new Map(rows.map((r) => [r.stance, r.total]));
  const commitments = rows.map(toCommitment);
  return {
    entity: {
      id,
      name: props.name,
      type: props.type,
      aliases: props.aliases ?? [],
      attributes: entityAttributes(props),
    },
    commitmentCount: [...totals.values()].reduce((a, b) => a + b, 0),
    byStance: groupByStance(commitments, totals),
    pageSize: query.limit,
    relations: row.relations,
    relationCount: row.relationCount,
  };
}

export const entityRoute = defineRoute({
  method: 'GET',
  url: '/entities/:id',
  name: 'entities',
  params: EntityParams,
  query: DetailQuery,
  async handler({ params: { id }, query }, request, reply) {
    const { db } = request.server;
    const answer = await cacheFor(db).get(cacheKey('entity', { id, ...query }), () =>
      entityDetail(db, id, query),
    );
    return sendAnswer(request, reply, answer);
  },
});

export const entityCommitmentsRoute = defineRoute({
  method: 'GET',
  url: '/entities/:id/commitments',
  name: 'entity commitments',
  params: EntityParams,
  query: PageQuery,
  async handler({ params: { id }, query }, request, reply) {
    const app = request.server;
    const answer = await cacheFor(app.db).get(
      cacheKey('entityCommitments', { id, ...query }),
      async (): Promise<EntityCommitmentsPage> => {
        const row = await queryRow(app.db, 'api/entityRefs', EntityRefRow, { ids: [id] });
        if (!row) throw notFound(`no entity with id ${JSON.stringify(id)}`);
        const totals = await stanceTotals(app.db, id);
        const { stance, offset, limit } = query;
        const items = await commitmentPage(app.db, { id, stances: [stance], offset, limit });
        return { stance, items, total: totals.get(stance) ?? 0, offset, limit };
      },
    );
    return sendAnswer(request, reply, answer);
  },
});
