/**
 * One explicit write transaction with retries for transient conflicts (deadlocks between two
 * loaders sharing hub entities) but not for a lost connection: that is reported at once as a
 * ConnectionLostError, saying whether COMMIT was in flight, so the ingest can tell exactly which
 * documents are stored.
 */
import type { Transaction } from 'neo4j-driver';
import { messageOf } from '../../contract/errors';
import type { Database } from '../../db/connect';
import { ConnectionLostError } from './errors';

const ATTEMPTS = 10;

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

export function isConnectionError(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Another transaction changed what this one relied on; running it again from scratch is safe. */
export class ConcurrentChangeError extends Error {
  override name = 'ConcurrentChangeError';
}

/** Deadlocks and lock timeouts, a node deleted under us by a concurrent load, or the above. */
function isTransient(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code.startsWith('Neo.TransientError') ||
    code === 'Neo.ClientError.Statement.EntityNotFound' ||
    error instanceof ConcurrentChangeError
  );
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function inWriteTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = db.driver.session({ database: db.database });
    let tx: Transaction | undefined;
    let committing = false;
    try {
      tx = await session.beginTransaction();
      const result = await work(tx);
      committing = true;
      await tx.commit();
      return result;
    } catch (error) {
      if (tx?.isOpen() && !committing) await tx.rollback().catch(() => undefined);
      if (isConnectionError(error)) {
        const reason = messageOf(error);
        throw new ConnectionLostError(
          `lost the connection to Neo4j at ${db.uri} (${reason.split('\n')[0]})`,
          committing,
          error,
        );
      }
      if (!isTransient(error) || attempt >= ATTEMPTS) throw error;
      // Two loaders locking the same hubs: back off a little, randomly, and try again.
      await sleep(20 * attempt + Math.random() * 50 * attempt);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
