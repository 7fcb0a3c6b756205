/**
 * Neo4j frozen (SIGSTOP of its JVM), on a Neo4j of this file's own so the other suites are never
 * frozen: every endpoint that needs the database answers 503 within 5 s and /api/health
 * "degraded" within 2 s; the open page shows the "database unavailable, retrying" banner; after
 * SIGCONT the API and the page recover by themselves, without a restart or a reload.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDriver, type Database } from '../../db/connect';
import { applySchema } from '../../db/schema';
import { loadDocument } from '../../ingest/load/loadBatch';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j-launcher/start';
import { launchBrowser } from '../support/browser';
import { type RunningApp, startTestApp } from '../support/server';
import { DPRK_ID, trilateralFixture } from './api-fixture';

const HOME = `.neo4j/frozen-${process.pid}`;
const DEADLINE_MS = 2_000;

const ENDPOINTS: [string, string, unknown?][] = [
  ['GET', '/api/graph'],
  ['GET', '/api/documents'],
  ['GET', '/api/search?q=korea'],
  ['GET', `/api/entities/${DPRK_ID}`],
  ['GET', `/api/connections/${DPRK_ID}`],
  ['GET', `/api/paths?from=${DPRK_ID}&to=country:jpn`],
  ['GET', '/api/cypher/schema'],
  ['POST', '/api/cypher', { query: 'MATCH (n:Entity) RETURN n.name LIMIT 5' }],
];

let neo: LocalNeo4j;
let db: Database;
let server: RunningApp;
let browser: Browser;
let page: Page;
let frozen = false;

function signal(name: 'SIGSTOP' | 'SIGCONT'): void {
  if (!neo.pid) throw new Error('test: the local Neo4j has no pid');
  process.kill(neo.pid, name);
  frozen = name === 'SIGSTOP';
}

/** The JVM's state letter from /proc ('T' once stopped). */
function jvmState(): string {
  const stat = readFileSync(`/proc/${neo.pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

/**
 * SIGSTOP, then wait until the kernel reports the JVM stopped: the requests that follow must
 * meet a frozen Neo4j, not one still finishing its last instructions (a console query once got
 * its plan answered in that window and a 408 instead of the 503 this file checks).
 */
async function freeze(): Promise<void> {
  signal('SIGSTOP');
  await vi.waitFor(() => expect(jvmState()).toBe('T'), { timeout: 5_000, interval: 10 });
}

async function call(method: string, path: string, body?: unknown) {
  const started = performance.now();
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await res.json()) as { error?: { code: string; message: string }; status?: string };
  return { path, status: res.status, json, ms: performance.now() - started };
}

beforeAll(async () => {
  rmSync(HOME, { recursive: true, force: true });
  neo = await startLocalNeo4j({
    home: HOME,
    port: 0,
    heap: '384m',
    pageCache: '32m',
    timeoutSeconds: 180,
  });
  const driver = createDriver(neo.uri, 'neo4j', 'neo4j', { acquisitionTimeoutMs: DEADLINE_MS });
  const consoleDriver = createDriver(neo.uri, 'neo4j', 'neo4j', {
    acquisitionTimeoutMs: DEADLINE_MS,
    maxPoolSize: 2,
  });
  db = {
    driver,
    consoleDriver,
    database: 'neo4j',
    uri: neo.uri,
    local: false,
    close: async () => {
      await Promise.all([driver.close(), consoleDriver.close()]);
    },
  };
  await applySchema(db);
  await loadDocument(db, trilateralFixture());
  server = await startTestApp(db, {
    API_TIMEOUT_MS: DEADLINE_MS,
    CYPHER_TIMEOUT_MS: DEADLINE_MS,
    CYPHER_RATE_LIMIT: 1_000,
  });
  // The first run of each query plans it on a cold JVM, which can outlast the small deadline on
  // a loaded machine: warm every endpoint up through an app with a long deadline first (Neo4j
  // caches the plans, whichever driver asked).
  const warm = await startTestApp(
    db,
    { API_TIMEOUT_MS: 120_000, CYPHER_TIMEOUT_MS: 120_000 },
    false,
  );
  try {
    for (const [method, path, body] of ENDPOINTS) {
      const res = await fetch(`${warm.url}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      if (res.status !== 200)
        throw new Error(`test: ${path} answered ${res.status} before the freeze`);
    }
  } finally {
    await warm.close();
  }
  for (const [method, path, body] of ENDPOINTS) {
    const answer = await call(method, path, body);
    if (answer.status !== 200)
      throw new Error(
        `test: ${path} answered ${answer.status} in ${answer.ms} ms before the freeze`,
      );
  }
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  if (frozen && neo) signal('SIGCONT'); // never leave a stopped JVM behind
  await browser?.close();
  await server?.close();
  await db?.close();
  await neo?.stop();
  rmSync(HOME, { recursive: true, force: true });
});

describe('with Neo4j frozen', () => {
  it('every endpoint answers 503 within 5 s, and health "degraded" within 2 s', async () => {
    await freeze();
    const [health, ...answers] = await Promise.all([
      call('GET', '/api/health'),
      ...ENDPOINTS.map(([method, path, body]) => call(method, path, body)),
    ]);
    expect(health?.status).toBe(503);
    expect(health?.json.status).toBe('degraded');
    expect(health?.ms).toBeLessThan(2_000);
    for (const answer of answers) {
      expect(answer, answer.path).toMatchObject({
        status: 503,
        json: { error: { code: 'database_unavailable' } },
      });
      expect(answer.ms, answer.path).toBeLessThan(5_000);
      expect(answer.json.error?.message).not.toMatch(/ECONNREFUSED|bolt:|127\.0\.0\.1/);
    }
    // Asked again while still frozen (the pool now full of waiting connections): still fast.
    const again = await call('GET', '/api/health');
    expect(again.status).toBe(503);
    expect(again.ms).toBeLessThan(2_000);
  });

  it('the open page shows the banner while frozen and recovers by itself after SIGCONT', async () => {
    expect(frozen).toBe(true);
    await page.evaluate(() => {
      window.communique = undefined;
    });
    await page.reload(); // the app loads from the server, its first /api/graph gets 503
    const banner = page.locator('#db-unavailable-banner');
    await banner.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/database unavailable, retrying/i);
    signal('SIGCONT');
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 60_000 });
    expect(await page.locator('#status').textContent()).toMatch(/\d+ nodes/);
  });

  it('after SIGCONT every endpoint answers again, without a restart', async () => {
    expect(frozen).toBe(false);
    const health = await call('GET', '/api/health');
    expect(health.status).toBe(200);
    for (const [method, path, body] of ENDPOINTS) {
      const answer = await call(method, path, body);
      expect(answer.status, path).toBe(200);
    }
  });
});
