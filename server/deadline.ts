/**
 * A wall-clock deadline around one Neo4j session. Neo4j's own transaction timeout does not cover
 * parsing, planning or one long expression, and a frozen server never answers at all, so the
 * caller is answered at the deadline whatever Neo4j is doing: the session is then closed in the
 * background (the driver resets the transaction, which Neo4j terminates) and `closed` says when
 * the connection is back in its pool — concurrency budgets release their slot only then.
 */
import type { Driver, Session } from 'neo4j-driver';

/** Neo4j did not finish within the deadline: overloaded, frozen or given an expensive query. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(
    readonly timeoutMs: number,
    what: string,
  ) {
    super(`${what}: Neo4j did not answer within ${timeoutMs} ms`);
  }
}

export interface SessionOptions {
  database: string;
  timeoutMs: number;
  /** What runs, for the error message (never the query's text or parameters). */
  what: string;
  fetchSize?: number;
  /** Told when the session has really closed (after the deadline, possibly much later). */
  onClosed?: (closed: Promise<void>) => void;
}

export async function withSession<T>(
  driver: Driver,
  options: SessionOptions,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: 'READ',
    ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DeadlineError(options.timeoutMs, options.what)),
      options.timeoutMs,
    );
  });
  const running = work(session);
  let finished = false;
  try {
    const value = await Promise.race([running, expired]);
    finished = true;
    return value;
  } catch (error) {
    finished = !(error instanceof DeadlineError);
    throw error;
  } finally {
    clearTimeout(timer);
    // After a deadline the work may still reject later: that rejection is expected, not a bug.
    if (!finished) running.catch(() => undefined);
    const closed = session.close().catch(() => undefined);
    options.onClosed?.(closed);
    if (finished) await closed;
  }
}
