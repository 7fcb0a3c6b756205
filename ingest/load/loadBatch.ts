/**
 * Writes extractions to Neo4j. A batch of documents is one transaction: it first locks every
 * document node (so the existence check and the write are atomic and concurrent loaders queue),
 * drops the old content of those already stored, then runs each step as batched
 * `UNWIND $rows …` statements. Either every document of the batch is stored whole or none is.
 */
import type { Transaction } from 'neo4j-driver';
import type { Extraction } from '../../contract/extraction';
import type { Database } from '../../db/connect';
import { cypher, cypherStatements } from '../../db/cypherFiles';
import { applyOverrides } from '../../db/overrides';
import { extractorFingerprint } from '../fingerprint';
import { batchSteps } from './toRows';
import { ConcurrentChangeError, inWriteTransaction } from './transaction';

export interface LoadCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface BatchResult {
  /** Documents written by this batch. */
  loaded: string[];
  /** Documents already stored with the same content and extractor (with `skipUnchanged`). */
  skipped: string[];
  counts: LoadCounts;
}

const DEFAULT_BATCH_SIZE = 5000;

function emptyCounts(): LoadCounts {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

async function runCounted(
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
  into: LoadCounts,
) {
  const result = await tx.run(query, params);
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.nodesDeleted += u.nodesDeleted;
  into.relationshipsCreated += u.relationshipsCreated;
  into.relationshipsDeleted += u.relationshipsDeleted;
  into.propertiesSet += u.propertiesSet;
  return result;
}

/** Removes a document's content, keeping its (locked) node for the reload. */
async function clearInTx(tx: Transaction, docId: string, counts: LoadCounts) {
  for (const statement of cypherStatements('load/clearDocument')) {
    await runCounted(tx, statement, { docId }, counts);
  }
}

interface StoredVersion {
  exists: boolean;
  sha256?: string;
  extractor?: string;
}

/** Locks the documents (sorted, so two loaders lock in one order) and reads what is stored. */
async function lockDocuments(tx: Transaction, ids: string[]): Promise<Map<string, StoredVersion>> {
  const result = await tx.run(cypher('load/lockDocuments'), { ids: [...ids].sort() });
  return new Map(
    result.records.map((r) => [
      r.get('id') as string,
      {
        exists: r.get('exists') === true,
        sha256: r.get('sha256') ?? undefined,
        extractor: r.get('extractor') ?? undefined,
      },
    ]),
  );
}

/**
 * Loads single-document extractions (distinct document ids) in one write transaction. With
 * `skipUnchanged`, documents stored with the same sha256 and extractor are left as they are;
 * that is decided under the lock, so a concurrent loader's work is seen, never duplicated.
 */
export async function loadDocuments(
  db: Database,
  extractions: Extraction[],
  options: {
    skipUnchanged?: boolean;
    batchSize?: number;
    /** Called after each load statement with its file and milliseconds (for profiling). */
    onStatement?: (file: string, ms: number) => void;
  } = {},
): Promise<BatchResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const extractor = extractorFingerprint();
  return inWriteTransaction(db, async (tx) => {
    const counts = emptyCounts();
    const ids = extractions.map((x) => x.documents[0]?.id ?? '');
    const lockStarted = performance.now();
    const stored = await lockDocuments(tx, ids);
    options.onStatement?.('lockDocuments', performance.now() - lockStarted);
    const todo: Extraction[] = [];
    const skipped: string[] = [];
    for (const [i, x] of extractions.entries()) {
      const id = ids[i] as string;
      const was = stored.get(id);
      const same = was?.sha256 === x.documents[0]?.sha256 && was?.extractor === extractor;
      if (options.skipUnchanged && was?.exists && same) skipped.push(id);
      else {
        if (was?.exists) await clearInTx(tx, id, counts);
        todo.push(x);
      }
    }
    const { docIds, steps } = batchSteps(todo);
    for (const step of steps) {
      const query = cypher(`load/${step.file}`);
      for (let i = 0; i < step.rows.length; i += batchSize) {
        const rows = step.rows.slice(i, i + batchSize);
        const started = performance.now();
        const result = await runCounted(tx, query, { rows, extractor }, counts);
        options.onStatement?.(step.file, performance.now() - started);
        const linked = Number(result.records[0]?.get('linked') ?? 0);
        if (step.checked && linked !== rows.length) {
          throw new ConcurrentChangeError(
            `load: ${rows.length - linked} entities vanished while loading (deleted by a concurrent load); retrying.`,
          );
        }
      }
    }
    if (docIds.length > 0) {
      // The analysts' corrections again: the reload recreated what the extraction says.
      await applyOverrides(tx);
      // Last, so the API's answer cache (keyed on this version) sees the change only with it.
      const bumpStarted = performance.now();
      await tx.run(cypher('load/bumpIngestVersion'));
      options.onStatement?.('bumpIngestVersion', performance.now() - bumpStarted);
    }
    return { loaded: docIds, skipped, counts };
  });
}

/** Loads one single-document extraction in one write transaction (always rewrites it). */
export async function loadDocument(
  db: Database,
  extraction: Extraction,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<LoadCounts> {
  return (await loadDocuments(db, [extraction], { batchSize })).counts;
}

/** Removes a document and what only it supported; false when there was no such document. */
export async function deleteDocument(db: Database, docId: string): Promise<boolean> {
  const counts = emptyCounts();
  await inWriteTransaction(db, async (tx) => {
    await clearInTx(tx, docId, counts);
    await runCounted(tx, cypher('load/deleteDocument'), { docId }, counts);
    await tx.run(cypher('load/bumpIngestVersion'));
  });
  return counts.nodesDeleted > 0;
}

/** The stored sha256 and extractor of documents `ids` (absent ones are missing from the map). */
export async function storedVersions(
  db: Database,
  ids: string[],
): Promise<Map<string, { sha256?: string; extractor?: string }>> {
  const { records } = await db.driver.executeQuery(
    cypher('load/documentVersion'),
    { ids },
    { database: db.database, routing: 'READ' },
  );
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      { sha256: r.get('sha256') ?? undefined, extractor: r.get('extractor') ?? undefined },
    ]),
  );
}
