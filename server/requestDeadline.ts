/**
 * One deadline per request, not per query: a route that runs three queries in a row must still
 * answer within API_TIMEOUT_MS. The deadline rides along the request's async context, so the
 * shared runner (server/db.ts) finds it without every route passing it down.
 *
 * The pre-warm's own requests (server/prewarm.ts) get a longer one, per query too: right after
 * Neo4j starts, its page cache is cold and the first view takes far longer than a user's
 * request may; the background warm should finish rather than fail with a 503 and start over
 * (a request that arrives meanwhile waits for it instead of computing the same thing).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { DeadlineError } from './deadline';
import { isPrewarmRequest } from './prewarmRequest';

/** The pre-warm's deadline: bounded, but far beyond a cold Neo4j's first view at 10k documents. */
const PREWARM_TIMEOUT_MS = 120_000;

const deadlines = new AsyncLocalStorage<{ at: number; perQueryMs?: number }>();

const prewarmDeadline = (timeoutMs: number) => {
  const ms = Math.max(timeoutMs, PREWARM_TIMEOUT_MS);
  return { at: Date.now() + ms, perQueryMs: ms };
};

export function registerRequestDeadline(app: FastifyInstance, timeoutMs: number): void {
  // A callback hook: done() runs the rest of the request inside the context entered here.
  app.addHook('onRequest', (request, _reply, done) => {
    deadlines.enterWith(
      isPrewarmRequest(request) ? prewarmDeadline(timeoutMs) : { at: Date.now() + timeoutMs },
    );
    done();
  });
}

/** Runs the pre-warm's own reads (the version, the snapshot) under the pre-warm's deadline. */
export function underPrewarmDeadline<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
  return deadlines.run(prewarmDeadline(timeoutMs), work);
}

/** Milliseconds left for the current request, or undefined outside one. */
export function requestTimeLeft(): number | undefined {
  const deadline = deadlines.getStore();
  return deadline ? deadline.at - Date.now() : undefined;
}

/** The longest any one query of the current request may run, when it differs from the API's. */
export function requestQueryTimeout(): number | undefined {
  return deadlines.getStore()?.perQueryMs;
}

/**
 * `shared` (work another request or the pre-warm started, perhaps under a longer deadline),
 * waited for no longer than the current request may: then a DeadlineError (503). Outside a
 * request it is waited for as it is.
 */
export function withinRequestDeadline<T>(shared: Promise<T>, what: string): Promise<T> {
  const left = requestTimeLeft();
  if (left === undefined) return shared;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(Math.max(0, left), what)), Math.max(0, left));
  });
  return Promise.race([shared, expired]).finally(() => clearTimeout(timer));
}
