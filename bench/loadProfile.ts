/**
 * Where a load transaction spends its time: extracts the first N statements of the real archive
 * once (cached in /tmp), then loads them into an emptied Neo4j in batches and prints the time per
 * load statement. A developer tool, not part of `npm run bench`.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Extraction } from '../contract/extraction';
import { clearDatabase } from '../db/clear';
import { loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { loadDocuments } from '../ingest/load/loadBatch';
import { planBatches } from '../ingest/load/plan';
import { closeExtractPools, extractInParallel } from '../ingest/parallel/extractPool';
import { loadCeiling } from './loadCeiling';
import { procStat } from './measure';
import { realArchiveFiles, unpackRealArchive } from './realArchive';

const n = Number(process.argv[2] ?? 1000);
const batchDocs = Number(process.argv[3] ?? 20);
// `ceiling`: the same batches' node and relationship counts created plainly (cypher/bench/ceiling).
const ceiling = process.argv[4] === 'ceiling';
const cache = `/tmp/dprof/extractions-${n}.json`;
// A larger cached run serves a smaller n too (its first n documents).
const larger = [3000, 10000].map((m) => `/tmp/dprof/extractions-${m}.json`).find(existsSync);
let xs: Extraction[];
if (existsSync(cache)) xs = JSON.parse(readFileSync(cache, 'utf8'));
else if (larger && n <= Number(larger.match(/(\d+)\.json$/)?.[1]))
  xs = (JSON.parse(readFileSync(larger, 'utf8')) as Extraction[]).slice(0, n);
else {
  const files = realArchiveFiles(await unpackRealArchive()).slice(0, n);
  xs = (await extractInParallel(files, 2)).filter(
    (x): x is Extraction => !(x instanceof Error) && x.entities.length > 0,
  );
  await closeExtractPools();
  writeFileSync(cache, JSON.stringify(xs));
}
// The same statement twice (a copy in the archive) is loaded once, as ingestFiles does; else
// each copy would cut a batch short and the batches would not be the ingest's.
const firstOfId = new Map(xs.map((x, i) => [x.documents[0]?.id, i] as const).reverse());
xs = xs.filter((x, i) => firstOfId.get(x.documents[0]?.id) === i);
const config = loadConfig();
const db = await connectDatabase({ ...config, NEO4J_HOME: '.neo4j/profile', NEO4J_PORT: 0 });
try {
  // Warm-up (query planning, JIT), then a clean measured pass.
  for (const batch of planBatches(
    xs.slice(0, 200).map((extraction) => ({ path: '', extraction })),
    batchDocs,
    Number.POSITIVE_INFINITY,
  ))
    await loadDocuments(
      db,
      batch.map((b) => b.extraction),
    );
  await clearDatabase(db);
  const stepMs = new Map<string, number>();
  const batches = planBatches(
    xs.map((extraction) => ({ path: '', extraction })),
    batchDocs,
    Number.POSITIVE_INFINITY,
  );
  let rels = 0;
  const jvmCpu = () => procStat(readFileSync(`/proc/${db.neo4jPid}/stat`, 'utf8')).cpuSeconds;
  // CPU per JVM thread group (names without their numbers): GC, Bolt workers, checkpoint, Lucene…
  const threadCpu = () => {
    const byGroup = new Map<string, number>();
    for (const task of readdirSync(`/proc/${db.neo4jPid}/task`)) {
      try {
        const { name, cpuSeconds } = procStat(
          readFileSync(`/proc/${db.neo4jPid}/task/${task}/stat`, 'utf8'),
        );
        const group = (name || '?').replace(/[0-9]+/g, '#');
        byGroup.set(group, (byGroup.get(group) ?? 0) + cpuSeconds);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return byGroup;
  };
  console.log(`measuring (neo4j pid ${db.neo4jPid})`);
  const threads0 = threadCpu();
  const jvm0 = jvmCpu();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const batch of batches) {
    if (ceiling) {
      rels += await loadCeiling(
        db,
        batch.map((b) => b.extraction),
      );
      continue;
    }
    const r = await loadDocuments(
      db,
      batch.map((b) => b.extraction),
      {
        onStatement: (file, ms) => stepMs.set(file, (stepMs.get(file) ?? 0) + ms),
      },
    );
    rels += r.counts.relationshipsCreated;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${xs.length} docs, ${batches.length} batches, ${rels} rels in ${seconds.toFixed(1)} s: ${Math.round(rels / seconds)} rels/s, ${(xs.length / seconds).toFixed(1)} docs/s`,
  );
  const cpu = process.cpuUsage(cpu0);
  const neo4jCpu = jvmCpu() - jvm0;
  console.log(
    `  cpu: node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, neo4j ${neo4jCpu.toFixed(1)} s (${((neo4jCpu * 100_000) / rels).toFixed(1)} s per 100k relationships), load average ${loadavg()[0]?.toFixed(1)}`,
  );
  const threads1 = threadCpu();
  const groups = [...threads1].map(([name, s]) => [name, s - (threads0.get(name) ?? 0)] as const);
  for (const [name, s] of groups.sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  thread ${name.padEnd(17)} ${s.toFixed(1)} s`);
  for (const [file, ms] of [...stepMs].sort((a, b) => b[1] - a[1]))
    console.log(`  ${file.padEnd(24)} ${(ms / 1000).toFixed(2)} s`);
} finally {
  await db.close();
}
