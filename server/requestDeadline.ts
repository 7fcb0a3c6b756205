/**
 * One deadline per request, not per query: a route that runs three queries in a row must still
 * answer within API_TIMEOUT_MS. The deadline rides along the request's async context, so the
 * shared runner (server/db.ts) finds it without every route passing it down.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

const deadlines = new AsyncLocalStorage<{ at: number }>();

export function registerRequestDeadline(app: FastifyInstance, timeoutMs: number): void {
  // A callback hook: done() runs the rest of the request inside the context entered here.
  app.addHook('onRequest', (_request, _reply, done) => {
    deadlines.enterWith({ at: Date.now() + timeoutMs });
    done();
  });
}

/** Milliseconds left for the current request, or undefined outside one. */
export function requestTimeLeft(): number | undefined {
  const deadline = deadlines.getStore();
  return deadline ? deadline.at - Date.now() : undefined;
}
