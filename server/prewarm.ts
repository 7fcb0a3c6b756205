/**
 * The explorer's first-paint answers computed before anyone asks: at start, and again whenever
 * the ingest version changes (a poll notices an `npm run ingest` from another process). Each is
 * asked through the app itself (`inject`), so it lands in the answer cache under exactly the key
 * the browser's request will use, and a request that arrives meanwhile shares the computation.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SerializedGraph } from '../contract/api';
import { messageOf } from '../contract/errors';
import {
  DEFAULT_LENS,
  DEFAULT_LENS_HOPS,
  DEFAULT_LENS_TYPES,
  DOCUMENT_FILTER_PAGE,
  DOCUMENT_IDS_PER_REQUEST,
  documentIdBatches,
} from '../contract/firstView';
import { cacheFor } from './cache';

/**
 * What the web app asks on an empty URL before the graph arrives (web/main.ts, the lens and the
 * document filter); the e2e test tests/e2e/first-view.test.ts fails if one is missing.
 */
export const FIRST_PAINT_PATHS = [
  '/api/graph',
  `/api/documents?q=&limit=${DOCUMENT_FILTER_PAGE}`,
  `/api/connections/${encodeURIComponent(DEFAULT_LENS)}?types=${DEFAULT_LENS_TYPES.join(',')}&hops=${DEFAULT_LENS_HOPS}`,
];

// The warm's own requests are not a client's: they must not use up the rate limit of the
// loopback address the browser shares. A per-process secret, so no client can claim to be one.
const PREWARM_HEADER = 'x-communique-prewarm';
const PREWARM_SECRET = randomUUID();

/** Whether a request is one of the warm's own (server/responseLimits.ts exempts them). */
export function isPrewarmRequest(request: FastifyRequest): boolean {
  return request.headers[PREWARM_HEADER] === PREWARM_SECRET;
}

export interface Prewarm {
  /** The warm in progress or last finished (resolves, never rejects). */
  readonly done: Promise<void>;
  stop(): void;
}

async function ask(app: FastifyInstance, url: string): Promise<string> {
  const token = app.config.ACCESS_TOKEN;
  const response = await app.inject({
    method: 'GET',
    url,
    headers: {
      'accept-encoding': 'identity',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  if (response.statusCode !== 200)
    throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  return response.body;
}

/** The titles and dates the explorer fetches for the first view's commitments. */
function documentPaths(graphJson: string): string[] {
  const graph = JSON.parse(graphJson) as SerializedGraph;
  return documentIdBatches(graph.nodes.map((n) => n.attributes.docId ?? '')).map(
    (ids) =>
      `/api/documents?ids=${ids.map(encodeURIComponent).join(',')}&limit=${DOCUMENT_IDS_PER_REQUEST}`,
  );
}

/**
 * One after the other, the graph first: it is what the first paint waits for, and answers
 * computed side by side on a cold store only slow each other down.
 */
async function warm(app: FastifyInstance): Promise<void> {
  const [graphPath, ...rest] = FIRST_PAINT_PATHS;
  const graph = await ask(app, graphPath ?? '/api/graph');
  for (const url of [...documentPaths(graph), ...rest]) await ask(app, url);
}

/**
 * Warms now and after every change of the ingest version seen by a poll every `pollMs`; logs
 * one line per warm with its time. Call `stop()` before closing the app.
 */
export function startPrewarm(
  app: FastifyInstance,
  options: { log: (line: string) => void; pollMs?: number },
): Prewarm {
  const cache = cacheFor(app.db);
  let warmed: string | null = null;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const run = async () => {
    busy = true;
    const started = performance.now();
    try {
      const version = await cache.version();
      if (version === warmed) return;
      await warm(app);
      warmed = version;
      const ms = Math.round(performance.now() - started);
      options.log(
        `first view pre-computed in ${ms} ms (${FIRST_PAINT_PATHS.length} answers and the documents it cites)`,
      );
    } catch (error) {
      // Not fatal: the answers are computed on first request instead; the next poll retries.
      options.log(`could not pre-compute the first view: ${messageOf(error)}`);
    } finally {
      busy = false;
    }
  };
  running = run();
  const timer = setInterval(() => {
    if (!busy) running = run();
  }, options.pollMs ?? 15_000);
  timer.unref();
  return {
    get done() {
      return running;
    },
    stop: () => clearInterval(timer),
  };
}
