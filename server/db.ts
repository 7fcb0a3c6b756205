/**
 * Read helpers over the driver: every API query is a `cypher/` file run in a read transaction
 * under a hard deadline (what is left of the request's API_TIMEOUT_MS unless the caller asks for
 * less; server/requestDeadline.ts): past it the caller gets
 * a DeadlineError (503) whatever Neo4j is doing, and Neo4j's transaction timeout stops the work.
 */
import type { z } from 'zod';
import type { Database } from '../db/connect';
import { cypher } from '../db/cypherFiles';
import { DeadlineError, withSession } from './deadline';
import { requestQueryTimeout, requestTimeLeft } from './requestDeadline';

export type Row = Record<string, unknown>;

/** When neither the caller nor the app sets one (tests that build a Database by hand). */
const DEFAULT_API_TIMEOUT_MS = 4_000;

export interface ReadOptions {
  timeoutMs?: number;
}

/**
 * A row that does not fit the schema its query declares (server/rows.ts). Names the query file,
 * the row and the field, never the value: rows carry document text, which stays out of logs.
 */
export class MalformedRowError extends Error {
  override name = 'MalformedRowError';
  constructor(
    readonly query: string,
    readonly row: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(
      `cypher/${query}.cypher returned a row the server does not understand: row ${row}, field ${field}: ${problem}. Its RETURN clause and its schema in server/rows.ts disagree.`,
    );
  }
}

/** Checks one row against its schema; the first failing field becomes a MalformedRowError. */
export function parseRow<S extends z.ZodType>(
  query: string,
  schema: S,
  row: unknown,
  index = 0,
): z.output<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const field = issue?.path.length ? issue.path.join('.') : '(row)';
  throw new MalformedRowError(query, index, field, issue?.message ?? 'invalid');
}

/**
 * Runs `cypher/<name>.cypher` and checks every row against `schema`: the only way the API reads
 * the database, so no row reaches a route without its declared type.
 */
export async function queryRows<S extends z.ZodType>(
  db: Database,
  name: string,
  schema: S,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<z.output<S>[]> {
  const rows = await readQuery(db, name, params, options);
  return rows.map((row, i) => parseRow(name, schema, row, i));
}

/** The first row of `queryRows`, or undefined when the query returned none. */
export async function queryRow<S extends z.ZodType>(
  db: Database,
  name: string,
  schema: S,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<z.output<S> | undefined> {
  const [row] = await queryRows(db, name, schema, params, options);
  return row;
}

/**
 * Runs `cypher/<name>.cypher` with parameters in a read transaction; plain-object rows, not
 * checked: for the benchmarks, which time the database alone. The API uses `queryRows`.
 */
export async function readQuery(
  db: Database,
  name: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<Row[]> {
  const perQuery = requestQueryTimeout() ?? db.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS;
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
