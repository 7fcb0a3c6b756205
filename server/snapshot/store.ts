/**
 * The first view's answers persisted in Neo4j (cypher/snapshot/), one node per name holding
 * the answers of one ingest version: a restarted server, or a second replica, serves them after
 * one small read instead of recomputing them on a cold page cache. Stale, corrupt or oversized
 * snapshots are never served: the reader says why and the caller computes (and stores) anew.
 */
import { z } from 'zod';
import type { Database } from '../../db/connect';
import { cypher } from '../../db/cypherFiles';
import { queryRow } from '../db';
import { decodeSnapshot, type EncodedSnapshot, encodeSnapshot, type SnapshotAnswer } from './codec';

/** The snapshot of the explorer's first view (an empty URL); the only one so far. */
const FIRST_VIEW = 'firstView';
const WRITE_TIMEOUT_MS = 30_000;

const SnapshotRow = z.object({
  version: z.string(),
  format: z.number(),
  sha256: z.string(),
  bytes: z.number(),
  payload: z.instanceof(Int8Array).nullable(),
});

type StoredSnapshot = z.infer<typeof SnapshotRow>;
export type SnapshotRead = { answers: SnapshotAnswer[] } | { reason: string };

/** The newest stored snapshot as read, not yet checked (its payload only within `maxBytes`). */
export async function fetchSnapshot(
  db: Database,
  maxBytes: number,
  name = FIRST_VIEW,
): Promise<StoredSnapshot | undefined> {
  return queryRow(db, 'snapshot/read', SnapshotRow, { name, maxBytes });
}

/** A fetched snapshot's answers if it is for `version` and intact, else the reason not. */
export function useSnapshot(
  row: StoredSnapshot | undefined,
  version: string,
  maxBytes: number,
): SnapshotRead {
  if (!row) return { reason: 'no snapshot stored' };
  if (row.version !== version) return { reason: 'the snapshot is of another ingest version' };
  if (!row.payload)
    return { reason: `snapshot ignored: ${row.bytes} bytes, over the cap of ${maxBytes}` };
  const payload = new Uint8Array(row.payload.buffer, row.payload.byteOffset, row.payload.length);
  try {
    return { answers: decodeSnapshot({ ...row, payload }, version, maxBytes) };
  } catch (error) {
    if (error instanceof Error && error.name === 'SnapshotRejectedError')
      return { reason: error.message };
    throw error;
  }
}

/** The answers stored for `version`, or the reason there are none to use. */
export async function readSnapshot(
  db: Database,
  version: string,
  maxBytes: number,
): Promise<SnapshotRead> {
  return useSnapshot(await fetchSnapshot(db, maxBytes), version, maxBytes);
}

/** Stores already-encoded bytes as the snapshot of `version` (tests store damaged ones too). */
export async function storeEncoded(
  db: Database,
  version: string,
  encoded: EncodedSnapshot,
  name = FIRST_VIEW,
): Promise<void> {
  const { payload, ...rest } = encoded;
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(
      (tx) =>
        tx.run(cypher('snapshot/write'), {
          name,
          version,
          ...rest,
          // The driver sends Int8Array as Neo4j's byte[]; a Buffer would be a list of integers.
          payload: new Int8Array(payload.buffer, payload.byteOffset, payload.length),
        }),
      { timeout: WRITE_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

/** Encodes and stores `answers` as the snapshot of `version` unless over `maxBytes`. */
export async function writeSnapshot(
  db: Database,
  version: string,
  answers: SnapshotAnswer[],
  maxBytes: number,
): Promise<{ stored: boolean; bytes: number }> {
  const encoded = encodeSnapshot(version, answers);
  if (encoded.bytes > maxBytes) return { stored: false, bytes: encoded.bytes };
  await storeEncoded(db, version, encoded);
  return { stored: true, bytes: encoded.bytes };
}
