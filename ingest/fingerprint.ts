/**
 * A fingerprint of the extraction code, lexicons and rule files. Stored on each Document, it lets `npm start`
 * skip files that are unchanged *and* were extracted by the same code, yet re-extract everything
 * after an upgrade of the rules.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
// Not extraction: loading, CLIs, scoring and worker plumbing do not change what is extracted;
// nor do the scorer's own rule files (data/rules/eval-*.json).
const EXCLUDED = ['ingest/load', 'ingest/cli', 'ingest/eval', 'ingest/parallel'];
const isScorerRule = (path: string) => /^data\/rules\/eval-[^/]*$/.test(path);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(ROOT, path);
    if (EXCLUDED.includes(rel) || isScorerRule(rel)) continue;
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
      // The extraction rules as data (stances, titles, vacuous heads …) change what is extracted.
      ...walk(join(ROOT, 'data/rules'), []),
    ].sort()) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    cached = hash.digest('hex').slice(0, 16);
  }
  return cached;
}
