/**
 * App-wide bounds on what goes out and how often: names and texts never carry bidi controls, no
 * response exceeds API_MAX_BYTES, and the expensive routes are rate-limited per client like the
 * console (each route's own row caps are the first bound; these are the backstop).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../db/config';
import { HttpError } from './errors';
import { isPrewarmRequest } from './prewarmRequest';

/**
 * Bidi embedding/override/isolate controls and LRM/RLM: "\u202Egnp.exe" displays as "exe.png".
 * Each becomes U+FFFD (one UTF-16 unit for one), so sentence offsets stay right.
 */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '\uFFFD');
}

/** Routes that read a lot per request: rate-limited at API_RATE_LIMIT a minute per client. */
const EXPENSIVE_ROUTES = ['/api/graph', '/api/paths', '/api/connections/:id'];

export async function registerResponseLimits(app: FastifyInstance, config: Config): Promise<void> {
  // JSON.stringify writes these characters literally, so a pass over the text finds them all.
  app.setReplySerializer((payload) => neutraliseBidi(JSON.stringify(payload)));

  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || payload.length <= config.API_MAX_BYTES / 4) return payload;
    const bytes = Buffer.byteLength(payload);
    if (bytes <= config.API_MAX_BYTES) return payload;
    request.log.warn({ bytes }, 'response over API_MAX_BYTES refused');
    void reply.code(400).header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({
      error: {
        code: 'response_too_large',
        message: `the answer would be ${bytes} bytes, over the server's cap of ${config.API_MAX_BYTES} (API_MAX_BYTES); ask for less (a lower limit, more filters)`,
      },
    });
  });

  // Before the rate limiter's own onRoute hook, which reads each route's config.rateLimit.
  app.addHook('onRoute', (route) => {
    if (!EXPENSIVE_ROUTES.includes(route.url)) return;
    route.config = {
      ...(route.config ?? {}),
      rateLimit: { max: config.API_RATE_LIMIT, timeWindow: '1 minute' },
    } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: false,
    // The first view's pre-computation (server/prewarm.ts) asks through the app itself.
    allowList: (request) => isPrewarmRequest(request),
    errorResponseBuilder: (request, context) =>
      new HttpError(
        429,
        'rate_limited',
        `too many requests to ${request.routeOptions.url ?? request.url}: at most ${context.max} a minute; retry in ${context.after}`,
      ),
  });
}
