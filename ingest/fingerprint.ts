/**
 * A fingerprint of the extraction code, lexicons and rule files. Stored on each Document, it lets `npm start`
 * skip files that are unchanged *and* were extracted by the same code, yet re-extract everything
 * after an upgrade of the rules.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
// Not extraction: loading, CLIs, scoring and worker plumbing do not change what is extracted.
const EXCLUDED = ['ingest/load', 'ingest/cli', 'ingest/eval', 'ingest/parallel'];

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (EXCLUDED.includes(relative(ROOT, path))) continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

let cached: string | undefined;

export function extractorFingerprint(): string {
  if (!cached) {
    const hash = createHash('sha256');
    for (const file of [
      ...walk(join(ROOT, 'ingest'), []),
      ...walk(join(ROOT, 'data/lexicon'), []),
      ...walk(join(ROOT, 'data/rules'), []),
    ].sort()) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    cached = hash.digest('hex').slice(0, 16);
  }
  return cached;
}

export function fileSha256(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined; // the reader reports unreadable files with the proper error
  }
}
