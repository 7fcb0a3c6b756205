/**
 * The explorer's first-paint answers computed before anyone asks: at start, and again whenever
 * the ingest version changes (a poll notices an `npm run ingest` from another process). Each is
 * asked through the app itself (`inject`), so it lands in the answer cache under exactly the key
 * the browser's request will use, and a request that arrives meanwhile shares the computation.
 * The answers are persisted in Neo4j per ingest version (server/snapshot/): after a restart,
 * or on a second replica, they are read back in one small query instead of recomputed.
 */
import type { FastifyInstance } from 'fastify';
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
import { CACHE_KEY_HEADER, prewarmHeaders } from './prewarmRequest';
import { underPrewarmDeadline } from './requestDeadline';
import { fetchFirstView, persistFirstView, restoreFirstView } from './snapshot/firstView';

/**
 * What the web app asks on an empty URL before the graph arrives (web/main.ts, the lens and the
 * document filter); the e2e test tests/e2e/first-view.test.ts fails if one is missing.
 */
export const FIRST_PAINT_PATHS = [
  '/api/graph',
  `/api/documents?q=&limit=${DOCUMENT_FILTER_PAGE}`,
  `/api/connections/${encodeURIComponent(DEFAULT_LENS)}?types=${DEFAULT_LENS_TYPES.join(',')}&hops=${DEFAULT_LENS_HOPS}`,
];

export interface Prewarm {
  /** The warm in progress or last finished (resolves, never rejects). */
  readonly done: Promise<void>;
  stop(): void;
}

/** An answer of the app's, with the cache key it is kept under. */
async function ask(app: FastifyInstance, url: string): Promise<{ body: string; key: string }> {
  const token = app.config.ACCESS_TOKEN;
  const response = await app.inject({
    method: 'GET',
    url,
    headers: {
      'accept-encoding': 'identity',
      ...prewarmHeaders(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  if (response.statusCode !== 200)
    throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  const key = response.headers[CACHE_KEY_HEADER];
  if (typeof key !== 'string') throw new Error(`${url} answered without its cache key`);
  return { body: response.body, key: decodeURIComponent(key) };
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
async function warm(app: FastifyInstance): Promise<string[]> {
  const [graphPath, ...rest] = FIRST_PAINT_PATHS;
  const graph = await ask(app, graphPath ?? '/api/graph');
  const keys = [graph.key];
  for (const url of [...documentPaths(graph.body), ...rest]) keys.push((await ask(app, url)).key);
  return keys;
}

/**
 * Warms now and after every change of the ingest version seen by a poll every `pollMs`; logs
 * one line per warm with its time. Call `stop()` before closing the app.
 */
export function startPrewarm(
  app: FastifyInstance,
  options: { log: (line: string) => void; pollMs?: number; retryMs?: number },
): Prewarm {
  const cache = cacheFor(app.db);
  const pollMs = options.pollMs ?? 15_000;
  let warmed: string | null = null;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const again = () => {
    if (!busy && !stopped) running = run();
  };
  const run = async () => {
    busy = true;
    const started = performance.now();
    try {
      // Requests wait for the version read and the snapshot's, rather than compute meanwhile.
      // At start the snapshot is asked for alongside the version: on a just-started Neo4j
      // each read is planned on its own first (~1 s), so one after the other costs twice that.
      // Both under the pre-warm's own deadline: on a just-started Neo4j they can outlast a
      // user request's, and a failed read here is a warm started over.
      const restoring = underPrewarmDeadline(app.config.API_TIMEOUT_MS, () => {
        const early = warmed === null ? fetchFirstView(app) : null;
        return cache.version().then(async (version) => {
          if (version === warmed) return null;
          const fetched = early ?? fetchFirstView(app);
          return { version, ...(await restoreFirstView(app, version, fetched)) };
        });
      });
      cache.holdWhile(restoring);
      const restored = await restoring;
      if (!restored) return;
      const ms = () => Math.round(performance.now() - started);
      const servedMs = ms();
      const keys = await warm(app);
      warmed = restored.version;
      failures = 0;
      if (keys.every((key) => restored.keys.includes(key))) {
        options.log(
          `first view restored from its snapshot in ${servedMs} ms, checked in ${ms()} ms (${keys.length} answers)`,
        );
        return;
      }
      const stored = await underPrewarmDeadline(app.config.API_TIMEOUT_MS, () =>
        persistFirstView(app, restored.version, keys),
      );
      options.log(
        `first view pre-computed in ${ms()} ms (${FIRST_PAINT_PATHS.length} answers and the documents it cites; ${restored.note}; ${stored})`,
      );
    } catch (error) {
      // Not fatal: a request computes its answer itself meanwhile. Tried again soon, backing
      // off to the poll's pace: a Neo4j still starting is usually there within seconds.
      failures++;
      const delay = Math.min((options.retryMs ?? 2_000) * 2 ** (failures - 1), pollMs);
      options.log(
        `could not pre-compute the first view: ${messageOf(error)} (trying again in ${delay} ms)`,
      );
      if (!stopped) {
        retry = setTimeout(again, delay);
        retry.unref();
      }
    } finally {
      busy = false;
    }
  };
  running = run();
  const timer = setInterval(again, pollMs);
  timer.unref();
  return {
    get done() {
      return running;
    },
    stop: () => {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retry);
    },
  };
}
