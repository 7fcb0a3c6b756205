/**
 * GET /api/health: whether Neo4j answers, within 1.5 s whatever its state ("degraded", 503, when
 * it does not). Never throws: a down database is data. Versions and the failure's detail are
 * told only to requests from this machine; the network learns "ok" or "degraded".
 */
import type { Health } from '../../contract/api';
import { messageOf } from '../../contract/errors';
import { redactSecrets } from '../../db/redact';
import { queryRow } from '../db';
import { NoInput } from '../http/input';
import { defineRoute } from '../http/route';
import { HealthRow } from '../rows';
import { isLocalRequest } from '../security';

const HEALTH_TIMEOUT_MS = 1_500;

export const healthRoute = defineRoute({
  method: 'GET',
  url: '/health',
  name: 'health',
  query: NoInput,
  async handler(_input, request, reply): Promise<Health> {
    const app = request.server;
    const local = isLocalRequest(request);
    try {
      const row = await queryRow(
        app.db,
        'api/health',
        HealthRow,
        {},
        {
          timeoutMs: HEALTH_TIMEOUT_MS,
        },
      );
      if (!local) return { status: 'ok' };
      return {
        status: 'ok',
        neo4j: { version: String(row?.version), edition: String(row?.edition) },
      };
    } catch (error) {
      void reply.status(503).header('retry-after', '2');
      if (!local) return { status: 'degraded' };
      const reason = messageOf(error);
      return { status: 'degraded', neo4j: { error: redactSecrets(reason) } };
    }
  },
});
