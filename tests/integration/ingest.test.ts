/**
 * The ingest against the real Neo4j: idempotent over the whole corpus, a document's re-ingest
 * replaces its old content, --delete leaves the other documents' graph intact, and a file that
 * fails writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { applySchema } from '../../db/schema';
import { ingestFiles } from '../../ingest/ingestFiles';
import { listDocumentFiles } from '../../ingest/listFiles';
import { deleteDocument } from '../../ingest/load/loadBatch';
import { graphCounts, resetDatabase, testDatabase } from '../support/database';

const CORPUS = listDocumentFiles(['data/corpus']);
const FIRST = 'data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt';
const run = promisify(execFile);

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

async function countWhere(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.database });
  return Number(records[0]?.get(0));
}

describe('ingest', () => {
  it('loads the whole corpus, and a second run leaves identical counts', async () => {
    const first = await ingestFiles(db, CORPUS);
    expect(first.filter((o) => o.error)).toEqual([]);
    const once = await graphCounts(db);
    expect(once.nodes).toBeGreaterThan(500);
    const second = await ingestFiles(db, CORPUS);
    expect(second.every((o) => !o.error)).toBe(true);
    expect(await graphCounts(db)).toEqual(once);
    // Two full ingests with in-process extraction: minutes on a 2-core machine shared by others.
  }, 240_000);

  it('makes "North Korea", "DPRK" and "the DPRK\'s" one node with evidence for each edge', async () => {
    expect(
      await countWhere(
        "MATCH (e:Entity) WHERE e.name CONTAINS 'Korea' AND e.type = 'Country' AND NOT e.id IN ['country:kor'] RETURN count(e)",
      ),
    ).toBe(1);
    const unevidenced = await countWhere(
      'MATCH (c:Commitment) WHERE NOT (c)-[:EVIDENCED_BY]->(:Sentence) RETURN count(c)',
    );
    expect(unevidenced).toBe(0);
    const dprkCommitments = await countWhere(
      "MATCH (:Country {id: 'country:prk'})<-[:ABOUT|TARGETS]-(c:Commitment) RETURN count(DISTINCT c)",
    );
    expect(dprkCommitments).toBeGreaterThan(5);
  });

  it('--delete of one document leaves the other documents intact', async () => {
    const docId = 'doc:2023-01-13-joint-statement-of-the-united-states-and-japan';
    const otherSentences = await countWhere(
      'MATCH (s:Sentence) WHERE s.docId <> $docId RETURN count(s)',
      { docId },
    );
    const otherCommitments = await countWhere(
      'MATCH (c:Commitment) WHERE c.docId <> $docId RETURN count(c)',
      { docId },
    );
    expect(await deleteDocument(db, docId)).toBe(true);
    expect(
      await countWhere('MATCH (n) WHERE n.docId = $docId OR n.id = $docId RETURN count(n)', {
        docId,
      }),
    ).toBe(0);
    expect(
      await countWhere('MATCH (x:RelationSupport {docId: $docId}) RETURN count(x)', { docId }),
    ).toBe(0);
    // Nothing is left that no document supports: no orphan entity, no unsupported relation.
    expect(
      await countWhere('MATCH (e:Entity) WHERE NOT (e)<-[:SUPPORTS]-(:Document) RETURN count(e)'),
    ).toBe(0);
    expect(
      await countWhere(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT EXISTS { MATCH (:RelationSupport {key: type(r) + '|' + a.id + '|' + b.id}) } RETURN count(r)",
      ),
    ).toBe(0);
    expect(await countWhere('MATCH (s:Sentence) RETURN count(s)')).toBe(otherSentences);
    expect(await countWhere('MATCH (c:Commitment) RETURN count(c)')).toBe(otherCommitments);
    // Entities the others still use survive: the DPRK is in several documents.
    expect(await countWhere("MATCH (e:Country {id: 'country:prk'}) RETURN count(e)")).toBe(1);
    expect(await deleteDocument(db, docId)).toBe(false);
  });

  it('re-ingesting a changed document replaces its old sentences and commitments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-change-'));
    const file = join(dir, 'changing-statement.txt');
    const header = 'Title: A changing statement\nDate: 2024-01-01\n\n';
    writeFileSync(
      file,
      `${header}The United States and Japan condemned North Korea's missile launches.\n\nThey welcomed the Freedom Edge exercise.\n`,
    );
    await ingestFiles(db, [file]);
    const docId = 'doc:2024-01-01-a-changing-statement';
    expect(await countWhere('MATCH (s:Sentence {docId: $docId}) RETURN count(s)', { docId })).toBe(
      2,
    );
    writeFileSync(
      file,
      `${header}The United States and Japan condemned North Korea's missile launches.\n`,
    );
    await ingestFiles(db, [file]);
    expect(await countWhere('MATCH (s:Sentence {docId: $docId}) RETURN count(s)', { docId })).toBe(
      1,
    );
    expect(
      await countWhere(
        "MATCH (c:Commitment {docId: $docId}) WHERE c.stance = 'welcome' RETURN count(c)",
        { docId },
      ),
    ).toBe(0);
  });
});

describe('a store loaded by the old model', () => {
  it('has its docs lists turned into SUPPORTS links and RelationSupport nodes at start', async () => {
    const before = await graphCounts(db);
    const write = (query: string) => db.driver.executeQuery(query, {}, { database: db.database });
    // Rewind to the old model: lists on entities and relations, no support links or nodes.
    await write(
      'MATCH (e:Entity) SET e.docs = COLLECT { MATCH (d:Document)-[:SUPPORTS]->(e) RETURN d.id }',
    );
    await write(
      "MATCH (a:Entity)-[r]->(b:Entity) SET r.docs = COLLECT { MATCH (x:RelationSupport {key: type(r) + '|' + a.id + '|' + b.id}) RETURN x.docId }",
    );
    await write('MATCH (:Document)-[s:SUPPORTS]->(:Entity) DELETE s');
    await write('MATCH (x:RelationSupport) DELETE x');
    expect(await countWhere('MATCH (:Document)-[s:SUPPORTS]->() RETURN count(s)')).toBe(0);

    await applySchema(db);
    expect(await graphCounts(db)).toEqual(before);
    expect(await countWhere('MATCH (e:Entity) WHERE e.docs IS NOT NULL RETURN count(e)')).toBe(0);
    expect(
      await countWhere('MATCH (e:Entity) WHERE NOT (e)<-[:SUPPORTS]-(:Document) RETURN count(e)'),
    ).toBe(0);
  });
});

describe('bad input writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bad-'));
  const cases: [string, string, string | Buffer, RegExp][] = [
    ['empty', 'empty.txt', '', /empty/i],
    [
      'binary',
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
      /binary|not text/i,
    ],
    [
      'not UTF-8',
      'latin1.txt',
      Buffer.from('Title: x\n\nThe ministers welcomed caf\xe9 talks.', 'latin1'),
      /UTF-8/i,
    ],
    ['unsupported format', 'table.xlsx', 'x', /format|extension/i],
    ['nothing found', 'blank.txt', '\n\n   \n\t\n', /empty|no sentences|nothing/i],
  ];

  for (const [kind, name, content, message] of cases) {
    it(`${kind}: one-line reason naming the file, graph unchanged`, async () => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const before = await graphCounts(db);
      const [outcome] = await ingestFiles(db, [path]);
      expect(outcome?.error?.message).toMatch(message);
      expect(outcome?.error?.message).toContain(name);
      expect(outcome?.error?.message).not.toContain('\n');
      expect(await graphCounts(db)).toEqual(before);
    });
  }

  it('unreadable: a missing file is named, graph unchanged', async () => {
    const before = await graphCounts(db);
    const [outcome] = await ingestFiles(db, [join(dir, 'missing.txt')]);
    expect(outcome?.error?.message).toMatch(/missing\.txt/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('huge: a file over 20 MB is refused before it is read, graph unchanged', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(21 * 1024 * 1024, 'a'));
    const before = await graphCounts(db);
    const [outcome] = await ingestFiles(db, [path]);
    expect(outcome?.error?.name).toBe('TooLargeError');
    expect(outcome?.error?.message).toContain('huge.txt');
    expect(await graphCounts(db)).toEqual(before);
  });

  it('the CLI exits non-zero, names the file, and still loads the good ones', async () => {
    const bad = join(dir, 'empty.txt');
    writeFileSync(bad, '');
    const before = await countWhere('MATCH (d:Document) RETURN count(d)');
    const result = await run(
      process.execPath,
      ['--import', 'tsx', 'ingest/cli/ingest.ts', bad, FIRST],
      {
        env: { ...process.env, NEO4J_URI: db.uri },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('empty.txt');
    expect(await countWhere('MATCH (d:Document) RETURN count(d)')).toBeGreaterThanOrEqual(before);
    expect(
      await countWhere(
        "MATCH (d:Document {id: 'doc:2025-09-22-joint-statement-from-the-trilateral-meeting-of-the-united-states-of-america'}) RETURN count(d)",
      ),
    ).toBe(1);
  });
});
