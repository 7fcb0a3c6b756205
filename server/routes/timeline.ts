/**
 * GET /api/timeline/:id?limit=&offset=: the entity's commitments by document date, each filed
 * under a position and marked first / restated / last seen, with first-stated dates; the
 * documents that name it (the chart's columns, gaps between them); its positions. Entries are
 * paged by limit/offset; the reading itself is bounded by TIMELINE_MAX_ROWS.
 */
import { z } from 'zod';
import type { TimelineResponse } from '../../contract/positions';
import { queryRow, queryRows } from '../db';
import { notFound } from '../errors';
import { EntityParams } from '../http/input';
import { defineRoute } from '../http/route';
import { buildTimeline } from '../positions/timeline';
import { EntityRefRow, EvidenceRow, TimelineRow } from '../rows';

const TIMELINE_MAX_ROWS = 5_000;

const TimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(2_000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const timelineRoute = defineRoute({
  method: 'GET',
  url: '/timeline/:id',
  name: 'timeline',
  params: EntityParams,
  query: TimelineQuery,
  async handler({ params: { id }, query: page }, request): Promise<TimelineResponse> {
    const app = request.server;
    const focal = await queryRow(app.db, 'api/entityRefs', EntityRefRow, { ids: [id] });
    if (!focal) throw notFound(`no entity with id ${JSON.stringify(id)}`);
    const rows = await queryRows(app.db, 'api/timeline', TimelineRow, {
      id,
      maxRows: TIMELINE_MAX_ROWS,
    });
    const naming = await queryRows(app.db, 'api/timelineDocuments', EvidenceRow, {
      id,
      maxDocs: TIMELINE_MAX_ROWS,
    });
    return { ...buildTimeline(focal, rows, naming, page), limit: page.limit };
  },
});
