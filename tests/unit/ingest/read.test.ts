import { chmodSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, NothingFoundError } from '../../../ingest/errors';
import { extract } from '../../../ingest/extract';
import { readDocument } from '../../../ingest/read';

const dir = mkdtempSync(join(tmpdir(), 'ingest-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

afterAll(() => {
  // Restore permissions so the OS can clean the temp dir.
  try {
    chmodSync(join(dir, 'locked.txt'), 0o644);
  } catch {}
});

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readDocument: bad input', () => {
  it('EmptyInputError for a 0-byte file and for whitespace only', async () => {
    for (const path of [file('empty.txt', ''), file('blank.txt', '  \n\n \t\n')]) {
      const error = await failure(readDocument(path));
      expect(error.name).toBe('EmptyInputError');
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/empty/);
    }
  });

  it('BinaryInputError for NUL bytes', async () => {
    const path = file('binary.txt', new Uint8Array([0x54, 0x68, 0x00, 0x01, 0x02, 0x65]));
    const error = await failure(readDocument(path));
    expect(error.name).toBe('BinaryInputError');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not a text file/);
  });

  it('EncodingError for invalid UTF-8', async () => {
    const path = file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    const error = await failure(readDocument(path));
    expect(error.name).toBe('EncodingError');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/UTF-8/);
  });

  it('TooLargeError above 20 MB, decided by stat (sparse file, never read)', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, 21 * 1024 * 1024);
    const error = await failure(readDocument(path));
    expect(error.name).toBe('TooLargeError');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/too large/);
  });

  it('UnreadableError for a missing file, a directory and an unreadable file', async () => {
    const missing = join(dir, 'missing.txt');
    const folder = join(dir, 'folder.txt');
    mkdirSync(folder);
    const cases: [string, RegExp][] = [
      [missing, /no such file/],
      [folder, /directory/],
    ];
    const locked = file('locked.txt', 'Some text.');
    chmodSync(locked, 0o000);
    // Root ignores permissions; only assert EACCES where it can happen.
    if (process.getuid?.() !== 0) cases.push([locked, /permission denied/]);
    for (const [path, reason] of cases) {
      const error = await failure(readDocument(path));
      expect(error.name).toBe('UnreadableError');
      expect(error.message).toContain(path);
      expect(error.message).toMatch(reason);
    }
  });

  it('UnsupportedFormatError for an unknown extension', async () => {
    const path = file('statement.docx', 'PK...');
    const error = await failure(readDocument(path));
    expect(error.name).toBe('UnsupportedFormatError');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/\.txt, \.md, \.html or \.pdf/);
  });

  it('a .pdf that is not a PDF is refused as binary input', async () => {
    const path = file('fake.pdf', 'just text');
    const error = await failure(readDocument(path));
    expect(error.name).toBe('BinaryInputError');
  });

  it('NothingFoundError from extract when only a header and markers remain', async () => {
    const path = file(
      'header-only.txt',
      'Title: Nothing\nDate: 2024-01-01\n\nBegin Text\n\nEnd Text\n\n###\n',
    );
    const doc = await readDocument(path);
    let caught: unknown;
    try {
      extract(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NothingFoundError);
    expect((caught as Error).name).toBe('NothingFoundError');
    expect((caught as Error).message).toContain(path);
  });
});

describe('readDocument: formats', () => {
  it('reads a Key: value header', async () => {
    const path = file(
      'with-header.md',
      'Title: Joint Statement\nDate: 2023-01-13\nSource: https://example.gov/x\nPlace: Tokyo\n\nWe reaffirm our commitment.\n',
    );
    const doc = await readDocument(path);
    expect(doc).toMatchObject({
      title: 'Joint Statement',
      date: '2023-01-13',
      source: 'https://example.gov/x',
      place: 'Tokyo',
      basename: 'with-header',
      format: 'text',
    });
    expect(doc.body.trim()).toBe('We reaffirm our commitment.');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('infers date and title when there is no header (State Department layout)', async () => {
    const doc = await readDocument('data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt');
    expect(doc.date).toBe('2025-09-22');
    expect(doc.title).toMatch(/^Joint Statement from the Trilateral Meeting of the United States/);
    expect(doc.body).not.toContain('September 22, 2025\n');
  });

  it('reads the main text of an HTML page, without navigation or footer', async () => {
    const doc = await readDocument('tests/fixtures/statement.html');
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Joint Statement on Pacific Partnership');
    expect(doc.date).toBe('2024-06-12');
    expect(doc.body).toContain('They condemned North Korea’s ballistic missile launches');
    expect(doc.body).not.toContain('Copyright notice');
    expect(doc.body).not.toMatch(/^Home/);
    const extraction = extract(doc);
    const condemn = extraction.commitments.find((c) => c.stance === 'condemn');
    expect(condemn?.about).toContain('country:prk');
    const call = extraction.commitments.find((c) => c.stance === 'call');
    expect(call?.targets).toEqual(['country:prk']);
    expect(call?.actors.sort()).toEqual(['official:anthony-albanese', 'official:joe-biden']);
  });

  it('reads the text layer of a PDF', async () => {
    const doc = await readDocument('tests/fixtures/statement.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.date).toBe('2024-03-03');
    expect(doc.title).toBe('Joint Statement on Maritime Cooperation');
    const extraction = extract(doc);
    expect(extraction.sentences.map((s) => s.text)).toEqual([
      'The United States and Japan reaffirmed their commitment to a free and open Indo-Pacific.',
      'They urged North Korea to abandon its nuclear and missile programs.',
    ]);
    const urge = extraction.commitments.find((c) => c.stance === 'urge');
    expect(urge?.actors.sort()).toEqual(['country:jpn', 'country:usa']);
    expect(urge?.targets).toEqual(['country:prk']);
  });
});
