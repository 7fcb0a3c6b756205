/**
 * One console query, through every layer in order: the lexical guard, Neo4j's plan (read-only
 * or refused), then a bounded run in a read transaction, shaped for the API.
 */
import type { Database } from '../../db/connect';
import { executeRead } from './execute';
import { guardQuery } from './guard';
import { toParams } from './params';
import { planReadOnly } from './plan';
import { resultGraph } from './resultGraph';
import type { CypherResponse } from './types';
import { toJson } from './values';

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
}

export async function runConsoleQuery(
  db: Database,
  query: string,
  rawParams: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<CypherResponse> {
  const { statement } = guardQuery(query);
  const params = toParams(rawParams);
  const queryType = await planReadOnly(db, statement, params, limits);
  const run = await executeRead(db, statement, params, limits);
  const values = run.records.map((record) => run.keys.map((key) => record.get(key) as unknown));
  const { graph, undrawn } = resultGraph(values);
  const summary = run.summary;
  return {
    columns: run.keys,
    rows: values.map((row) => row.map(toJson)),
    graph,
    summary: {
      queryType,
      resultAvailableAfterMs: Number(summary.resultAvailableAfter),
      resultConsumedAfterMs: Number(summary.resultConsumedAfter),
      truncated: run.truncated,
      rowLimit: limits.rowLimit,
      undrawnNodes: undrawn,
      notifications: summary.notifications.map((n) => `${n.title}: ${n.description}`),
    },
  };
}
