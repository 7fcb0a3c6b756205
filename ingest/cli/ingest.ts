/**
 * `npm run ingest -- FILE|DIR... [--jobs N] [--force]` extracts and loads documents into Neo4j,
 * skipping those already stored with the same content and extractor (as `npm start` does);
 * `npm run ingest -- --delete DOC_ID` removes one. A summary goes to stdout, one line per failed
 * file to stderr, and the exit status is 1 when anything failed. When Neo4j goes away the ingest
 * stops after a few failures in a row and lists exactly the documents it committed.
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { messageOf } from '../../contract/errors';
import { loadConfig } from '../../db/config';
import { connectDatabase } from '../../db/connect';
import { applySchema } from '../../db/schema';
import { storeFirstView } from '../../server/snapshot/afterIngest';
import {
  type ExtractFn,
  extractSequentially,
  type FileOutcome,
  failureLine,
  ingestFiles,
} from '../ingestFiles';
import { DOCUMENT_EXTENSIONS, listDocumentFiles } from '../listFiles';
import { IngestAbortedError } from '../load/errors';
import { deleteDocument, type LoadCounts } from '../load/loadBatch';
import { MAX_DOCUMENTS_PER_BATCH } from '../load/plan';
import { startProgress } from './progress';

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

export function summarise(outcomes: FileOutcome[]): string {
  const loaded = outcomes.filter((o) => !o.error && !o.skipped);
  const skipped = outcomes.filter((o) => o.skipped).length;
  const sum = (pick: (o: FileOutcome) => number | undefined) =>
    loaded.reduce((n, o) => n + (pick(o) ?? 0), 0);
  // Documents of one transaction share one counts object: count each batch once.
  const batches = [...new Set(loaded.map((o) => o.counts))].filter(
    (c): c is LoadCounts => c !== undefined,
  );
  const total = (pick: (c: LoadCounts) => number) => batches.reduce((n, c) => n + pick(c), 0);
  return [
    `documents: ${loaded.length} loaded, ${skipped} skipped (unchanged), ${outcomes.length - loaded.length - skipped} failed`,
    `sentences: ${sum((o) => o.extraction?.sentences)}, entities: ${sum((o) => o.extraction?.entities)}, mentions: ${sum((o) => o.extraction?.mentions)}, commitments: ${sum((o) => o.extraction?.commitments)}`,
    `nodes created: ${total((c) => c.nodesCreated)}, deleted: ${total((c) => c.nodesDeleted)}; relationships created: ${total((c) => c.relationshipsCreated)}, deleted: ${total((c) => c.relationshipsDeleted)}`,
  ].join('\n');
}

interface IngestCliOptions {
  delete?: string;
  jobs: number;
  force?: boolean;
  batch: number;
}

const program = new Command('ingest')
  .description(
    'Extract statements and load them into Neo4j (several documents per transaction, each whole or not at all).',
  )
  .argument('[paths...]', 'files or folders of .txt, .md, .html or .pdf statements')
  .option(
    '--delete <docId>',
    'remove a document (e.g. doc:2025-09-22-…) and what only it supported',
  )
  .option('--jobs <n>', 'extraction worker threads', positiveInt, availableParallelism())
  .option('--force', 'reload documents even when stored unchanged')
  .option('--batch <n>', 'most documents per transaction', positiveInt, MAX_DOCUMENTS_PER_BATCH)
  .action(async (paths: string[], options: IngestCliOptions) => {
    if (!options.delete && paths.length === 0)
      program.error('ingest: give files or folders to ingest, or --delete DOC_ID.');
    const files = options.delete ? [] : listDocumentFiles(paths);
    if (!options.delete && files.length === 0) {
      program.error(
        `ingest: no statements in ${paths.join(', ')} (looked for ${DOCUMENT_EXTENSIONS.join(', ')} files); give a folder or files with statements.`,
      );
    }
    const config = loadConfig();
    const db = await connectDatabase(config);
    try {
      await applySchema(db);
      if (options.delete) {
        const found = await deleteDocument(db, options.delete);
        console.log(found ? `deleted ${options.delete}` : `no document ${options.delete}`);
        // A delete bumps the ingest version like a load: without a new snapshot the next server
        // start would compute the first view on a user's request.
        if (found) console.log(await storeFirstView(db, config));
        process.exitCode = found ? 0 : 1;
        return;
      }
      const progress =
        files.length > 1 ? startProgress(files.length, { tty: process.stderr.isTTY }) : undefined;
      const extractor = await chooseExtractor(options.jobs, files.length);
      let outcomes: FileOutcome[];
      try {
        outcomes = await ingestFiles(db, files, {
          extractFn: extractor.extractFn,
          skipUnchanged: !options.force,
          batchDocuments: options.batch,
          onFile: (o) => progress?.tick(o.path),
        });
      } finally {
        progress?.stop();
        await extractor.close();
      }
      console.log(summarise(outcomes));
      // The next server start restores the first view instead of computing it on a request.
      if (outcomes.some((o) => !o.error && !o.skipped))
        console.log(await storeFirstView(db, config));
      for (const failed of outcomes.filter((o) => o.error)) console.error(failureLine(failed));
      process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
    } catch (error) {
      if (!(error instanceof IngestAbortedError)) throw error;
      console.error(error.message);
      // The exact list, one per line, so it can be compared with the database or fed to a rerun.
      for (const id of error.committed) console.log(`committed: ${id}`);
      for (const id of error.uncertain) console.log(`uncertain (commit in flight): ${id}`);
      process.exitCode = 1;
    } finally {
      await db.close().catch(() => undefined);
    }
  });

try {
  await program.parseAsync();
} catch (error) {
  console.error(messageOf(error));
  process.exitCode = 1;
}
