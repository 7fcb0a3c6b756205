/**
 * Extraction JSON of a fixed set of documents, one file each, for byte-for-byte comparison
 * before and after a speed change to the extractor (output must not move):
 *
 *   npx tsx bench/dumpExtractions.ts <out-dir> [--archive 1000] [--list files.txt]
 *
 * The set: every statement of data/corpus, data/corpus-wh-dprk and data/corpus-wh-gold, then
 * either the files named in `--list` (one path a line: a fixed sample, e.g. of the archive files
 * a session may read) or every n-th of the real archive (spread over its years and kinds).
 * Compare two dumps with `diff -r`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Command } from 'commander';
import { extract } from '../ingest/extract';
import { readDocument } from '../ingest/read';
import { realArchiveFiles, unpackRealArchive } from './realArchive';

const ROOT = resolve(import.meta.dirname, '..');

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(dir, name));
}

function listed(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Every n-th statement of the real archive, `wanted` in all. */
async function archiveSample(wanted: number): Promise<string[]> {
  const archive = realArchiveFiles(await unpackRealArchive());
  const step = Math.max(1, Math.floor(archive.length / wanted));
  return archive.filter((_, i) => i % step === 0).slice(0, wanted);
}

async function main(): Promise<void> {
  const options = new Command()
    .argument('<out>', 'folder for the JSON files')
    .option('--archive <n>', 'statements of the real archive', '1000')
    .option('--list <file>', 'extract these files (one path a line) instead of the archive')
    .parse(process.argv);
  const out = resolve(options.args[0]!);
  const opts = options.opts<{ archive: string; list?: string }>();
  const files = [
    ...filesIn(join(ROOT, 'data/corpus'), '.txt'),
    ...filesIn(join(ROOT, 'data/corpus-wh-dprk'), '.md'),
    ...filesIn(join(ROOT, 'data/corpus-wh-gold'), ''),
    ...(opts.list ? listed(opts.list) : await archiveSample(Number(opts.archive))),
  ];
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const name = `${String(i).padStart(4, '0')}-${basename(file)}.json`;
    let body: string;
    try {
      body = JSON.stringify(extract(await readDocument(file)), null, 1);
    } catch (error) {
      failed += 1;
      body = JSON.stringify({ error: error instanceof Error ? error.name : String(error) });
    }
    writeFileSync(join(out, name), `${body}\n`);
  }
  console.log(`${files.length} extractions in ${out} (${failed} threw)`);
}

await main();
