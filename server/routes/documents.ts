/**
 * GET /api/documents?q=&ids=&offset=&limit=: a page of documents with their counts, newest
 * first, and how many match in all. `q` finds documents by title, id or date as the user types;
 * `ids` fetches the ones the view needs (selected, or shown in the graph). Cached per ingest.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { DocumentSummary, Page } from '../../contract/api';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { queryRow, queryRows } from '../db';
import { CountRow, DocumentSummaryRow } from '../rows';
import { csv, parseWith } from './graph';

const DocumentsQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .default('')
    .transform((q) => q.toLowerCase()),
  ids: csv.pipe(z.array(z.string().max(300)).max(500, 'at most 500 ids at once')),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const documentsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/documents', async (request, reply) => {
    const query = parseWith(DocumentsQuery, request.query, 'documents');
    const answer = await cacheFor(app.db).get(
      cacheKey('documents', query),
      async (): Promise<Page<DocumentSummary>> => {
        const count = await queryRow(app.db, 'api/documentsCount', CountRow, query);
        const items = await queryRows(app.db, 'api/documents', DocumentSummaryRow, query);
        return {
          items,
          total: count?.total ?? 0,
          offset: query.offset,
          limit: query.limit,
        };
      },
    );
    return sendAnswer(request, reply, answer);
  });
};
