/**
 * Extraction JSON of a fixed set of documents, one file each, for byte-for-byte comparison
 * before and after a speed change to the extractor (output must not move):
 *
 *   npx tsx bench/dumpExtractions.ts <out-dir> [--archive 1000]
 *
 * The set: every statement of data/corpus and data/corpus-wh-dprk, and every n-th of the real
 * archive (spread over its years and kinds). Compare two dumps with `diff -r`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

async function main(): Promise<void> {
  const options = new Command()
    .argument('<out>', 'folder for the JSON files')
    .option('--archive <n>', 'statements of the real archive', '1000')
    .parse(process.argv);
  const out = resolve(options.args[0]!);
  const wanted = Number(options.opts<{ archive: string }>().archive);
  const archive = realArchiveFiles(await unpackRealArchive());
  const step = Math.max(1, Math.floor(archive.length / wanted));
  const files = [
    ...filesIn(join(ROOT, 'data/corpus'), '.txt'),
    ...filesIn(join(ROOT, 'data/corpus-wh-dprk'), '.md'),
    ...archive.filter((_, i) => i % step === 0).slice(0, wanted),
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
