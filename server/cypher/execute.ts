/**
 * Layers 2 and 4 of the read-only guarantee: the statement runs in a READ access-mode transaction
 * (Neo4j itself refuses a write there) with a server-side timeout, and at most `rowLimit` records
 * are taken: the rest are discarded on the server, not streamed, and the result says so.
 */
import type { Record as Neo4jRecord, ResultSummary } from 'neo4j-driver';
import type { Database } from '../../db/connect';
import { translateNeo4jError } from './neo4jErrors';

export interface ExecuteOptions {
  timeoutMs: number;
  rowLimit: number;
}

export interface Execution {
  keys: string[];
  records: Neo4jRecord[];
  truncated: boolean;
  summary: ResultSummary;
}

export async function executeRead(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  { timeoutMs, rowLimit }: ExecuteOptions,
): Promise<Execution> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: 'READ',
    // Pull one batch beyond the limit at most, so a huge result is never fetched whole.
    fetchSize: Math.min(rowLimit + 1, 1000),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(statement, params);
        const keys = (await result.keys()) as string[];
        const records: Neo4jRecord[] = [];
        const iterator = result[Symbol.asyncIterator]();
        for (;;) {
          const next = await iterator.next();
          if (next.done) return { keys, records, truncated: false, summary: next.value };
          if (records.length === rowLimit) {
            // Past the limit: discard the rest on the server and keep the summary.
            const last = await iterator.return?.();
            if (!last?.done) throw new Error('cypher: the result did not end when discarded');
            return { keys, records, truncated: true, summary: last.value };
          }
          records.push(next.value);
        }
      },
      { timeout: timeoutMs },
    );
  } catch (error) {
    throw translateNeo4jError(error, timeoutMs);
  } finally {
    await session.close();
  }
}
