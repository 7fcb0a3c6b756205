/**
 * The two graph answers of GET /api/graph, each labelled with what it leaves out: the first
 * view over the whole corpus (the most connected entities and commitments among them) and the
 * commitments of selected documents. Both read a bounded number of rows at any corpus size.
 */

import type { EntityRef, GraphResponse, GraphScope } from '../contract/api';
import type { EntityType, Stance } from '../contract/extraction';
import type { Database } from '../db/connect';
import { readQuery } from './db';
import { type GraphRow, type RelationRow, toSerializedGraph } from './graphRows';

export type GraphParams = {
  types: EntityType[];
  docs: string[];
  stances: Stance[];
  /** Commitments at most. */
  limit: number;
  /** Entities of the first view. */
  entities: number;
  offset: number;
};

type Totals = { documents: number; commitments: number; entities: number };

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** The sentence the explorer shows above the graph. */
export function scopeNotice(scope: Omit<GraphScope, 'notice'>): string {
  const { entities: e, commitments: c, documents: d } = scope;
  if (scope.mode === 'top') {
    const rank = scope.offset > 0 ? ` (ranks ${scope.offset + 1}–${scope.offset + e.shown})` : '';
    return `Showing the ${plural(e.shown, 'most connected entity', 'most connected entities')}${rank} of ${count(e.total)} and ${plural(c.shown, 'commitment')} among them, of ${count(c.total)} across all ${plural(d.total, 'document')}. Pick documents or search to see the rest.`;
  }
  const rest = c.total - scope.offset - c.shown;
  const more = rest > 0 ? `; ${count(rest)} more not shown` : '';
  return `Showing ${plural(c.shown, 'commitment')} of ${count(c.total)} in ${plural(d.selected, 'selected document')} (${plural(e.total, 'entity', 'entities')})${more}.`;
}

async function relationsAmong(db: Database, ids: string[]): Promise<RelationRow[]> {
  return (await readQuery(db, 'api/graphRelations', { ids })) as unknown as RelationRow[];
}

function withScope(
  rows: GraphRow[],
  relations: RelationRow[],
  entities: (EntityRef & { weight: number })[],
  scope: Omit<GraphScope, 'notice'>,
): GraphResponse {
  const graph = toSerializedGraph(rows, relations, entities);
  return { ...graph, attributes: { scope: { ...scope, notice: scopeNotice(scope) } } };
}

/** The first view: top entities by weight across all documents, commitments among them. */
export async function topView(db: Database, q: GraphParams): Promise<GraphResponse> {
  const [totalsRow] = await readQuery(db, 'api/graphTotals', q);
  const totals = totalsRow as unknown as Totals;
  const top = (await readQuery(db, 'api/graphTopEntities', q)) as unknown as (EntityRef & {
    weight: number;
  })[];
  const ids = top.map((e) => e.id);
  // Enough per entity to fill the limit with some to spare, since entities share commitments.
  const perEntity = Math.max(3, Math.ceil((2 * q.limit) / Math.max(1, ids.length)));
  const rows = ids.length
    ? ((await readQuery(db, 'api/graphTopCommitments', {
        ids,
        stances: q.stances,
        perEntity,
        limit: q.limit,
      })) as unknown as GraphRow[])
    : [];
  return withScope(rows, await relationsAmong(db, ids), top, {
    mode: 'top',
    entities: { shown: top.length, total: totals.entities },
    commitments: { shown: rows.length, total: totals.commitments },
    documents: { selected: 0, total: totals.documents },
    offset: q.offset,
    limit: q.limit,
  });
}

/** The commitments of the selected documents, a page at a time in id order. */
export async function documentsView(db: Database, q: GraphParams): Promise<GraphResponse> {
  const [totalsRow] = await readQuery(db, 'api/graphDocumentTotals', q);
  const totals = totalsRow as unknown as Totals;
  const rows = (await readQuery(db, 'api/graph', q)) as unknown as GraphRow[];
  const ids = [
    ...new Set(
      rows.flatMap((r) => [...r.actors.map((a) => a.id), ...r.links.map((l) => l.entity.id)]),
    ),
  ];
  return withScope(rows, await relationsAmong(db, ids), [], {
    mode: 'documents',
    entities: { shown: ids.length, total: totals.entities },
    commitments: { shown: rows.length, total: totals.commitments },
    documents: { selected: q.docs.length, total: totals.documents },
    offset: q.offset,
    limit: q.limit,
  });
}
