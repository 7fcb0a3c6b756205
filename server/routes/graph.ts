/**
 * GET /api/graph?types=&docs=&stances=&limit=&entities=&offset=: the graph in graphology's
 * serialisation, its `attributes.scope` saying what it shows and leaves out. Without documents
 * it is the first view over the whole corpus (see server/graphQuery.ts); cached per ingest.
 */
import { z } from 'zod';
import { ENTITY_TYPES, STANCES } from '../../contract/extraction';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { documentsView, topView } from '../graphQuery';
import { csv } from '../http/input';
import { defineRoute } from '../http/route';

const GraphQuery = z.object({
  types: csv.pipe(z.array(z.enum(ENTITY_TYPES))),
  docs: csv.pipe(z.array(z.string().max(300)).max(500, 'at most 500 documents at once')),
  stances: csv.pipe(z.array(z.enum(STANCES))),
  // Defaults keep the answer under ~1 MB; the maximum under a few MB whatever the corpus.
  limit: z.coerce.number().int().min(1).max(5_000).default(400),
  entities: z.coerce.number().int().min(1).max(1_000).default(150),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const graphRoute = defineRoute({
  method: 'GET',
  url: '/graph',
  name: 'graph',
  query: GraphQuery,
  async handler({ query }, request, reply) {
    const { db } = request.server;
    const answer = await cacheFor(db).get(cacheKey('graph', query), () =>
      query.docs.length ? documentsView(db, query) : topView(db, query),
    );
    return sendAnswer(request, reply, answer);
  },
});
