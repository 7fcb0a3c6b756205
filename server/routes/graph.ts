/** GET /api/graph?types=&docs=&stances=&limit=: the graph in graphology's serialisation. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ENTITY_TYPES, STANCES } from '../../ingest/contract';
import { readQuery } from '../db';
import { badRequest } from '../errors';
import { type GraphRow, type RelationRow, toSerializedGraph } from '../graphRows';

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
  docs: csv,
  stances: csv.pipe(z.array(z.enum(STANCES))),
  limit: z.coerce.number().int().min(1).max(20_000).default(2_000),
});

export const graphRoutes: FastifyPluginAsync = async (app) => {
  app.get('/graph', async (request) => {
    const query = parseWith(GraphQuery, request.query, 'graph');
    const rows = (await readQuery(app.db, 'api/graph', query)) as unknown as GraphRow[];
    const ids = [
      ...new Set(
        rows.flatMap((r) => [...r.actors.map((a) => a.id), ...r.links.map((l) => l.entity.id)]),
      ),
    ];
    const relations = (await readQuery(app.db, 'api/graphRelations', {
      ids,
    })) as unknown as RelationRow[];
    return toSerializedGraph(rows, relations);
  });
};
