/**
 * GET /api/compare?a=DOC[,DOC…]&b=DOC[,DOC…]&limit=: what changed from statement(s) a to b —
 * new, restated and dropped positions, stance and wording changes, topics that appear or
 * disappear (each with the sentences of both sides), and entities a series usually names but
 * one of these documents does not. Every list is capped at `limit`, with its total.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DocumentRef } from '../../contract/api';
import type { CompareResponse } from '../../contract/positions';
import { queryRows } from '../db';
import { badRequest, notFound } from '../errors';
import { csv } from '../http/input';
import { defineRoute } from '../http/route';
import { comparePositions } from '../positions/compare';
import { AbsenceRow, CommitmentRow, DocumentRow } from '../rows';

/** Commitments read per comparison: far above any real pair of statements, a bound on sets. */
const COMPARE_MAX_ROWS = 5_000;
/** Documents per side: a year of the DPRK corpus (40 statements in 2023) fits, with room. */
const COMPARE_MAX_DOCS = 100;
const docList = csv.pipe(
  z
    .array(z.string().min(1).max(300))
    .min(1, 'name at least one document')
    .max(COMPARE_MAX_DOCS, `at most ${COMPARE_MAX_DOCS} documents per side`),
);

const CompareQuery = z.object({
  a: docList,
  b: docList,
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Smallest series (documents with the same signatories) in which absence means something. */
  minSeries: z.coerce.number().int().min(2).max(1_000).default(3),
});

/** The documents of `ids`, in that order; a 404 naming every id that is not loaded. */
async function documents(app: FastifyInstance, ids: string[]): Promise<DocumentRef[]> {
  const rows = await queryRows(app.db, 'api/compareDocuments', DocumentRow, { ids });
  const found = new Map(rows.map((r) => [r.document.id, r.document]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw notFound(
      `compare: no document with id ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
    );
  return ids.flatMap((id) => found.get(id) ?? []);
}

export const compareRoute = defineRoute({
  method: 'GET',
  url: '/compare',
  name: 'compare',
  query: CompareQuery,
  async handler({ query }, request): Promise<CompareResponse> {
    const app = request.server;
    const overlap = query.a.filter((id) => query.b.includes(id));
    if (overlap.length)
      throw badRequest(
        `compare: ${overlap.join(', ')} is on both sides; put each document in a or in b`,
      );
    const [a, b] = [await documents(app, query.a), await documents(app, query.b)];
    const rows = await queryRows(app.db, 'api/compareCommitments', CommitmentRow, {
      docs: [...query.a, ...query.b],
      maxRows: COMPARE_MAX_ROWS,
    });
    const side = new Set(query.a);
    const comparison = comparePositions(
      rows.filter((r) => side.has(r.document.id)),
      rows.filter((r) => !side.has(r.document.id)),
      query.limit,
    );
    const absences = await queryRows(app.db, 'api/compareAbsence', AbsenceRow, {
      docs: [...query.a, ...query.b],
      minSeries: query.minSeries,
      limit: query.limit,
    });
    return { a, b, limit: query.limit, ...comparison, absences };
  },
});
