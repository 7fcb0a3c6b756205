import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocumentFiles } from '../../../ingest/listFiles';

describe('listDocumentFiles', () => {
  it('expands folders in name order, keeps supported formats, skips READMEs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-list-'));
    for (const name of ['b.txt', 'a.md', 'README.md', 'c.pdf', 'notes.json', 'd.html'])
      writeFileSync(join(dir, name), 'x');
    expect(listDocumentFiles([dir]).map((p) => p.slice(dir.length + 1))).toEqual([
      'a.md',
      'b.txt',
      'c.pdf',
      'd.html',
    ]);
  });

  it('passes files and missing paths through, so the reader can name them', () => {
    expect(listDocumentFiles(['/no/such/file.txt'])).toEqual(['/no/such/file.txt']);
  });
});
