/**
 * `npm run ingest -- FILE|DIR... [--jobs N]` extracts and loads documents into Neo4j;
 * `npm run ingest -- --delete DOC_ID` removes one. A summary of counts goes to stdout, one line
 * per failed file to stderr, and the exit status is 1 when anything failed.
 */
import { availableParallelism } from 'node:os';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../db/config';
import { connectDatabase } from '../../db/connect';
import { applySchema } from '../../db/schema';
import { type ExtractFn, extractSequentially, type FileOutcome, ingestFiles } from '../ingestFiles';
import { listDocumentFiles } from '../listFiles';
import { deleteDocument } from '../load/loadBatch';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expects a whole number ≥ 1');
  return n;
}

async function chooseExtractor(
  jobs: number,
  files: number,
): Promise<{ extractFn: ExtractFn; close(): Promise<void> }> {
  if (jobs <= 1 || files <= 1) return { extractFn: extractSequentially, close: async () => {} };
  // Loaded only when needed: worker threads cost a start-up a single file does not repay.
  const { closeExtractPools, extractInParallel } = await import('../parallel/extractPool');
  return {
    extractFn: (paths) => extractInParallel(paths, Math.min(jobs, files)),
    close: closeExtractPools,
  };
}

function summarise(outcomes: FileOutcome[]): string {
  const ok = outcomes.filter((o) => !o.error);
  const sum = (pick: (o: FileOutcome) => number | undefined) =>
    ok.reduce((n, o) => n + (pick(o) ?? 0), 0);
  return [
    `documents loaded: ${ok.length}, failed: ${outcomes.length - ok.length}`,
    `sentences: ${sum((o) => o.extraction?.sentences)}, entities: ${sum((o) => o.extraction?.entities)}, mentions: ${sum((o) => o.extraction?.mentions)}, commitments: ${sum((o) => o.extraction?.commitments)}`,
    `nodes created: ${sum((o) => o.counts?.nodesCreated)}, deleted: ${sum((o) => o.counts?.nodesDeleted)}; relationships created: ${sum((o) => o.counts?.relationshipsCreated)}, deleted: ${sum((o) => o.counts?.relationshipsDeleted)}`,
  ].join('\n');
}

const program = new Command('ingest')
  .description('Extract statements and load them into Neo4j (one transaction per document).')
  .argument('[paths...]', 'files or folders of .txt, .md, .html or .pdf statements')
  .option(
    '--delete <docId>',
    'remove a document (e.g. doc:2025-09-22-…) and what only it supported',
  )
  .option('--jobs <n>', 'extraction worker threads', positiveInt, availableParallelism())
  .action(async (paths: string[], options: { delete?: string; jobs: number }) => {
    if (!options.delete && paths.length === 0)
      program.error('ingest: give files or folders to ingest, or --delete DOC_ID.');
    const db = await connectDatabase(loadConfig());
    try {
      await applySchema(db);
      if (options.delete) {
        const found = await deleteDocument(db, options.delete);
        console.log(found ? `deleted ${options.delete}` : `no document ${options.delete}`);
        process.exitCode = found ? 0 : 1;
        return;
      }
      const files = listDocumentFiles(paths);
      const bar =
        files.length > 1
          ? new SingleBar({
              format: 'ingest [{bar}] {value}/{total} {file}',
              clearOnComplete: true,
            })
          : undefined;
      bar?.start(files.length, 0, { file: '' });
      const extractor = await chooseExtractor(options.jobs, files.length);
      const outcomes = await ingestFiles(db, files, {
        extractFn: extractor.extractFn,
        onFile: (o) => bar?.increment({ file: o.path }),
      }).finally(() => extractor.close());
      bar?.stop();
      console.log(summarise(outcomes));
      for (const failed of outcomes.filter((o) => o.error)) {
        console.error(`ingest: ${failed.path}: ${failed.error?.message}`);
      }
      process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
    } finally {
      await db.close();
    }
  });

try {
  await program.parseAsync();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
