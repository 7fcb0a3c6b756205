/**
 * One document-id rule against the real Neo4j: a file whose name has spaces and non-ASCII is
 * recognised as unchanged on the next start, and the same statement as .txt and .md is one
 * Document, whether both come in one run or in two.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { resetDatabase, testDatabase } from '../support/database';

const TXT = 'data/corpus/2021-04-02-us-japan-rok-trilateral-nsa-press-statement.txt';
const MD =
  'data/corpus-wh-dprk/2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors-press-statement.md';

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

async function documents(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'MATCH (d:Document) RETURN d.id AS id ORDER BY id',
    {},
    { database: db.database },
  );
  return records.map((r) => String(r.get('id')));
}

describe('document identity', () => {
  it('skips an unchanged file whose name has spaces and non-ASCII', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-identity-'));
    const path = join(dir, 'Déclaration commune Séoul.txt');
    writeFileSync(path, 'Japan and the Republic of Korea condemned the launches by North Korea.\n');
    const first = await ingestFiles(db, [path], { skipUnchanged: true });
    expect(first[0]).toMatchObject({ docId: 'doc:Déclaration-commune-Séoul' });
    expect(first[0]?.skipped).toBeUndefined();
    const second = await ingestFiles(db, [path], { skipUnchanged: true });
    expect(second[0]).toMatchObject({ docId: 'doc:Déclaration-commune-Séoul', skipped: true });
  });

  it('loads the .txt and the .md of one statement as one Document, in one run or two', async () => {
    await resetDatabase(db);
    const oneRun = await ingestFiles(db, [TXT, MD]);
    expect(oneRun.map((o) => o.error)).toEqual([undefined, undefined]);
    // Outcomes come in the order files are settled: the duplicate is known before any loading.
    expect(oneRun.find((o) => o.path === MD)).toMatchObject({ skipped: true, duplicateOf: TXT });
    expect(await documents()).toEqual([
      'doc:2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors',
    ]);
    // A later run with only the .md copy (renamed, too) replaces, never adds.
    const dir = mkdtempSync(join(tmpdir(), 'doc-identity-'));
    const renamed = join(dir, 'nsa statement (archive copy).md');
    copyFileSync(MD, renamed);
    const later = await ingestFiles(db, [renamed]);
    expect(later[0]?.error).toBeUndefined();
    expect(await documents()).toHaveLength(1);
  });
});
