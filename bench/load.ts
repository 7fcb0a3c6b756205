/**
 * `npm run bench:load`: concurrent clients against the running API, one endpoint at a time, on
 * the sample (`--docs sample`, the default) or N generated statements (`--docs 1000`). The API
 * runs in its own process (bench/loadServer.ts) over this script's own local Neo4j
 * (.neo4j/load-<docs>, loaded once and skipped when unchanged). Reports requests/s, p50/p95/p99,
 * errors and the largest body per endpoint; writes them under `underLoad` in bench/results.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { applySchema } from '../db/schema';
import { ingestFiles } from '../ingest/ingestFiles';
import { listDocumentFiles } from '../ingest/listFiles';
import { closeExtractPools, extractInParallel } from '../ingest/parallel/extractPool';
import { readQuery } from '../server/db';
import { EXPLORER_ENDPOINTS } from './endpoints';
import { generateCorpus, writeCorpus } from './generateCorpus';
import { type LoadRow, runClients } from './loadClients';
import { peakRssMb } from './measure';

const ROOT = new URL('..', import.meta.url).pathname;

const program = new Command('bench:load')
  .option('--docs <n>', '"sample" (data/corpus) or a number of generated statements', 'sample')
  .option('--clients <n>', 'concurrent clients', Number, 32)
  .option('--seconds <n>', 'seconds per endpoint', Number, 30)
  .option('--only <list>', 'comma-separated endpoint names (default: all)')
  .option('--no-write', 'do not write bench/results.json')
  .option('--prepare-only', 'load the corpus into the local Neo4j and stop')
  .option('--skip-ingest', 'measure what the local Neo4j already holds')
  .parse();
const opts = program.opts<{
  docs: string;
  clients: number;
  seconds: number;
  only?: string;
  write: boolean;
  prepareOnly?: boolean;
  skipIngest?: boolean;
}>();

const config = loadConfig();
if (config.NEO4J_URI) {
  console.error(
    'bench:load: NEO4J_URI is set; the load script uses its own local Neo4j. Unset it.',
  );
  process.exit(1);
}
const log = (line: string) => console.log(`[load] ${line}`);

function corpusFiles(docs: string): string[] {
  if (docs === 'sample') return listDocumentFiles([join(ROOT, 'data/corpus')]);
  const n = Number(docs);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--docs: "sample" or a count, got ${docs}`);
  const dir = join(ROOT, 'bench/generated', String(n));
  if (!existsSync(dir)) {
    log(`generating ${n} statements into ${dir}`);
    writeCorpus(generateCorpus(n, 1), dir);
  }
  return listDocumentFiles([dir]);
}

interface Prepared {
  uri: string;
  pid?: number;
  documents: number;
  close(): Promise<void>;
}

async function prepare(): Promise<Prepared> {
  const db = await connectDatabase({
    ...config,
    NEO4J_HOME: `.neo4j/load-${opts.docs}`,
    NEO4J_PORT: 0,
  });
  await applySchema(db);
  if (!opts.skipIngest) {
    const files = corpusFiles(opts.docs);
    const started = performance.now();
    const outcomes = await ingestFiles(db, files, {
      skipUnchanged: true,
      extractFn: (paths) => extractInParallel(paths, 2),
      onFile: (o) => o.skipped || process.stdout.write('.'),
    });
    await closeExtractPools();
    const failed = outcomes.filter((o) => o.error).length;
    const skipped = outcomes.filter((o) => o.skipped).length;
    log(
      `${files.length} documents: ${files.length - skipped - failed} loaded, ${skipped} unchanged, ${failed} failed (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const [row] = await readQuery(db, 'api/ingestVersion');
  const documents = Number(row?.documents ?? 0);
  log(`measuring over ${documents} documents`);
  return { uri: db.uri, pid: db.neo4jPid, documents, close: () => db.close() };
}

function startServer(uri: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/loadServer.ts')], {
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench:load: the server exited (${code})`)));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const port = /^listening (\d+)$/.exec(line)?.[1];
      if (port) resolve({ child, base: `http://127.0.0.1:${port}` });
    });
  });
}

const neo = await prepare();
if (opts.prepareOnly) {
  await neo.close();
  process.exit(0);
}
const { child, base } = await startServer(neo.uri);
const rows: LoadRow[] = [];
let neo4jRss: number | undefined;
try {
  const names = opts.only ? opts.only.split(',') : Object.keys(EXPLORER_ENDPOINTS);
  for (const name of names) {
    const path = EXPLORER_ENDPOINTS[name];
    if (!path)
      throw new Error(
        `--only: no endpoint "${name}" (${Object.keys(EXPLORER_ENDPOINTS).join(', ')})`,
      );
    const row = await runClients(name, base + path, opts.clients, opts.seconds);
    rows.push(row);
    log(
      `${name.padEnd(18)} ${String(row.requestsPerSecond).padStart(7)} req/s  p50 ${row.p50Ms} ms  p95 ${row.p95Ms} ms  p99 ${row.p99Ms} ms  errors ${row.errors}  largest ${row.maxKb} kB`,
    );
  }
} finally {
  child.kill('SIGTERM');
  neo4jRss = neo.pid ? peakRssMb(neo.pid) : undefined;
  await neo.close();
}

/** The bar for the sample: /api/graph ≥ 200 req/s, every p99 ≤ 1 s, no errors. */
const acceptance = {
  graphRequestsPerSecond: rows.find((r) => r.endpoint === 'graph')?.requestsPerSecond ?? null,
  worstP99Ms: Math.max(...rows.map((r) => r.p99Ms)),
  errors: rows.reduce((n, r) => n + r.errors, 0),
  met: false,
};
acceptance.met =
  (acceptance.graphRequestsPerSecond ?? 0) >= 200 &&
  acceptance.worstP99Ms <= 1000 &&
  acceptance.errors === 0;
log(
  `acceptance (graph >= 200 req/s, every p99 <= 1000 ms, 0 errors): graph ${acceptance.graphRequestsPerSecond ?? 'not measured'} req/s, worst p99 ${acceptance.worstP99Ms} ms, ${acceptance.errors} errors: ${acceptance.met ? 'met' : 'NOT met'}`,
);

if (opts.write) {
  const file = join(ROOT, 'bench/results.json');
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // A run of some endpoints (--only) replaces their rows and keeps the others'.
  const previous: LoadRow[] = results.underLoad?.[opts.docs]?.endpoints ?? [];
  const measured = new Set(rows.map((r) => r.endpoint));
  results.underLoad = {
    ...(results.underLoad ?? {}),
    [opts.docs]: {
      date: new Date().toISOString(),
      documents: neo.documents,
      clients: opts.clients,
      secondsPerEndpoint: opts.seconds,
      neo4jPeakRssMb: neo4jRss,
      acceptance,
      endpoints: [...previous.filter((r) => !measured.has(r.endpoint)), ...rows],
    },
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log('written to bench/results.json (underLoad)');
}
