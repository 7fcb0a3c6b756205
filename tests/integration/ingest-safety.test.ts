/**
 * Loading is safe under concurrency and interruption, against the real Neo4j: two loaders of the
 * same folder leave exactly the graph of one, a SIGKILLed ingest leaves no partial document and a
 * rerun gives the counts of a clean run, and an unchanged folder is a skip.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generateCorpus';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { listDocumentFiles } from '../../ingest/listFiles';
import { graphCounts, resetDatabase, testDatabase } from '../support/database';
import { extractingOnce } from '../support/extractOnce';

const run = promisify(execFile);
// Real processes and a real Neo4j on a shared 2-core machine: generous, not a speed assertion.
const SLOW = { timeout: 240_000 };
const DIR = mkdtempSync(join(tmpdir(), 'cg-safety-'));
writeCorpus(generateCorpus(16, 42), DIR);
const FILES = listDocumentFiles([DIR]);

let db: Database;
let other: Database;
/** Extracts each file once for the whole suite: these tests are about loading. */
const cachedExtract = extractingOnce();

async function count(query: string): Promise<number> {
  const { records } = await db.driver.executeQuery(query, {}, { database: db.database });
  return Number(records[0]?.get(0));
}

/** Sentences per stored document: a partial document would show fewer than a clean load. */
async function sentencesPerDocument(): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    'MATCH (d:Document) RETURN d.id AS id, d.extractor IS NOT NULL AS complete, COUNT { (d)<-[:IN]-(:Sentence) } AS n',
    {},
    { database: db.database },
  );
  return Object.fromEntries(
    records.map((r) => [r.get('id'), r.get('complete') ? Number(r.get('n')) : -1]),
  );
}

let clean: { nodes: number; relationships: number };
let cleanSentences: Record<string, number>;

beforeAll(async () => {
  db = testDatabase();
  other = testDatabase(); // a second driver: a second loader, as two processes would be
  await resetDatabase(db);
  const outcomes = await ingestFiles(db, FILES, { extractFn: cachedExtract });
  expect(outcomes.filter((o) => o.error)).toEqual([]);
  clean = await graphCounts(db);
  cleanSentences = await sentencesPerDocument();
});
afterAll(async () => {
  await other.close();
  await db.close();
});

describe('concurrent loaders', () => {
  it('two ingests of the same new folder leave the graph of one, each document loaded once', {
    timeout: 240_000,
  }, async () => {
    await resetDatabase(db);
    // Opposite orders and small batches, so the two meet on documents and on shared hubs.
    const [a, b] = await Promise.all([
      ingestFiles(db, FILES, { extractFn: cachedExtract, skipUnchanged: true, batchDocuments: 3 }),
      ingestFiles(other, [...FILES].reverse(), {
        extractFn: cachedExtract,
        skipUnchanged: true,
        batchDocuments: 3,
      }),
    ]);
    expect([...a, ...b].filter((o) => o.error)).toEqual([]);
    const loaded = [...a, ...b].filter((o) => !o.skipped).map((o) => o.docId);
    expect(loaded.sort()).toEqual(Object.keys(cleanSentences).sort());
    expect(await graphCounts(db)).toEqual(clean);
  });

  it('two forced reloads at once still leave exactly the graph of one', SLOW, async () => {
    await Promise.all([
      ingestFiles(db, FILES, { extractFn: cachedExtract, batchDocuments: 4 }),
      ingestFiles(other, [...FILES].reverse(), { extractFn: cachedExtract, batchDocuments: 4 }),
    ]);
    expect(await graphCounts(db)).toEqual(clean);
    expect(await sentencesPerDocument()).toEqual(cleanSentences);
  });
});

describe('interrupted and repeated ingests', () => {
  it(
    'a SIGKILL mid-load leaves no partial document; the rerun gives the clean counts',
    SLOW,
    async () => {
      await resetDatabase(db);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'ingest/cli/ingest.ts', DIR, '--batch', '1', '--jobs', '1'],
        { env: { ...process.env, NEO4J_URI: db.uri }, detached: true, stdio: 'ignore' },
      );
      const exited = new Promise((done) => child.once('exit', done));
      // Kill as soon as part of the folder is in: between transactions or inside one.
      for (let i = 0; i < 1200; i++) {
        if ((await count('MATCH (d:Document) RETURN count(d)')) > 0) break;
        await new Promise((done) => setTimeout(done, 50));
      }
      process.kill(-(child.pid as number), 'SIGKILL');
      await exited;
      const stored = await sentencesPerDocument();
      expect(Object.keys(stored).length).toBeGreaterThan(0);
      expect(Object.keys(stored).length).toBeLessThan(FILES.length);
      for (const [id, n] of Object.entries(stored)) expect(n, id).toBe(cleanSentences[id]);

      const rerun = await ingestFiles(db, FILES, { extractFn: cachedExtract, skipUnchanged: true });
      expect(rerun.filter((o) => o.error)).toEqual([]);
      expect(rerun.filter((o) => o.skipped).length).toBe(Object.keys(stored).length);
      expect(await graphCounts(db)).toEqual(clean);
    },
  );

  it('npm run ingest of an unchanged folder reports 0 loaded, N skipped', SLOW, async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'ingest/cli/ingest.ts', DIR],
      {
        env: { ...process.env, NEO4J_URI: db.uri },
      },
    );
    expect(stdout).toContain(`documents: 0 loaded, ${FILES.length} skipped`);
    expect(await graphCounts(db)).toEqual(clean);
  });

  it('an empty folder is refused with a reason and exit 1', SLOW, async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cg-empty-'));
    const result = await run(process.execPath, ['--import', 'tsx', 'ingest/cli/ingest.ts', empty], {
      env: { ...process.env, NEO4J_URI: db.uri },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`no statements in ${empty}`);
  });

  it('a file naming no entity is refused with a reason, not loaded', SLOW, async () => {
    const path = join(DIR, '..', `cg-no-entity-${process.pid}.txt`);
    writeFileSync(path, 'Title: A quiet day\n\nIt rained all day, and the wind was cold.\n');
    const before = await graphCounts(db);
    const [outcome] = await ingestFiles(db, [path]);
    expect(outcome?.error?.name).toBe('NoEntitiesError');
    expect(outcome?.error?.message).toContain(path);
    expect(await graphCounts(db)).toEqual(before);
  });
});
