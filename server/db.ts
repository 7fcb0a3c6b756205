/**
 * Read helpers over the driver: every API query is a `cypher/` file run in a read transaction
 * under a hard deadline (what is left of the request's API_TIMEOUT_MS unless the caller asks for
 * less; server/requestDeadline.ts): past it the caller gets
 * a DeadlineError (503) whatever Neo4j is doing, and Neo4j's transaction timeout stops the work.
 */
import type { Database } from '../db/connect';
import { cypher } from '../db/cypherFiles';
import { DeadlineError, withSession } from './deadline';
import { requestTimeLeft } from './requestDeadline';

export type Row = Record<string, unknown>;

/** When neither the caller nor the app sets one (tests that build a Database by hand). */
export const DEFAULT_API_TIMEOUT_MS = 4_000;

export interface ReadOptions {
  timeoutMs?: number;
}

/** Runs `cypher/<name>.cypher` with parameters in a read transaction; plain-object rows. */
export async function readQuery(
  db: Database,
  name: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<Row[]> {
  const perQuery = db.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS;
  const timeoutMs = options.timeoutMs ?? Math.min(perQuery, requestTimeLeft() ?? perQuery);
  if (timeoutMs <= 0) throw new DeadlineError(perQuery, `query ${name}`);
  return withSession(
    db.driver,
    { database: db.database, timeoutMs, what: `query ${name}` },
    async (session) => {
      const result = await session.executeRead((tx) => tx.run(cypher(name), params), {
        timeout: timeoutMs,
      });
      return result.records.map((r) => r.toObject());
    },
  );
}
