/**
 * `tsx bench/scaleBench.ts --home .neo4j/load-10000`: the API and the explorer over what a local
 * Neo4j store already holds (load it with `npm run bench:load -- --docs 10000 --prepare-only`).
 * Per endpoint: the first, uncached answer's time, p95 over sequential requests, and the size
 * of the default answer; the explorer's first view in headless Chromium (navigation until the
 * app says it is ready), cold (right after the server starts, its pre-warm running as under
 * `npm start`) and warm, with the page's slowest requests; Neo4j's peak RSS.
 * Writes them under `scale` in bench/results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { buildApp } from '../server/app';
import { buildWebIfStale, DIST_DIR } from '../server/buildWeb';
import { readQuery } from '../server/db';
import { startPrewarm } from '../server/prewarm';
import { EXPLORER_ENDPOINTS } from './endpoints';
import { firstViewMs } from './firstView';
import { peakRssMb, percentile, round } from './measure';

const ROOT = new URL('..', import.meta.url).pathname;
const opts = new Command('bench:scale')
  .requiredOption('--home <dir>', 'NEO4J_HOME of the loaded store')
  .option('--samples <n>', 'sequential requests per endpoint after the first', Number, 20)
  .option('--no-snapshot', 'neither read nor store the persisted first view (as before it)')
  .parse()
  .opts<{ home: string; samples: number; snapshot: boolean }>();

const prewarmLines: string[] = [];
const log = (line: string) => console.log(`[scale] ${line}`);
const db = await connectDatabase({
  ...loadConfig(),
  NEO4J_HOME: opts.home,
  NEO4J_PORT: 0,
  API_TIMEOUT_MS: 60_000,
});
await buildWebIfStale();
// A long deadline: on a loaded machine the cold first answers would otherwise be 503s, not times.
const config = {
  ...loadConfig({}),
  LOG_LEVEL: 'silent' as const,
  API_RATE_LIMIT: 100_000,
  API_TIMEOUT_MS: 60_000,
  ...(opts.snapshot ? {} : { FIRST_VIEW_SNAPSHOT_MAX_BYTES: 0 }),
};
const app = await buildApp({ db, config, staticDir: DIST_DIR });
await app.listen({ host: '127.0.0.1', port: 0 });
// As `npm start` does: the first view's answers computed in the background from the start.
const prewarm = startPrewarm(app, {
  log: (line) => {
    prewarmLines.push(line);
    log(line);
  },
});
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function get(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const res = await fetch(base + url);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - started, bytes: body.byteLength, status: res.status };
}

try {
  const [row] = await readQuery(db, 'api/ingestVersion', {}, { timeoutMs: 60_000 });
  const documents = Number(row?.documents ?? 0);
  log(`${documents} documents in ${opts.home}`);
  const firstViewColdMs = await firstViewMs(base, 'cold', log);
  await prewarm.done;
  const apiFirstMs: Record<string, number> = {};
  const apiP95Ms: Record<string, number> = {};
  const apiKb: Record<string, number> = {};
  for (const [name, url] of Object.entries(EXPLORER_ENDPOINTS)) {
    const first = await get(url);
    if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
    const samples: number[] = [];
    for (let i = 0; i < opts.samples; i++) samples.push((await get(url)).ms);
    apiFirstMs[name] = round(first.ms, 1);
    apiP95Ms[name] = round(percentile(samples, 95), 1);
    apiKb[name] = round(first.bytes / 1024, 1);
    log(
      `${name.padEnd(18)} first ${apiFirstMs[name]} ms  p95 ${apiP95Ms[name]} ms  ${apiKb[name]} kB`,
    );
  }
  const firstViewWarmMs = await firstViewMs(base, 'warm', log);

  const scale = {
    date: new Date().toISOString(),
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    documents,
    apiP95Ms,
    apiFirstMs,
    apiKb,
    firstViewMs: { cold: firstViewColdMs, warm: firstViewWarmMs },
    // How the cold start got its first view: restored from the snapshot, or computed.
    prewarm: prewarmLines[0] ?? null,
    neo4jPeakRssMb: (db.neo4jPid && peakRssMb(db.neo4jPid)) || null,
  };
  const file = join(ROOT, 'bench/results.json');
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...results, scale }, null, 2)}\n`);
  log('written to bench/results.json (scale)');
} finally {
  prewarm.stop();
  await app.close();
  await db.close();
}
