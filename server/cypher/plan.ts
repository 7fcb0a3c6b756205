/**
 * Layer 1 of the read-only guarantee: Neo4j plans the statement (EXPLAIN runs nothing) and says
 * what kind of query it is. Only `r` (read-only) may run; `rw`, `w` (writes) and `s` (schema,
 * administration, DBMS procedures) are refused. This is the authority on writes: it is Neo4j's
 * own parser and planner, so no text trick that Neo4j understands as a write can pass it.
 */
import type { Database } from '../../db/connect';
import { withSession } from '../deadline';
import { CypherRefusedError } from './errors';
import { translateNeo4jError } from './neo4jErrors';

/** Sent before the user's text on a line of its own, so their line numbers shift by one. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';

const QUERY_TYPES: Record<string, string> = {
  rw: 'Neo4j plans it as a read-write query: it writes to the graph',
  w: 'Neo4j plans it as a write query',
  s: 'Neo4j plans it as a schema or system query (a schema change, an administration command or a DBMS procedure)',
};

export interface PlanOptions {
  /** The console's deadline, reported in the timeout error. */
  timeoutMs: number;
  /** Time left for planning (default: all of `timeoutMs`). */
  remainingMs?: number;
  onClosed?: (closed: Promise<void>) => void;
}

/** Resolves with the query type `r`, or throws CypherRefusedError / a translated Neo4j error. */
export async function planReadOnly(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  { timeoutMs, remainingMs = timeoutMs, onClosed }: PlanOptions,
): Promise<'r'> {
  let queryType: string;
  try {
    const result = await withSession(
      db.consoleDriver ?? db.driver,
      { database: db.database, timeoutMs: remainingMs, what: 'console plan', onClosed },
      (session) =>
        session.executeRead((tx) => tx.run(`${EXPLAIN_PREFIX}${statement}`, params), {
          timeout: remainingMs,
        }),
    );
    queryType = result.summary.queryType;
  } catch (error) {
    throw translateNeo4jError(error, timeoutMs, { lines: 1, chars: EXPLAIN_PREFIX.length });
  }
  if (queryType !== 'r') {
    throw new CypherRefusedError(
      `${QUERY_TYPES[queryType] ?? `Neo4j plans it as a '${queryType}' query`}; the console runs read-only queries only`,
    );
  }
  return 'r';
}
