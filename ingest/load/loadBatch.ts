/**
 * Writes extractions to Neo4j: one transaction per document, every step a batched
 * `UNWIND $rows … MERGE` keyed on ids. A document that is loaded again first has its old
 * sentences, commitments and sole-supported entities removed in the same transaction, so the
 * result is the same graph however often it runs, and a failure leaves the previous state.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../db/connect';
import { cypher, cypherStatements } from '../../db/cypherFiles';
import type { Extraction } from '../contract';
import { extractorFingerprint } from '../fingerprint';
import { loadSteps } from './toRows';

export interface LoadCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const DEFAULT_BATCH_SIZE = 1000;

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
  tx: ManagedTransaction,
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
}

async function deleteInTx(tx: ManagedTransaction, docId: string, counts: LoadCounts) {
  for (const statement of cypherStatements('load/deleteDocument')) {
    await runCounted(tx, statement, { docId }, counts);
  }
}

/** Loads one single-document extraction in one write transaction. */
export async function loadDocument(
  db: Database,
  extraction: Extraction,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<LoadCounts> {
  const { docId, doc, steps } = loadSteps(extraction);
  const counts = emptyCounts();
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(async (tx) => {
      // The clean-up scans entities by supporting document; a first load can skip it.
      const existing = await tx.run(cypher('load/documentExists'), { docId });
      if (existing.records[0]?.get('exists') === true) await deleteInTx(tx, docId, counts);
      await runCounted(
        tx,
        cypher('load/upsertDocument'),
        { doc, extractor: extractorFingerprint() },
        counts,
      );
      for (const step of steps) {
        const query = cypher(`load/${step.file}`);
        for (let i = 0; i < step.rows.length; i += batchSize) {
          await runCounted(tx, query, { rows: step.rows.slice(i, i + batchSize), docId }, counts);
        }
      }
    });
  } finally {
    await session.close();
  }
  return counts;
}

/** Removes a document and what only it supported; false when there was no such document. */
export async function deleteDocument(db: Database, docId: string): Promise<boolean> {
  const counts = emptyCounts();
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) => deleteInTx(tx, docId, counts));
  } finally {
    await session.close();
  }
  return counts.nodesDeleted > 0;
}

/** True when document $docId is stored with this content hash and this extractor's fingerprint. */
export async function isLoadedUnchanged(
  db: Database,
  docId: string,
  sha256: string,
): Promise<boolean> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(cypher('load/documentVersion'), { docId }),
    );
    const row = result.records[0];
    return row?.get('sha256') === sha256 && row?.get('extractor') === extractorFingerprint();
  } finally {
    await session.close();
  }
}
