/**
 * `npm start` as a user runs it (a child process with its own environment, against the test
 * Neo4j): beyond loopback it refuses to start without ACCESS_TOKEN; with one it warns about what
 * is exposed, answers 401 without the token and 421 to a foreign Host; and credentials inside
 * NEO4J_URI (and the token in `/?token=`) appear in no line it prints.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { resetDatabase, testDatabase, testNeo4j } from '../support/database';

const START = new URL('../../app/start.ts', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;
const CORPUS = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
const SECRET = 's3cret-pw-do-not-print';
const TOKEN = 'tok-0123456789abcdef-exposure';

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', START], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const match = pattern.exec(run.output());
    if (match) return match;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`test: no ${pattern} in the output:\n${run.output()}`);
}

const runs: Run[] = [];
afterAll(async () => {
  for (const run of runs) if (run.child.exitCode === null) run.child.kill('SIGTERM');
  await Promise.all(runs.map((r) => r.exited));
});

describe('npm start beyond loopback', () => {
  it('refuses HOST=0.0.0.0 without ACCESS_TOKEN, saying what to set, before touching Neo4j', async () => {
    const run = start({ HOST: '0.0.0.0', NEO4J_URI: 'bolt://127.0.0.1:1' });
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/HOST=0\.0\.0\.0 would expose .*Set ACCESS_TOKEN/);
    expect(run.output()).not.toMatch(/cannot reach Neo4j/);
  });

  it('with a token: warns, 401 without it, 421 for a foreign Host, and prints no secret', async () => {
    const db = testDatabase();
    await resetDatabase(db);
    await db.close();
    const neo = testNeo4j();
    const uri = neo.uri.replace('bolt://', `bolt://${neo.username}:${SECRET}@`);
    const run = start({
      HOST: '0.0.0.0',
      PORT: '0',
      ACCESS_TOKEN: TOKEN,
      NEO4J_URI: uri,
      NEO4J_PASSWORD: SECRET,
      CORPUS,
      LOG_LEVEL: 'info',
      API_TIMEOUT_MS: '60000', // cold plans on a loaded CI machine; deadlines are tested elsewhere
    });
    runs.push(run);
    const [, port] = await waitFor(run, /Serving at http:\/\/0\.0\.0\.0:(\d+)/, 180_000);
    // The warning goes to stderr right after "Serving at" on stdout: two pipes, so either may be read first.
    await waitFor(run, /WARNING: listening on 0\.0\.0\.0:\d+, beyond this machine/, 10_000);
    const base = `http://127.0.0.1:${port}`;

    expect((await fetch(`${base}/api/health`)).status).toBe(401);
    expect((await fetch(`${base}/`)).status).toBe(401);
    const bearer = { authorization: `Bearer ${TOKEN}` };
    expect((await fetch(`${base}/api/documents`, { headers: bearer })).status).toBe(200);
    const login = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(`${base}/api/documents`, { headers: { cookie } })).status).toBe(200);
    // Host: evil.example cannot be set through fetch; node:http can.
    const { request } = await import('node:http');
    const evil = await new Promise<number>((resolve, reject) => {
      request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/health',
          headers: { host: 'evil.example', ...bearer },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(evil).toBe(421);
    // A failing request logs an error line: it must not carry the secret either.
    await fetch(`${base}/api/cypher`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: '{bad',
    });

    run.child.kill('SIGTERM');
    await run.exited;
    const output = run.output();
    expect(output).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(output).toMatch(/"url":"\/\?token=\*\*\*"/); // the request was logged, masked
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(TOKEN);
  }, 240_000);
});
