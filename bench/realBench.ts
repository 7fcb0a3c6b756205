/**
 * The real archive (6,909 White House statements) through the product's ingest: 2 extraction
 * workers pipelined with batched loading into an emptied Neo4j, as `npm run ingest` does.
 * Measures documents/s end to end, relationships/s while loading, the naive loader on a sample
 * for comparison, transaction-log volume (per 1,000 documents after the first 1,000 and at the
 * end, to show growth is linear), Neo4j's peak memory, API p95 latencies at this size, and the
 * explorer's first view after a server start.
 */

import type { Extraction } from '../contract/extraction';
import { clearDatabase } from '../db/clear';
import { loadConfig } from '../db/config';
import type { Database } from '../db/connect';
import { ingestFiles } from '../ingest/ingestFiles';
import { closeExtractPools, extractInParallel } from '../ingest/parallel/extractPool';
import { buildApp } from '../server/app';
import { buildWebIfStale, DIST_DIR } from '../server/buildWeb';
import { startPrewarm } from '../server/prewarm';
import { type FirstView, firstViewMs } from './firstView';
import { peakRssMb, percentile, round, timed } from './measure';
import { naiveAutocommitLoad } from './naiveLoader';
import { realArchiveFiles, unpackRealArchive } from './realArchive';
import { meterTxLogs } from './txLogs';

export interface RealBenchResult {
  documents: number;
  failed: number;
  workers: number;
  seconds: number;
  documentsPerSecond: number;
  relationships: number;
  loadSeconds: number;
  relationshipsPerSecond: number;
  naiveRelationshipsPerSecond: number;
  transactionLogMb: number;
  transactionLogMbPer1000: { at1000: number; atEnd: number };
  /**
   * The same per 100,000 relationships created: linear growth shows as equal figures, whatever
   * the length of the documents loaded first and last.
   */
  transactionLogMbPer100kRelationships: { at1000: number; atEnd: number };
  transactionLogOnDiskMb: number;
  neo4jPeakRssMb: number | null;
  apiP95Ms: Record<string, number | null>;
  /**
   * The explorer's first view in headless Chromium right after a server start over the loaded
   * archive (its pre-warm running, as under `npm start`): ms until the app is ready, null if
   * not within 120 s or not asked for.
   */
  firstViewMs: number | null;
}

async function relationshipCount(db: Database): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH ()-[r]->() RETURN count(r) AS n',
    {},
    { database: db.database },
  );
  return Number(records[0]?.get('n'));
}

/** The naive one-query-per-row auto-commit loader on `sample` documents, into an empty graph. */
async function naiveRate(db: Database, sample: Extraction[]): Promise<number> {
  await clearDatabase(db);
  const { seconds } = await timed(async () => {
    for (const x of sample) await naiveAutocommitLoad(db, x);
  });
  return Math.round((await relationshipCount(db)) / seconds);
}

const API_PATHS: Record<string, string> = {
  health: '/api/health',
  graph: '/api/graph',
  documents: '/api/documents',
  search: '/api/search?q=north%20korea',
  entityDprk: '/api/entities/country%3Aprk',
  entityUsa: '/api/entities/country%3Ausa',
};

/** p95 over `iterations` sequential requests; null when an endpoint fails or exceeds 30 s. */
async function apiP95(db: Database, iterations = 20): Promise<Record<string, number | null>> {
  const app = await buildApp({ db, config: { ...loadConfig({}), LOG_LEVEL: 'silent' } });
  const out: Record<string, number | null> = {};
  try {
    for (const [name, url] of Object.entries(API_PATHS)) {
      const samples: number[] = [];
      const deadline = Date.now() + 30_000;
      try {
        for (let i = 0; i < iterations + 2 && Date.now() < deadline; i++) {
          const start = performance.now();
          const response = await app.inject({ method: 'GET', url });
          if (response.statusCode >= 400) throw new Error(`${url}: ${response.statusCode}`);
          if (i >= 2) samples.push(performance.now() - start); // two warm-ups
        }
        out[name] = samples.length >= iterations ? round(percentile(samples, 95)) : null;
      } catch {
        out[name] = null;
      }
    }
  } finally {
    await app.close();
  }
  return out;
}

