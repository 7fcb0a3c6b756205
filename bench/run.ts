/**
 * `npm run bench`: extraction, loading, API and rendering, each as a ratio measured within
 * this one run, and the real archive (6,909 statements) ingested end to end, written to
 * bench/results.json and printed as a table. Not part of `npm test`. `--only real` runs just the
 * real archive and updates only that part of results.json. It uses its own fresh local Neo4j
 * (.neo4j/bench) and refuses to clear a NEO4J_URI database.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Extraction } from '../contract/extraction';
import { clearDatabase } from '../db/clear';
import { loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { ingestFiles } from '../ingest/ingestFiles';
import { listDocumentFiles } from '../ingest/listFiles';
import { closeExtractPools, extractInParallel } from '../ingest/parallel/extractPool';
import { runApiBench } from './apiBench';
import { runExtractBench } from './extractBench';
import { runLoadBench } from './loadBench';
import { peakRssMb } from './measure';
import { runRealBench } from './realBench';
import { printTables } from './report';
import { runWebBench } from './webBench';

const ROOT = new URL('..', import.meta.url).pathname;

const program = new Command('bench')
  .option('--quick', 'small sizes (100 and 1,000 documents; 10 for loading)')
  .option('--sizes <list>', 'extraction corpus sizes', (v) => v.split(',').map(Number))
  .option('--load-docs <n>', 'documents for the loader comparison', Number)
  .option('--api-docs <n>', 'documents loaded for the API benchmark', Number)
  .option(
    '--only <part>',
    'run one part only: real (the White House archive) or web (first render and bundle size)',
  )
  .option('--real-limit <n>', 'load only the first N statements of the real archive', Number)
  .parse();
const opts = program.opts<{
  quick?: boolean;
  sizes?: number[];
  loadDocs?: number;
  apiDocs?: number;
  only?: string;
  realLimit?: number;
}>();
if (opts.only !== undefined && opts.only !== 'real' && opts.only !== 'web') {
  program.error(`bench: --only takes "real" or "web", not ${JSON.stringify(opts.only)}.`);
}
const sizes = opts.sizes ?? (opts.quick ? [100, 1000] : [100, 1000, 10000]);
const loadDocs = opts.loadDocs ?? (opts.quick ? 10 : 20);
const apiDocs = opts.apiDocs ?? (opts.quick ? 100 : 1000);

const config = loadConfig();
if (config.NEO4J_URI) {
  console.error(
    'bench: NEO4J_URI is set; the benchmark empties its database, so it only runs on its own local Neo4j. Unset NEO4J_URI.',
  );
  process.exit(1);
}
const log = (line: string) => console.log(`[bench] ${line}`);
const RESULTS = join(ROOT, 'bench/results.json');
const BENCH_HOME = '.neo4j/bench';

if (opts.only === 'web') {
  // No database: the synthetic render page and the explorer's bundle only.
  const web = await runWebBench();
  const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, web }, null, 2)}\n`);
  console.log(JSON.stringify(web, null, 2));
  log('web written to bench/results.json');
  process.exit(0);
}

if (opts.only === 'real') {
  const db = await connectDatabase({ ...config, NEO4J_HOME: BENCH_HOME, NEO4J_PORT: 0 });
  try {
    const real = await runRealBench(db, BENCH_HOME, log, { limit: opts.realLimit });
    const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, real }, null, 2)}\n`);
    console.log(JSON.stringify(real, null, 2));
    log('real archive written to bench/results.json');
  } finally {
    await db.close();
  }
  process.exit(0);
}

log(`extraction on ${sizes.join(', ')} generated documents, 1 and 2 workers`);
const extract = await runExtractBench({ sizes, jobs: [1, 2], log });

const db = await connectDatabase({ ...config, NEO4J_HOME: BENCH_HOME, NEO4J_PORT: 0 });
try {
  await clearDatabase(db);
  const corpus = listDocumentFiles([
    join(ROOT, 'bench/generated/100'),
    join(ROOT, 'bench/generated/1000'),
  ]);
  const loadPaths = corpus.slice(0, loadDocs);
  const extractions = (await extractInParallel(loadPaths, 2)).filter(
    (e): e is Extraction => !(e instanceof Error),
  );
  await closeExtractPools();
  log(`loading ${extractions.length} documents: batched vs naive loaders`);
  const load = await runLoadBench(db, extractions);

  log(`API on ${apiDocs} documents`);
  await clearDatabase(db);
  await ingestFiles(db, corpus.slice(0, apiDocs));
  const api = await runApiBench(db);

  log('web: 10,000 nodes / 50,000 edges in headless Chromium');
  const web = await runWebBench();

  log('real archive: the White House statements, ingested end to end');
  const real = await runRealBench(db, BENCH_HOME, log, { limit: opts.realLimit });

  const firstSize = extract.runs.find((r) => r.jobs === 1 && r.size === sizes[0]);
  const lastSize = extract.runs.find((r) => r.jobs === 1 && r.size === sizes[sizes.length - 1]);
  const oneJob = extract.runs.filter((r) => r.jobs === 1);
  const twoJobs = extract.runs.filter((r) => r.jobs === 2);
  const results = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    date: new Date().toISOString(),
    extract: {
      wordsPerSecondPerCore: Math.max(...oneJob.map((r) => r.wordsPerSecondPerCore)),
      /** 2-worker words/s over 1-worker words/s at the largest size (2.0 is linear). */
      twoWorkerSpeedup: lastSize
        ? Number(((twoJobs.at(-1)?.wordsPerSecond ?? 0) / lastSize.wordsPerSecond).toFixed(2))
        : undefined,
      /** per-document cost at the largest size over the smallest (1.0 is linear growth). */
      costGrowth:
        firstSize && lastSize
          ? Number((firstSize.wordsPerSecond / lastSize.wordsPerSecond).toFixed(2))
          : undefined,
      runs: extract.runs,
    },
    load,
    api,
    web,
    real,
    peakRssMb: {
      benchProcess: peakRssMb(),
      neo4j: db.neo4jPid ? peakRssMb(db.neo4jPid) : undefined,
    },
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
  log('written to bench/results.json');
} finally {
  await db.close();
}
