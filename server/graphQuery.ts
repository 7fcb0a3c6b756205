/**
 * The two graph answers of GET /api/graph, each labelled with what it leaves out: the first
 * view over the whole corpus (the most connected entities and commitments among them) and the
 * commitments of selected documents. Both read a bounded number of rows at any corpus size.
 */

import type { EntityRef, GraphResponse, GraphScope } from '../contract/api';
import type { EntityType, Stance } from '../contract/extraction';
import type { Database } from '../db/connect';
import { MalformedRowError, queryRow, queryRows } from './db';
import { type GraphRow, type RelationRow, toSerializedGraph } from './graphRows';
import { layoutInput, withPositions } from './layout/firstViewLayout';
import { layoutOffThread } from './layout/layoutThread';
import {
  GraphRow as GraphRowSchema,
  RelationRow as RelationRowSchema,
  TotalsRow,
  WeightedEntityRow,
} from './rows';

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

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** The sentence the explorer shows above the graph. */
function scopeNotice(scope: Omit<GraphScope, 'notice'>): string {
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
  return queryRows(db, 'api/graphRelations', RelationRowSchema, { ids });
}

/** The totals query always returns one row (it aggregates); none would be a malformed answer. */
async function totalsOf(db: Database, name: string, q: GraphParams) {
  const totals = await queryRow(db, name, TotalsRow, q);
  if (!totals) throw new MalformedRowError(name, 0, '(row)', 'no row returned');
  return totals;
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

/**
 * The first view: top entities by weight across all documents, commitments among them, laid out
 * here (it is computed once per ingest version and cached) so browsers need not run a layout.
 */
export async function topView(db: Database, q: GraphParams): Promise<GraphResponse> {
  const totals = await totalsOf(db, 'api/graphTotals', q);
  const top = await queryRows(db, 'api/graphTopEntities', WeightedEntityRow, q);
  const ids = top.map((e) => e.id);
  // Enough per entity to fill the limit with some to spare, since entities share commitments.
  const perEntity = Math.max(3, Math.ceil((2 * q.limit) / Math.max(1, ids.length)));
  const rows = ids.length
    ? await queryRows(db, 'api/graphTopCommitments', GraphRowSchema, {
        ids,
        stances: q.stances,
        perEntity,
        limit: q.limit,
      })
    : [];
  const relations = await relationsAmong(db, ids);
  const graph = withScope(rows, relations, top, {
    mode: 'top',
    entities: { shown: top.length, total: totals.entities },
    commitments: { shown: rows.length, total: totals.commitments },
    documents: { selected: 0, total: totals.documents },
    offset: q.offset,
    limit: q.limit,
  });
  return withPositions(graph, await layoutOffThread(layoutInput(graph)));
}

/** The commitments of the selected documents, a page at a time in id order. */
export async function documentsView(db: Database, q: GraphParams): Promise<GraphResponse> {
  const totals = await totalsOf(db, 'api/graphDocumentTotals', q);
  const rows = await queryRows(db, 'api/graph', GraphRowSchema, q);
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