/** A server started over the loaded archive as `npm start` starts it, and its first view. */
async function firstViewAfterStart(db: Database, log: (line: string) => void): Promise<FirstView> {
  await buildWebIfStale();
  const config = { ...loadConfig({}), LOG_LEVEL: 'silent' as const, API_TIMEOUT_MS: 60_000 };
  const app = await buildApp({ db, config, staticDir: DIST_DIR });
  const prewarm = startPrewarm(app, { log: (line) => log(`  ${line}`) });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return await firstViewMs(`http://127.0.0.1:${port}`, 'after a start', log);
  } finally {
    prewarm.stop();
    await app.close();
  }
}

export async function runRealBench(
  db: Database,
  storeHome: string,
  log: (line: string) => void,
  options: { workers?: number; limit?: number; api?: boolean } = {},
): Promise<RealBenchResult> {
  const workers = options.workers ?? 2;
  const files = realArchiveFiles(await unpackRealArchive()).slice(0, options.limit);
  log(`real archive: ${files.length} statements; naive loader on a sample first`);
  const sample = (await extractInParallel(files.slice(0, 15), workers)).filter(
    (x): x is Extraction => !(x instanceof Error) && x.entities.length > 0,
  );
  const naiveRelationshipsPerSecond = await naiveRate(db, sample);

  await clearDatabase(db);
  const meter = meterTxLogs(storeHome);
  let done = 0;
  let loaded = 0;
  let at1000: number | undefined;
  let at1000PerRels: number | undefined;
  let loadSeconds = 0;
  let relationships = 0;
  const { value: outcomes, seconds } = await timed(() =>
    ingestFiles(db, files, {
      extractFn: (paths) => extractInParallel(paths, workers),
      onFile: () => {
        done += 1;
        if (done % 500 === 0) log(`  ${done}/${files.length}`);
      },
      onBatch: (b) => {
        loaded += b.documents;
        loadSeconds += b.seconds;
        relationships += b.counts.relationshipsCreated;
        if (at1000 === undefined && loaded >= 1000) {
          at1000 = meter.writtenMb() / (loaded / 1000);
          at1000PerRels = meter.writtenMb() / (relationships / 100_000);
        }
      },
    }),
  );
  await closeExtractPools();
  const transactionLogMb = meter.writtenMb();
  meter.stop();
  const ok = outcomes.filter((o) => !o.error).length;
  log(`loaded ${ok} documents in ${round(seconds, 1)} s (${outcomes.length - ok} refused)`);
  const apiP95Ms = options.api === false ? {} : await apiP95(db);
  const firstView = options.api === false ? null : await firstViewAfterStart(db, log);
  return {
    documents: ok,
    failed: outcomes.length - ok,
    workers,
    seconds: round(seconds, 1),
    documentsPerSecond: round(ok / seconds, 1),
    relationships,
    loadSeconds: round(loadSeconds, 1),
    relationshipsPerSecond: Math.round(relationships / loadSeconds),
    naiveRelationshipsPerSecond,
    transactionLogMb,
    transactionLogMbPer1000: {
      at1000: round(at1000 ?? Number.NaN, 1),
      atEnd: round(transactionLogMb / (ok / 1000), 1),
    },
    transactionLogMbPer100kRelationships: {
      at1000: round(at1000PerRels ?? Number.NaN, 1),
      atEnd: round(transactionLogMb / (relationships / 100_000), 1),
    },
    transactionLogOnDiskMb: meter.onDiskMb(),
    neo4jPeakRssMb: (db.neo4jPid && peakRssMb(db.neo4jPid)) || null,
    apiP95Ms,
    firstViewMs: firstView?.readyMs ?? null,
  };
}
