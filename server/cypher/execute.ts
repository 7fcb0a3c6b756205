/**
 * Layers 2 and 4 of the read-only guarantee: the statement runs in a READ access-mode transaction
 * (Neo4j itself refuses a write there) under the console's deadline, and the result is bounded
 * twice: at most `rowLimit` records, and at most `maxBytes` of JSON rows. Records stream in small
 * batches and are converted one by one, so a huge result is never held whole; past either bound
 * the rest is discarded on the server and the result says which bound cut it.
 */
import type { ResultSummary } from 'neo4j-driver';
import type { Database } from '../../db/connect';
import { withSession } from '../deadline';
import { translateNeo4jError } from './neo4jErrors';
import { type Json, toJson } from './values';

export interface ExecuteOptions {
  timeoutMs: number;
  rowLimit: number;
  /** Bytes of JSON rows kept before the result is cut (default: no byte bound). */
  maxBytes?: number;
  /** Time left for the run (default: all of `timeoutMs`). */
  remainingMs?: number;
  onClosed?: (closed: Promise<void>) => void;
}

export interface Execution {
  keys: string[];
  /** Driver values per kept record, in column order (for the result graph). */
  values: unknown[][];
  /** The same, JSON-safe. */
  rows: Json[][];
  truncated: boolean;
  /** Which bound cut the result, when one did. */
  truncatedBy?: 'rows' | 'bytes';
  bytes: number;
  summary: ResultSummary;
}

/**
 * Records per pull: small, so a batch of very wide rows (a collected list repeated on every
 * row) stays near the byte budget instead of hundreds of MB; a few more round trips for long
 * narrow results cost little on a local connection.
 */
const FETCH_SIZE = 20;

export async function executeRead(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  {
    timeoutMs,
    rowLimit,
    maxBytes = Number.POSITIVE_INFINITY,
    remainingMs,
    onClosed,
  }: ExecuteOptions,
): Promise<Execution> {
  const left = remainingMs ?? timeoutMs;
  try {
    return await withSession(
      db.consoleDriver ?? db.driver,
      {
        database: db.database,
        timeoutMs: left,
        what: 'console query',
        fetchSize: Math.min(rowLimit + 1, FETCH_SIZE),
        onClosed,
      },
      (session) =>
        session.executeRead(
          async (tx) => {
            const result = tx.run(statement, params);
            const keys = (await result.keys()) as string[];
            const values: unknown[][] = [];
            const rows: Json[][] = [];
            let bytes = 0;
            const iterator = result[Symbol.asyncIterator]();
            const cut = async (by: 'rows' | 'bytes'): Promise<Execution> => {
              // Past a bound: discard the rest on the server and keep the summary.
              const last = await iterator.return?.();
              if (!last?.done) throw new Error('cypher: the result did not end when discarded');
              return {
                keys,
                values,
                rows,
                truncated: true,
                truncatedBy: by,
                bytes,
                summary: last.value,
              };
            };
            for (;;) {
              const next = await iterator.next();
              if (next.done)
                return { keys, values, rows, truncated: false, bytes, summary: next.value };
              if (rows.length === rowLimit) return cut('rows');
              const value = keys.map((key) => next.value.get(key) as unknown);
              const row = value.map(toJson);
              const size = Buffer.byteLength(JSON.stringify(row));
              if (bytes + size > maxBytes) return cut('bytes');
              bytes += size;
              values.push(value);
              rows.push(row);
            }
          },
          { timeout: left },
        ),
    );
  } catch (error) {
    throw translateNeo4jError(error, timeoutMs);
  }
}
