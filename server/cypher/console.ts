/**
 * One console query, through every layer in order: the complexity limit and the lexical guard
 * (nothing reaches Neo4j before both pass), Neo4j's plan (read-only or refused), then a bounded
 * run in a read transaction, shaped for the API. Plan and run share one wall-clock deadline and
 * one slot of the console's budget, held until Neo4j has let go of both sessions.
 */

import type { CypherResponse } from '../../contract/console';
import type { Database } from '../../db/connect';
import { queryRows } from '../db';
import { PingRow } from '../rows';
import type { ConsoleBudget } from './budget';
import { assertParamsBounded, assertQueryBounded } from './complexity';
import { CypherTimeoutError } from './errors';
import { executeRead } from './execute';
import { guardQuery } from './guard';
import { toParams } from './params';
import { planReadOnly } from './plan';
import { resultGraph } from './resultGraph';

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
  /** Bytes of JSON rows an answer carries at most (default: no byte bound). */
  maxBytes?: number;
  budget?: ConsoleBudget;
}

/**
 * How long before the deadline a ping starts while Neo4j is still planning: if the deadline
 * passes, the ping's answer tells a slow plan (408) from a frozen or gone Neo4j (503) without
 * making the client wait any longer.
 */
const PING_MS = 1_000;

async function neo4jAnswers(db: Database): Promise<boolean> {
  try {
    await queryRows(db, 'api/ping', PingRow, {}, { timeoutMs: PING_MS });
    return true;
  } catch {
    return false;
  }
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
  let alive: Promise<boolean> | undefined;
  const probe = setTimeout(
    () => {
      alive = neo4jAnswers(db);
    },
    Math.max(0, limits.timeoutMs - PING_MS),
  );
  let planned = false;
  try {
    const queryType = await planReadOnly(db, statement, params, {
      timeoutMs: limits.timeoutMs,
      remainingMs: remaining(),
      onClosed,
    }).finally(() => clearTimeout(probe));
    planned = true;
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
  } catch (error) {
    if (error instanceof CypherTimeoutError)
      error.neo4jAnswered = planned || (alive !== undefined && (await alive));
    throw error;
  } finally {
    void Promise.all(closings).then(release);
  }
}
