/**
 * Loading: the batched loader against the naive one-query-per-row loader on the same
 * extractions, in the same run, each into an emptied database. Reports the ratio and
 * relationships per second.
 */

import type { Extraction } from '../contract/extraction';
import { clearDatabase } from '../db/clear';
import type { Database } from '../db/connect';
import { loadDocument } from '../ingest/load/loadBatch';
import { peakRssMb, round, timed } from './measure';
import { naiveAutocommitLoad, naivePerRowLoad } from './naiveLoader';

export interface LoadBenchResult {
  documents: number;
  relationships: number;
  nodes: number;
  batchedSeconds: number;
  /** One auto-commit query per row: the usual first loader. */
  naiveSeconds: number;
  /** One query per row inside one transaction per document. */
  perRowSeconds: number;
  /** naive time / batched time: how many times faster the project's loader is. */
  loadSpeedup: number;
  /** per-row-in-one-transaction time / batched time: what UNWIND batching alone buys. */
  batchingSpeedup: number;
  batchedRelationshipsPerSecond: number;
  naiveRelationshipsPerSecond: number;
  neo4jPeakRssMb?: number;
}

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const { records } = await db.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: db.database },
  );
  return {
    nodes: Number(records[0]?.get('nodes')),
    relationships: Number(records[0]?.get('rels')),
  };
}

async function loadAll(
  db: Database,
  extractions: Extraction[],
  load: (db: Database, e: Extraction) => Promise<unknown>,
) {
  await clearDatabase(db);
  const { seconds } = await timed(async () => {
    for (const e of extractions) await load(db, e);
  });
  return { seconds, ...(await counts(db)) };
}

export async function runLoadBench(
  db: Database,
  extractions: Extraction[],
  warmup: Extraction[] = extractions.slice(0, 3),
): Promise<LoadBenchResult> {
  // Warm both code paths (query compilation, JIT) so neither pays the cold start alone.
  for (const load of [loadDocument, naivePerRowLoad, naiveAutocommitLoad])
    await loadAll(db, warmup, load);
  const naive = await loadAll(db, extractions, naiveAutocommitLoad);
  const perRow = await loadAll(db, extractions, naivePerRowLoad);
  const batched = await loadAll(db, extractions, loadDocument);
  for (const other of [naive, perRow]) {
    if (other.relationships !== batched.relationships || other.nodes !== batched.nodes) {
      throw new Error(
        `bench: the loaders disagree (${JSON.stringify({ naive, perRow, batched })})`,
      );
    }
  }
  return {
    documents: extractions.length,
    nodes: batched.nodes,
    relationships: batched.relationships,
    batchedSeconds: round(batched.seconds, 3),
    naiveSeconds: round(naive.seconds, 3),
    perRowSeconds: round(perRow.seconds, 3),
    loadSpeedup: round(naive.seconds / batched.seconds),
    batchingSpeedup: round(perRow.seconds / batched.seconds),
    batchedRelationshipsPerSecond: Math.round(batched.relationships / batched.seconds),
    naiveRelationshipsPerSecond: Math.round(naive.relationships / naive.seconds),
    neo4jPeakRssMb: db.neo4jPid ? peakRssMb(db.neo4jPid) : undefined,
  };
}
