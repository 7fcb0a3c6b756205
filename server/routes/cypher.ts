/**
 * POST /api/cypher: the read-only Cypher console (see server/cypher/console.ts for the layers),
 * rate-limited per client; GET /api/cypher/schema: what the console's editor completes from.
 */
import { z } from 'zod';
import type { CypherResponse, CypherSchema } from '../../contract/console';
import { ALLOWED_PROCEDURES } from '../cypher/allowList';
import { runConsoleQuery } from '../cypher/console';
import {
  CypherBusyError,
  CypherComplexityError,
  CypherQueryError,
  CypherRefusedError,
  CypherSyntaxError,
  CypherTimeoutError,
} from '../cypher/errors';
import { queryRow } from '../db';
import { DATABASE_UNAVAILABLE } from '../errorResponse';
import { type ErrorBody, HttpError } from '../errors';
import { NoInput } from '../http/input';
import { defineRoute } from '../http/route';
import { CypherSchemaRow } from '../rows';

const CypherBody = z.object({
  query: z.string().min(1, 'query is empty'),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** The console's typed errors as HTTP errors; anything else goes to the app's handler as is. */
function toHttpError(error: unknown): unknown {
  if (error instanceof CypherRefusedError)
    return new HttpError(403, 'cypher_refused', error.message);
  if (error instanceof CypherComplexityError)
    return new HttpError(400, 'cypher_too_complex', error.message);
  if (error instanceof CypherBusyError) return new HttpError(429, 'cypher_busy', error.message);
  if (error instanceof CypherTimeoutError)
    return new HttpError(408, 'cypher_timeout', error.message);
  if (error instanceof CypherQueryError) return new HttpError(400, 'cypher_error', error.message);
  return error;
}

// The rate limiter itself is registered app-wide (server/responseLimits.ts); only this POST
// opts in here.
export const cypherRoute = defineRoute({
  method: 'POST',
  url: '/cypher',
  name: 'cypher',
  body: CypherBody,
  options: (app) => ({
    config: { rateLimit: { max: app.config.CYPHER_RATE_LIMIT, timeWindow: '1 minute' } },
  }),
  async handler({ body }, request, reply): Promise<CypherResponse | ErrorBody> {
    const app = request.server;
    try {
      return await runConsoleQuery(app.db, body.query, body.params, {
        timeoutMs: app.config.CYPHER_TIMEOUT_MS,
        rowLimit: app.config.CYPHER_ROW_LIMIT,
        maxBytes: app.config.CYPHER_MAX_BYTES,
        budget: app.consoleBudget,
      });
    } catch (error) {
      // Past the deadline and Neo4j answered nothing, not even a ping: it is the database.
      if (error instanceof CypherTimeoutError && !error.neo4jAnswered) {
        void reply.status(503).header('retry-after', '2');
        return DATABASE_UNAVAILABLE;
      }
      if (error instanceof CypherSyntaxError) {
        // Sent here rather than thrown: the app's handler does not carry the position.
        void reply.status(400);
        return {
          error: {
            code: 'cypher_syntax',
            message: error.message,
            ...(error.position ? { position: error.position } : {}),
          },
        };
      }
      throw toHttpError(error);
    }
  },
});

export const cypherSchemaRoute = defineRoute({
  method: 'GET',
  url: '/cypher/schema',
  name: 'cypher schema',
  query: NoInput,
  async handler(_input, request): Promise<CypherSchema> {
    const row = await queryRow(request.server.db, 'api/cypherSchema', CypherSchemaRow);
    const list = (value: string[] | undefined) => [...(value ?? [])].sort();
    return {
      labels: list(row?.labels),
      relationshipTypes: list(row?.relationshipTypes),
      propertyKeys: list(row?.propertyKeys),
      procedures: ALLOWED_PROCEDURES,
    };
  },
});
