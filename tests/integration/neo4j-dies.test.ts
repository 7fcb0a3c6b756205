/**
 * Neo4j dies mid-ingest (kill -9 of its JVM), on a Neo4j of this test's own started by
 * `npm run neo4j`: the launcher exits non-zero naming the signal, the ingest stops within 30 s
 * with exit 1 and lists the documents it committed, and after a restart (recovery) the database
 * holds exactly those; rerunning the ingest then gives the graph of a clean run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generateCorpus';
import { clearDatabase } from '../../db/clear';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { listDocumentFiles } from '../../ingest/listFiles';
import { NoEntitiesError } from '../../ingest/load/errors';
import { startLocalNeo4j } from '../../neo4j-launcher/start';
import { graphCounts } from '../support/database';
import { extractingOnce } from '../support/extractOnce';

const HOME = mkdtempSync(join(tmpdir(), 'cg-dies-'));
const CORPUS = mkdtempSync(join(tmpdir(), 'cg-dies-corpus-'));
writeCorpus(generateCorpus(30, 9), CORPUS);

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; at: number }>;
}

function start(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const exit = new Promise<{ code: number | null; at: number }>((done) =>
    child.once('exit', (code) => done({ code, at: Date.now() })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

/** Sentences per document, so a partly stored document would show. */
async function sentencesPer(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH (s:Sentence)-[:IN]->(d:Document) RETURN d.id AS id, count(s) AS n ORDER BY id',
  );
  return Object.fromEntries(records.map((r) => [String(r.get('id')), Number(r.get('n'))]));
}

let launcher: Run | undefined;
afterAll(() => {
  launcher?.child.kill('SIGKILL');
  rmSync(HOME, { recursive: true, force: true });
  rmSync(CORPUS, { recursive: true, force: true });
});

describe('Neo4j dies mid-ingest', () => {
  it('launcher and ingest exit non-zero; the committed list matches the database', async () => {
    launcher = start(['neo4j-launcher/cli.ts'], { NEO4J_HOME: HOME, NEO4J_PORT: '0' });
    const ready = await until(
      () => /ready at (bolt:\/\/\S+) \(JVM pid (\d+)\)/.exec(launcher?.stdout() ?? '') ?? undefined,
      200_000,
    );
    const [, uri, pid] = ready;
    const driver = neo4j.driver(uri as string, neo4j.auth.basic('neo4j', 'neo4j'));
    const documents = async () => {
      const { records } = await driver.executeQuery(
        'MATCH (d:Document) WHERE d.extractor IS NOT NULL RETURN d.id AS id',
      );
      return records.map((r) => String(r.get('id')));
    };

    const ingest = start(['ingest/cli/ingest.ts', CORPUS, '--batch', '1', '--jobs', '1'], {
      NEO4J_URI: uri as string,
    });
    try {
      await until(async () => ((await documents()).length >= 2 ? true : undefined), 200_000);
    } finally {
      await driver.close();
    }
    const killedAt = Date.now();
    process.kill(Number(pid), 'SIGKILL');

    const neo = await launcher.exit;
    expect(neo.code).not.toBe(0);
    expect(launcher.stderr()).toMatch(/Neo4j was killed by SIGKILL/);

    const done = await ingest.exit;
    expect(done.code).toBe(1);
    expect(done.at - killedAt).toBeLessThan(30_000);
    expect(ingest.stderr()).toMatch(/stopped after \d+ connection failures in a row/);
    const listed = (prefix: string) =>
      ingest
        .stdout()
        .split('\n')
        .filter((l) => l.startsWith(prefix))
        .map((l) => l.slice(prefix.length).trim());
    const committed = listed('committed:');
    const uncertain = listed('uncertain (commit in flight):');
    expect(committed.length).toBeGreaterThanOrEqual(1);

    // Restart on the same store: recovery replays the log; what it holds is what was committed.
    const again = await startLocalNeo4j({
      home: HOME,
      port: 0,
      heap: '512m',
      pageCache: '64m',
      timeoutSeconds: 200,
    });
    const check = neo4j.driver(again.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    try {
      const { records } = await check.executeQuery(
        'MATCH (d:Document) RETURN d.id AS id, d.extractor IS NOT NULL AS complete',
      );
      const stored = records.filter((r) => r.get('complete')).map((r) => String(r.get('id')));
      expect(records.every((r) => r.get('complete'))).toBe(true);
      for (const id of committed) expect(stored).toContain(id);
      for (const id of stored) if (!committed.includes(id)) expect(uncertain).toContain(id);

      // The rerun skips what is stored and loads the rest: the graph of a clean run, and every
      // document (recovered or new) carries all of its sentences.
      const db: Database = {
        driver: check,
        database: 'neo4j',
        uri: again.uri,
        local: false,
        close: async () => undefined,
      };
      const files = listDocumentFiles([CORPUS]);
      // Each file is extracted once for the rerun and the clean run: they compare loads.
      const extractFn = extractingOnce();
      const rerun = await ingestFiles(db, files, { skipUnchanged: true, extractFn });
      expect(rerun.filter((o) => o.error && !(o.error instanceof NoEntitiesError))).toEqual([]);
      expect(rerun.filter((o) => o.skipped).length).toBe(stored.length);
      const afterRerun = { counts: await graphCounts(db), sentences: await sentencesPer(check) };
      await clearDatabase(db);
      await ingestFiles(db, files, { extractFn });
      expect(afterRerun).toEqual({
        counts: await graphCounts(db),
        sentences: await sentencesPer(check),
      });
    } finally {
      await check.close();
      await again.stop();
    }
  }, 600_000);
});
