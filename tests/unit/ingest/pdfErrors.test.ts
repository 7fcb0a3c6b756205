/**
 * PDF refusals say what is actually wrong: a password-protected PDF is not told to "convert it to
 * PDF", and a damaged one is told to fetch it again. The encrypted fixture is built here (PDF
 * standard security handler, revision 2, user password "secret") so no binary is checked in.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../ingest/read';

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

/** A one-page PDF whose user password is `password` (algorithms 3.2–3.4 of the PDF 1.4 spec). */
function encryptedPdf(password: string): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const owner = rc4(md5(padded('owner')).subarray(0, 5), padded(password));
  const key = md5(padded(password), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
    `<</Filter/Standard/V 1/R 2/O<${owner.toString('hex')}>/U<${user.toString('hex')}>/P -4>>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R/Encrypt 4 0 R/ID[<${id.toString('hex')}><${id.toString('hex')}>]>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function refusal(path: string): Promise<Error> {
  try {
    await readDocument(path);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('PDF refusals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-pdf-'));

  it('a password-protected PDF is named as such, never told to convert it to PDF', async () => {
    const path = join(dir, 'locked.pdf');
    writeFileSync(path, encryptedPdf('secret'));
    const error = await refusal(path);
    expect(error.name).toBe('PdfUnreadableError');
    expect(error.message).toMatch(/password-protected/);
    expect(error.message).toContain(path);
    expect(error.message).not.toMatch(/convert/i);
  });

  it('a truncated PDF is called damaged, and the fix is to fetch it again', async () => {
    const whole = readFileSync('tests/fixtures/statement.pdf');
    const path = join(dir, 'cut.pdf');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 3)));
    const error = await refusal(path);
    expect(error.message).toContain(path);
    expect(error.message).not.toMatch(/convert it to/i);
  });
});
