/**
 * GET /api/compare?a=DOC[,DOC…]&b=DOC[,DOC…]&limit=: what changed from statement(s) a to b —
 * new, restated and dropped positions, stance and wording changes, topics that appear or
 * disappear (each with the sentences of both sides), and entities a series usually names but
 * one of these documents does not. Every list is capped at `limit`, with its total.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { DocumentRef } from '../../contract/api';
import type { Absence, CompareResponse } from '../../contract/positions';
import { readQuery } from '../db';
import { badRequest, notFound } from '../errors';
import { comparePositions } from '../positions/compare';
import type { CommitmentRow } from '../positions/positions';
import { csv, parseWith } from './graph';

/** Commitments read per comparison: far above any real pair of statements, a bound on sets. */
export const COMPARE_MAX_ROWS = 5_000;
/** Documents per side: a year of the DPRK corpus (40 statements in 2023) fits, with room. */
export const COMPARE_MAX_DOCS = 100;
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
  const rows = (await readQuery(app.db, 'api/compareDocuments', { ids })) as unknown as {
    document: DocumentRef;
  }[];
  const found = new Map(rows.map((r) => [r.document.id, r.document]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw notFound(
      `compare: no document with id ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
    );
  return ids.map((id) => found.get(id) as DocumentRef);
}

export const compareRoutes: FastifyPluginAsync = async (app) => {
  app.get('/compare', async (request): Promise<CompareResponse> => {
    const query = parseWith(CompareQuery, request.query, 'compare');
    const overlap = query.a.filter((id) => query.b.includes(id));
    if (overlap.length)
      throw badRequest(
        `compare: ${overlap.join(', ')} is on both sides; put each document in a or in b`,
      );
    const [a, b] = [await documents(app, query.a), await documents(app, query.b)];
    const rows = (await readQuery(app.db, 'api/compareCommitments', {
      docs: [...query.a, ...query.b],
      maxRows: COMPARE_MAX_ROWS,
    })) as unknown as CommitmentRow[];
    const side = new Set(query.a);
    const comparison = comparePositions(
      rows.filter((r) => side.has(r.document.id)),
      rows.filter((r) => !side.has(r.document.id)),
      query.limit,
    );
    const absences = (await readQuery(app.db, 'api/compareAbsence', {
      docs: [...query.a, ...query.b],
      minSeries: query.minSeries,
      limit: query.limit,
    })) as unknown as Absence[];
    return { a, b, limit: query.limit, ...comparison, absences };
  });
};
