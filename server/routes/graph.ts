/** GET /api/graph?types=&docs=&limit=: the graph in graphology's serialisation. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../ingest/contract';
import { readQuery } from '../db';
import { badRequest } from '../errors';
import { type GraphRow, type RelationRow, toSerializedGraph } from '../graphRows';

const csv = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []));

const GraphQuery = z.object({
  types: csv.pipe(z.array(z.enum(ENTITY_TYPES))),
  docs: csv,
  limit: z.coerce.number().int().min(1).max(20_000).default(2_000),
});

export const graphRoutes: FastifyPluginAsync = async (app) => {
  app.get('/graph', async (request) => {
    const parsed = GraphQuery.safeParse(request.query);
    if (!parsed.success) throw badRequest(`graph: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const rows = (await readQuery(app.db, 'api/graph', parsed.data)) as unknown as GraphRow[];
    const ids = [...new Set(rows.flatMap((r) => [...r.actors.map((a) => a.id), ...r.links.map((l) => l.entity.id)]))];
    const relations = (await readQuery(app.db, 'api/graphRelations', { ids })) as unknown as RelationRow[];
    return toSerializedGraph(rows, relations);
  });
};
