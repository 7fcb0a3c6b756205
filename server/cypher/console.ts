/**
 * One console query, through every layer in order: the complexity limit and the lexical guard
 * (nothing reaches Neo4j before both pass), Neo4j's plan (read-only or refused), then a bounded
 * run in a read transaction, shaped for the API. Plan and run share one wall-clock deadline and
 * one slot of the console's budget, held until Neo4j has let go of both sessions.
 */
import type { Database } from '../../db/connect';
import type { ConsoleBudget } from './budget';
import { assertParamsBounded, assertQueryBounded } from './complexity';
import { CypherTimeoutError } from './errors';
import { executeRead } from './execute';
import { guardQuery } from './guard';
import { toParams } from './params';
import { planReadOnly } from './plan';
import { resultGraph } from './resultGraph';
import type { CypherResponse } from './types';

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
  /** Bytes of JSON rows an answer carries at most (default: no byte bound). */
  maxBytes?: number;
  budget?: ConsoleBudget;
}

export async function runConsoleQuery(
  db: Database,
  query: string,
  rawParams: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<CypherResponse> {
  assertQueryBounded(query);
  assertParamsBounded(rawParams);
  const { statement } = guardQuery(query);
  const params = toParams(rawParams);
  const release = limits.budget?.take() ?? (() => undefined);
  const closings: Promise<void>[] = [];
  const onClosed = (closed: Promise<void>) => closings.push(closed);
  const deadline = Date.now() + limits.timeoutMs;
  const remaining = () => {
    const ms = deadline - Date.now();
    if (ms <= 0) throw new CypherTimeoutError(limits.timeoutMs);
    return ms;
  };
  try {
    const queryType = await planReadOnly(db, statement, params, {
      timeoutMs: limits.timeoutMs,
      remainingMs: remaining(),
      onClosed,
    });
    const run = await executeRead(db, statement, params, {
      ...limits,
      remainingMs: remaining(),
      onClosed,
    });
    const { graph, undrawn } = resultGraph(run.values);
    const summary = run.summary;
    return {
      columns: run.keys,
      rows: run.rows,
      graph,
      summary: {
        queryType,
        resultAvailableAfterMs: Number(summary.resultAvailableAfter),
        resultConsumedAfterMs: Number(summary.resultConsumedAfter),
        truncated: run.truncated,
        ...(run.truncatedBy ? { truncatedBy: run.truncatedBy } : {}),
        rowLimit: limits.rowLimit,
        ...(limits.maxBytes ? { byteLimit: limits.maxBytes } : {}),
        undrawnNodes: undrawn,
        notifications: summary.notifications.map((n) => `${n.title}: ${n.description}`),
      },
    };
  } finally {
    void Promise.all(closings).then(release);
  }
}
