/**
 * Curation, the only API routes that write (the Cypher console stays read-only):
 * GET  /api/overrides?undone=&offset=&limit=  the review panel's list, newest first;
 * POST /api/overrides                          hide / junk / merge / reject, with a reason;
 * POST /api/overrides/:id/undo                 undo, keeping the record.
 * Writes are validated with zod, must carry the CURATION_HEADER (a cross-site page cannot set a
 * custom header without a CORS preflight, which this server never grants) and, when the browser
 * sends an Origin, come from this server's own origin; they are rate-limited per client like the
 * expensive reads. The server's access token (required off loopback) applies as to every route.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CURATION_HEADER, LINK_RELATIONS, OVERRIDE_KINDS } from '../../contract/curation';
import {
  OverrideConflictError,
  OverrideNotFoundError,
  OverrideTargetError,
} from '../curation/errors';
import { createOverride, listOverrides, undoOverride } from '../curation/overrides';
import { HttpError } from '../errors';
import { defineRoute } from '../http/route';
import { hostName } from '../security';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters in an audit record are never meant.
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters');
const id = z.string().min(1).max(300);

const CreateBody = z
  .object({
    kind: z.enum(OVERRIDE_KINDS),
    target: id,
    into: id.optional(),
    entity: id.optional(),
    role: z.enum(Object.keys(LINK_RELATIONS) as [keyof typeof LINK_RELATIONS]).optional(),
    reason: text(500),
    author: text(80),
  })
  .strict()
  .refine((b) => b.kind !== 'merge' || b.into, { message: 'a merge needs "into"', path: ['into'] })
  .refine((b) => b.kind !== 'rejectLink' || (b.entity && b.role), {
    message: 'rejecting a link needs "entity" and "role"',
    path: ['entity'],
  });

const UndoBody = z.object({ author: text(80), reason: text(500).optional() }).strict();
const UndoParams = z.object({ id: z.string().uuid() });
const ListQuery = z.object({
  undone: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Refuses a write a cross-site page could have sent (403). */
function checkSameSite(request: FastifyRequest): void {
  if (request.headers[CURATION_HEADER] !== '1')
    throw new HttpError(
      403,
      'curation_header_missing',
      `curation writes must carry the header "${CURATION_HEADER}: 1" (the web app sends it)`,
    );
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    originHost = '';
  }
  if (hostName(originHost) !== hostName(request.headers.host) || !originHost)
    throw new HttpError(
      403,
      'cross_origin',
      `curation writes are only accepted from this server's own pages, not from ${origin.slice(0, 100)}`,
    );
}

function toHttpError(error: unknown): unknown {
  if (error instanceof OverrideTargetError || error instanceof OverrideNotFoundError)
    return new HttpError(404, 'not_found', error.message);
  if (error instanceof OverrideConflictError)
    return new HttpError(409, 'override_conflict', error.message);
  return error;
}

const limited = (app: FastifyInstance) => ({
  config: { rateLimit: { max: app.config.API_RATE_LIMIT, timeWindow: '1 minute' } },
});

export const listOverridesRoute = defineRoute({
  method: 'GET',
  url: '/overrides',
  name: 'overrides',
  query: ListQuery,
  handler: async ({ query }, request) => listOverrides(request.server.db, query),
});

export const createOverrideRoute = defineRoute({
  method: 'POST',
  url: '/overrides',
  name: 'override',
  body: CreateBody,
  options: limited,
  async handler({ body }, request, reply) {
    // A malformed body is a 400 before this runs; nothing is written either way.
    checkSameSite(request);
    try {
      return reply.status(201).send(await createOverride(request.server.db, body));
    } catch (error) {
      throw toHttpError(error);
    }
  },
});

export const undoOverrideRoute = defineRoute({
  method: 'POST',
  url: '/overrides/:id/undo',
  name: 'undo',
  params: UndoParams,
  // An undo may come without a body: it then carries no author, which the schema refuses.
  body: z.preprocess((v) => v ?? {}, UndoBody),
  options: limited,
  async handler({ params: { id }, body }, request) {
    checkSameSite(request);
    try {
      return await undoOverride(request.server.db, id, body);
    } catch (error) {
      throw toHttpError(error);
    }
  },
});
