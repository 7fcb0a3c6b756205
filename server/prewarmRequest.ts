/**
 * How the pre-warm's own requests (server/prewarm.ts, through `app.inject`) are told apart from
 * a client's: a per-process secret header, so no client can claim to be one. They are exempt
 * from the loopback address's rate limit (server/responseLimits.ts), and their answers name the
 * cache key they were stored under, so the pre-warm can persist exactly those answers.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const PREWARM_HEADER = 'x-communique-prewarm';
const PREWARM_SECRET = randomUUID();
/** Response header (pre-warm requests only) naming the answer cache's key of the answer. */
export const CACHE_KEY_HEADER = 'x-communique-cache-key';

/** The headers that mark a request as the pre-warm's own. */
export function prewarmHeaders(): Record<string, string> {
  return { [PREWARM_HEADER]: PREWARM_SECRET };
}

/** Whether a request is one of the warm's own. */
export function isPrewarmRequest(request: FastifyRequest): boolean {
  return request.headers[PREWARM_HEADER] === PREWARM_SECRET;
}
