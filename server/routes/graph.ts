/**
 * GET /api/graph?types=&docs=&stances=&limit=&entities=&offset=: the graph in graphology's
 * serialisation, its `attributes.scope` saying what it shows and leaves out. Without documents
 * it is the first view over the whole corpus (see server/graphQuery.ts); cached per ingest.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ENTITY_TYPES, STANCES } from '../../contract/extraction';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { badRequest } from '../errors';
import { documentsView, topView } from '../graphQuery';

/** A comma-separated query parameter as a list (absent or empty = no filter). */
export const csv = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

/** Parses request input with a zod schema; a failure is a 400 naming every bad field. */
export function parseWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw badRequest(
      `${what}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

const GraphQuery = z.object({
  types: csv.pipe(z.array(z.enum(ENTITY_TYPES))),
  docs: csv.pipe(z.array(z.string().max(300)).max(500, 'at most 500 documents at once')),
  stances: csv.pipe(z.array(z.enum(STANCES))),
  // Defaults keep the answer under ~1 MB; the maximum under a few MB whatever the corpus.
  limit: z.coerce.number().int().min(1).max(5_000).default(400),
  entities: z.coerce.number().int().min(1).max(1_000).default(150),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const graphRoutes: FastifyPluginAsync = async (app) => {
  app.get('/graph', async (request, reply) => {
    const query = parseWith(GraphQuery, request.query, 'graph');
    const answer = await cacheFor(app.db).get(cacheKey('graph', query), () =>
      query.docs.length ? documentsView(app.db, query) : topView(app.db, query),
    );
    return sendAnswer(request, reply, answer);
  });
};
