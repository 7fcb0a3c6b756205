/**
 * Words per second of the pure `extract` on one core, warm: prints a line per corpus. Not a test
 * (timings depend on the machine); run it before and after a change to the extractor:
 *
 *   npx tsx bench/measureExtract.ts [--repeat 20] [--generated 50] [--seed 1]
 *
 * Lives in bench/ because it uses the benchmark's corpus generator: the product never imports
 * bench/. Documents are read first and extraction alone is timed. CPU time is printed next to wall time
 * because a loaded machine slows the wall clock but hardly the CPU seconds a document costs.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { extract } from '../ingest/extract';
import { readDocument } from '../ingest/read';
import { parseTextDocument } from '../ingest/read/text';
import type { SourceDocument } from '../ingest/types';
import { generateCorpus } from './generateCorpus';

const ROOT = resolve(import.meta.dirname, '..');

const words = (doc: SourceDocument) => doc.body.split(/\s+/).filter(Boolean).length;

function measure(label: string, docs: SourceDocument[]): void {
  // Warm-up: the first documents pay for JIT compilation and the lexicon's one-time build.
  for (const doc of docs.slice(0, 5)) extract(doc);
  const total = docs.reduce((sum, doc) => sum + words(doc), 0);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const doc of docs) extract(doc);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perDoc = (seconds * 1000) / docs.length;
  console.log(
    `${label}: ${docs.length} docs, ${total} words, ${seconds.toFixed(2)} s wall ` +
      `(${perDoc.toFixed(1)} ms/doc) → ${Math.round(total / seconds)} words/s wall, ` +
      `${Math.round(total / cpuSeconds)} words/CPU-s`,
  );
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--repeat <n>', 'passes over data/corpus', '20')
    .option('--generated <n>', 'generated documents', '50')
    .option('--seed <n>', 'generator seed', '1')
    .parse(process.argv)
    .opts<{ repeat: string; generated: string; seed: string }>();
  const dir = join(ROOT, 'data/corpus');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(dir, name));
  const corpus = await Promise.all(files.map((file) => readDocument(file)));
  const repeated = Array.from({ length: Number(options.repeat) }, () => corpus).flat();
  measure(`corpus ×${options.repeat}`, repeated);

  const generated = generateCorpus(Number(options.generated), Number(options.seed)).map(
    (file): SourceDocument => {
      const parsed = parseTextDocument(file.text);
      return {
        path: file.name,
        basename: file.name.replace(/\.txt$/, ''),
        format: 'text',
        ...parsed.meta,
        body: parsed.body,
        sha256: '0'.repeat(64),
      };
    },
  );
  measure(`generated ${options.generated}`, generated);
}

await main();
