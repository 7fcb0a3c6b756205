/**
 * The "database unavailable, retrying" banner. When the server answers 503 (Neo4j down, frozen
 * or overloaded), the fetch wrapper waits here: one banner is shown, /api/health is polled
 * until Neo4j answers again, the banner goes, and every waiting request is retried — so the
 * open page recovers by itself, without a reload and without raw driver errors.
 */
import { showBanner } from './banner';

const POLL_MS = 2_000;
const BANNER_ID = 'db-unavailable-banner';

let recovery: Promise<void> | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function databaseAnswers(): Promise<boolean> {
  try {
    return (await fetch('/api/health', { cache: 'no-store' })).ok;
  } catch {
    return false; // the server itself is unreachable: keep waiting too
  }
}

async function recover(): Promise<void> {
  const banner = showBanner(BANNER_ID, 'Database unavailable, retrying…');
  try {
    do await sleep(POLL_MS);
    while (!(await databaseAnswers()));
  } finally {
    banner.remove();
    recovery = undefined;
  }
}

/** Resolves once the database answers again; concurrent callers share one banner and one poll. */
export function waitForDatabase(signal?: AbortSignal | null): Promise<void> {
  recovery ??= recover();
  if (!signal) return recovery;
  const pending = recovery;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('aborted', 'AbortError'));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    void pending.then(resolve);
  });
}
