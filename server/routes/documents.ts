/**
 * GET /api/documents?q=&ids=&offset=&limit=: a page of documents with their counts, newest
 * first, and how many match in all. `q` finds documents by title, id or date as the user types;
 * `ids` fetches the ones the view needs (selected, or shown in the graph). Cached per ingest.
 */
import { z } from 'zod';
import type { DocumentSummary, Page } from '../../contract/api';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { queryRow, queryRows } from '../db';
import { csv, paging } from '../http/input';
import { defineRoute } from '../http/route';
import { CountRow, DocumentSummaryRow } from '../rows';

const DocumentsQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .default('')
    .transform((q) => q.toLowerCase()),
  ids: csv.pipe(z.array(z.string().max(300)).max(500, 'at most 500 ids at once')),
  ...paging({ max: 500, default: 50 }),
});

export const documentsRoute = defineRoute({
  method: 'GET',
  url: '/documents',
  name: 'documents',
  query: DocumentsQuery,
  async handler({ query }, request, reply) {
    const app = request.server;
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
  },
});
