/**
 * The console cannot take the server down (issue 14's reproductions, over real HTTP against the
 * real Neo4j): queries that overflow Neo4j's parser never reach it, long plans and long
 * expressions end at the deadline, deep parameters are refused, wide results stop at the byte
 * budget without the server's memory following them, and the API keeps answering throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse } from '../../contract/console';
import type { Database } from '../../db/connect';
import type { ErrorBody } from '../../server/errors';
import { resetDatabase, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const DEADLINE_MS = 1_500;
const MAX_BYTES = 5 * 1024 * 1024;
const SENTENCES = 300;
const SENTENCE_CHARS = 2_000;

let db: Database;
let server: RunningApp;

async function post(body: unknown, app = server): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${app.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Polls /api/health every 100 ms until stopped; returns every answer's status and time. */
function watchHealth(app: RunningApp): { stop(): Promise<{ status: number; ms: number }[]> } {
  const seen: { status: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const { value, ms } = await timed(() => fetch(`${app.url}/api/health`));
      seen.push({ status: value.status, ms });
      await value.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return seen;
    },
  };
}

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await db.driver.executeQuery(
    'UNWIND range(1, $n) AS i CREATE (:Sentence {id: "s" + i, text: i + " " + $text})',
    { n: SENTENCES, text: 'x'.repeat(SENTENCE_CHARS) },
    { database: db.database },
  );
  server = await startTestApp(
    db,
    {
      CYPHER_TIMEOUT_MS: DEADLINE_MS,
      CYPHER_RATE_LIMIT: 10_000,
      CYPHER_MAX_BYTES: MAX_BYTES,
      CYPHER_CONCURRENCY: 2,
    },
    false,
  );
  // A first request opens the pool's connections; the claims below are about load, not that.
  for (let i = 0; i < 3; i += 1) {
    await fetch(`${server.url}/api/health`);
    await fetch(`${server.url}/api/documents`); // and Neo4j caches the query's plan
  }
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('queries that would overflow or stall Neo4j', () => {
  it('120 nested-parenthesis queries at the rate limit: each 400, health < 1 s throughout', async () => {
    const query = `RETURN ${'('.repeat(5_000)}1${')'.repeat(5_000)} AS x`;
    const limited = await startTestApp(
      db,
      { CYPHER_TIMEOUT_MS: DEADLINE_MS, CYPHER_RATE_LIMIT: 120 },
      false,
    );
    await fetch(`${limited.url}/api/health`);
    const health = watchHealth(limited);
    const statuses: number[] = [];
    const codes = new Set<string>();
    let over: number;
    let seen: { status: number; ms: number }[];
    try {
      for (let wave = 0; wave < 12; wave += 1) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () => post({ query }, limited)),
        );
        for (const a of answers) {
          statuses.push(a.status);
          codes.add((a.body as ErrorBody).error?.code);
        }
      }
      over = (await post({ query }, limited)).status;
    } finally {
      seen = await health.stop();
      await limited.close();
    }
    expect(over).toBe(429); // the 121st: these 120 were the whole minute's allowance
    expect(statuses).toHaveLength(120);
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect([...codes]).toEqual(['cypher_too_complex']);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((h) => h.status === 200)).toBe(true);
    expect(Math.max(...seen.map((h) => h.ms))).toBeLessThan(1_000);
  });

  it('an 8,000-term 1+1+… is refused before Neo4j, well within the deadline', async () => {
    const { value, ms } = await timed(() => post({ query: `RETURN 1${'+1'.repeat(8_000)} AS n` }));
    expect(value.status).toBe(400);
    expect((value.body as ErrorBody).error).toMatchObject({
      code: 'cypher_too_complex',
      message: expect.stringMatching(/tokens/),
    });
    expect(ms).toBeLessThan(DEADLINE_MS + 1_000);
  });

  it('a reduce() string build ends at the deadline (408) while the API keeps answering', async () => {
    const query =
      "RETURN size(reduce(s = '', i IN range(1, 50000) | s + 'xxxxxxxxxxxxxxxxxxxx')) AS n";
    const health = watchHealth(server);
    const { value, ms } = await timed(() => post({ query }));
    const documents = await timed(() => fetch(`${server.url}/api/documents`));
    const seen = await health.stop();
    expect(value.status).toBe(408);
    expect((value.body as ErrorBody).error.code).toBe('cypher_timeout');
    expect(ms).toBeLessThan(DEADLINE_MS + 1_000);
    expect(documents.value.status).toBe(200);
    expect(seen.every((h) => h.status === 200 && h.ms < 1_000)).toBe(true);
  });

  it('parameters nested 20,000 (and 3,000) deep get a 400 naming the bound', async () => {
    for (const depth of [20_000, 3_000]) {
      // Written by hand: JSON.stringify itself overflows at this depth.
      const raw = `{"query":"RETURN $p AS p","params":{"p":${'['.repeat(depth)}1${']'.repeat(depth)}}}`;
      const { status, body } = await post(raw);
      expect(status).toBe(400);
      expect((body as ErrorBody).error).toMatchObject({
        code: 'cypher_too_complex',
        message: expect.stringMatching(/nest deeper than 16/),
      });
    }
    const fine = await post({ query: 'RETURN $p AS p', params: { p: [[[1]]] } });
    expect(fine.status).toBe(200);
  });
});

describe('the byte budget', () => {
  it('truncates collect(s.text) × 500 rows at the cap, with server RSS growing < 200 MB', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    // A deadline long enough for Neo4j to build rows this wide on a loaded machine.
    const wide = await startTestApp(
      db,
      { CYPHER_TIMEOUT_MS: 30_000, CYPHER_MAX_BYTES: MAX_BYTES },
      false,
    );
    const res = await fetch(`${wide.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'MATCH (s:Sentence) WITH collect(s.text) AS t UNWIND range(1,500) AS i RETURN i, t',
      }),
    });
    const text = await res.text();
    clearInterval(sampler);
    await wide.close();
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(res.status).toBe(200);
    const body = JSON.parse(text) as CypherResponse;
    const rowBytes = SENTENCES * (SENTENCE_CHARS + 8);
    expect(body.summary).toMatchObject({
      truncated: true,
      truncatedBy: 'bytes',
      byteLimit: MAX_BYTES,
    });
    // Every row that fits, and not one more: the cut is at the budget, not somewhere before it.
    expect(body.rows.length).toBe(Math.floor(MAX_BYTES / rowBytes));
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_BYTES + 64 * 1024);
    expect((peak - before) / 1024 / 1024).toBeLessThan(200);
  });

  it('leaves results under the budget whole', async () => {
    const { status, body } = await post({ query: 'UNWIND range(1, 3) AS i RETURN i' });
    expect(status).toBe(200);
    expect((body as CypherResponse).summary).toMatchObject({ truncated: false });
    expect((body as CypherResponse).rows).toEqual([[1], [2], [3]]);
  });
});

describe('bidi controls', () => {
  it('come back neutralised (U+FFFD, same length) in every answer', async () => {
    const { status, body } = await post({
      query: 'RETURN $name AS name',
      params: { name: 'Kim\u202Egnp.exe' },
    });
    expect(status).toBe(200);
    expect((body as CypherResponse).rows).toEqual([['Kim\uFFFDgnp.exe']]);
  });
});
