/**
 * GET /api/entities/:id: one entity, its aliases and attributes, its relations, and every
 * commitment it takes part in, grouped by stance, each with the evidence sentence (the entity's
 * words as spans), the document and its date. 404 when there is no such entity.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { STANCES } from '../../ingest/contract';
import { readQuery } from '../db';
import { notFound } from '../errors';
import { type EvidenceRow, toEvidence } from '../graphRows';
import type { EntityCommitment, EntityDetail, EntityRef } from '../types';
import { parseWith } from './graph';

export const EntityParams = z.object({ id: z.string().min(1).max(300) });

// Properties the loader keeps for itself; the rest are the extraction's attributes.
const INTERNAL = new Set(['id', 'name', 'type', 'aliases', 'aliasText', 'docs']);

/** A commitment as the query returns it: the response's fields, evidence not yet shaped. */
type CommitmentRow = EvidenceRow & Omit<EntityCommitment, 'sentence' | 'document'>;

/** Groups commitments by stance in the contract's stance order, keeping each group's order. */
export function groupByStance(commitments: EntityCommitment[]): EntityDetail['byStance'] {
  return STANCES.map((stance) => ({
    stance,
    commitments: commitments.filter((c) => c.stance === stance),
  })).filter((g) => g.commitments.length > 0);
}

export function entityAttributes(props: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k, v]) => !INTERNAL.has(k) && (typeof v === 'string' || typeof v === 'number'))
      .map(([k, v]) => [k, String(v)]),
  );
}

export const entitiesRoutes: FastifyPluginAsync = async (app) => {
  app.get('/entities/:id', async (request): Promise<EntityDetail> => {
    const { id } = parseWith(EntityParams, request.params, 'entities');
    const [row] = await readQuery(app.db, 'api/entity', { id });
    if (!row) throw notFound(`no entity with id ${JSON.stringify(id)}`);
    const props = row.entity as Record<string, unknown>;
    const rows = (await readQuery(app.db, 'api/entityCommitments', {
      id,
    })) as unknown as CommitmentRow[];
    const commitments: EntityCommitment[] = rows.map((r) => ({
      ...toEvidence(r),
      commitmentId: r.commitmentId,
      stance: r.stance,
      trigger: r.trigger,
      roles: r.roles,
      implicit: r.implicit,
      actors: r.actors,
      about: r.about,
      targets: r.targets,
    }));
    return {
      entity: {
        id,
        name: String(props.name),
        type: props.type as EntityRef['type'],
        aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
        attributes: entityAttributes(props),
        docs: Array.isArray(props.docs) ? props.docs.map(String) : [],
      },
      commitmentCount: commitments.length,
      byStance: groupByStance(commitments),
      relations: row.relations as EntityDetail['relations'],
    };
  });
};
