/**
 * The "database unavailable, retrying" banner. When the server answers 503 (Neo4j down, frozen
 * or overloaded), the fetch wrapper waits here: one banner is shown, /api/health is polled
 * until Neo4j answers again, the banner goes, and every waiting request is retried — so the
 * open page recovers by itself, without a reload and without raw driver errors.
 */
import { el } from './dom';

const POLL_MS = 2_000;
const BANNER_ID = 'db-unavailable-banner';

let recovery: Promise<void> | undefined;

function showBanner(): HTMLElement {
  const existing = document.getElementById(BANNER_ID);
  if (existing) return existing;
  const banner = el('div', {
    text: 'Database unavailable, retrying…',
    attrs: { id: BANNER_ID, role: 'alert' },
  });
  // Set through the CSSOM: no stylesheet edit, and nothing the CSP's style rules block.
  Object.assign(banner.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    right: '0',
    zIndex: '1000',
    padding: '6px 12px',
    background: '#8a1c1c',
    color: '#fff',
    font: '14px system-ui, sans-serif',
    textAlign: 'center',
  });
  document.body.append(banner);
  return banner;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function databaseAnswers(): Promise<boolean> {
  try {
    return (await fetch('/api/health', { cache: 'no-store' })).ok;
  } catch {
    return false; // the server itself is unreachable: keep waiting too
  }
}

async function recover(): Promise<void> {
  const banner = showBanner();
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
