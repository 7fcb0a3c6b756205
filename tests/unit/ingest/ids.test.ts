import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { identifyFiles } from '../../../ingest/identify';
import { documentIdOf, documentKey } from '../../../ingest/ids';
import { readDocument } from '../../../ingest/read';

const dir = mkdtempSync(join(tmpdir(), 'doc-ids-'));

describe('the document-id rule', () => {
  it('is date + title slug when both are known, cut at a word boundary', () => {
    expect(
      documentKey({ basename: 'x', date: '2023-04-26', title: 'Washington Declaration' }),
    ).toBe('2023-04-26-washington-declaration');
    const long = documentKey({
      basename: 'x',
      date: '2025-09-22',
      title:
        'Joint Statement from the Trilateral Meeting of the United States of America, Japan, and the Republic of Korea in New York City',
    });
    expect(long).toBe(
      '2025-09-22-joint-statement-from-the-trilateral-meeting-of-the-united-states-of-america',
    );
  });

  it('falls back to the file name, spaces made "-" and non-ASCII kept, the same for extractor and ingest', async () => {
    const path = join(dir, 'Déclaration commune  Séoul 2024.txt');
    writeFileSync(path, 'Japan and the Republic of Korea condemned the launches by North Korea.\n');
    const doc = await readDocument(path);
    expect(documentIdOf(doc)).toBe('doc:Déclaration-commune-Séoul-2024');
    const extraction = extract(doc);
    expect(extraction.documents[0]?.id).toBe(documentIdOf(doc));
    expect(extraction.sentences[0]?.id).toBe('sentence:Déclaration-commune-Séoul-2024:0');
    // No Latin letters in the title: the file name again.
    expect(documentKey({ basename: '공동 성명', date: '2024-01-01', title: '공동성명' })).toBe(
      '공동-성명',
    );
  });

  it('gives the hand-made .txt and the archive .md of one statement the same id and ids inside', async () => {
    const txt = await readDocument(
      'data/corpus/2021-04-02-us-japan-rok-trilateral-nsa-press-statement.txt',
    );
    const mdPath = join(dir, 'copy with a space.md');
    copyFileSync(
      'data/corpus-wh-dprk/2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors-press-statement.md',
      mdPath,
    );
    const md = await readDocument(mdPath);
    expect(documentIdOf(md)).toBe(documentIdOf(txt));
    const a = extract(txt);
    const b = extract(md);
    expect(b.sentences.map((s) => [s.id, s.text])).toEqual(a.sentences.map((s) => [s.id, s.text]));
  });
});

describe('identifyFiles', () => {
  it('marks the second copy of one statement a duplicate, and refuses a different text under the same date and title', async () => {
    const header = 'Title: Readout of a Call\nDate: 2024-05-01\n\n';
    const a = join(dir, 'a.txt');
    const copy = join(dir, 'a copy.md');
    const other = join(dir, 'other.txt');
    writeFileSync(a, `${header}Japan condemned the launches.\n\n###\n`);
    // The same words, laid out differently (Markdown, hard-wrapped, no end mark).
    writeFileSync(
      copy,
      `---\ntitle: "Readout of a\\\n  \\ Call"\ndate: '2024-05-01'\n---\n\nJapan condemned\nthe launches.\n`,
    );
    writeFileSync(other, `${header}Japan welcomed the talks.\n`);
    const [first, second, third] = await identifyFiles([a, copy, other]);
    expect(first).toMatchObject({ path: a, id: 'doc:2024-05-01-readout-of-a-call' });
    expect(second).toMatchObject({ path: copy, id: first?.id, duplicateOf: a });
    expect(third?.error?.name).toBe('DuplicateDocumentError');
    expect(third?.error?.message).toContain(other);
    expect(third?.error?.message).toContain(a);
  });
});
