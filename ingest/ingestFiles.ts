/**
 * Reads, extracts and loads documents: the I/O edge around the pure `extract`. A bad file is
 * reported and skipped, the others are loaded, and nothing of the bad one is written (extraction
 * happens before any transaction opens). Extraction of the next chunk runs (on the worker pool)
 * while the current one loads; documents are loaded several per transaction, each batch all or
 * nothing, and a batch that fails for a reason other than the connection is retried one document
 * at a time, so one bad document cannot take its neighbours down. After a few connection failures
 * in a row the ingest stops with an IngestAbortedError that lists exactly what was committed.
 */

import type { Extraction } from '../contract/extraction';
import type { Database } from '../db/connect';
import { extract } from './extract';
import { extractorFingerprint } from './fingerprint';
import { identifyFiles } from './identify';
import { ConnectionLostError, IngestAbortedError, NoEntitiesError } from './load/errors';
import { type LoadCounts, loadDocuments, storedVersions } from './load/loadBatch';
import { type Planned, planBatches } from './load/plan';
import { isConnectionError } from './load/transaction';
import { readDocument } from './read';

export interface FileOutcome {
  path: string;
  docId?: string;
  /** What the document's batch wrote (shared by the documents of one transaction). */
  counts?: LoadCounts;
  extraction?: { sentences: number; entities: number; mentions: number; commitments: number };
  error?: Error;
  /** Already loaded with the same content and extractor: left as it was. */
  skipped?: boolean;
  /** Another file of this run is the same statement (same document id): this one is not loaded. */
  duplicateOf?: string;
}

export type ExtractFn = (paths: string[]) => Promise<(Extraction | Error)[]>;

/** Extracts files one after the other in this thread; the parallel pool has the same shape. */
export const extractSequentially: ExtractFn = async (paths) => {
  const out: (Extraction | Error)[] = [];
  for (const path of paths) {
    try {
      // extract() itself throws NothingFoundError for a document without sentences.
      out.push(extract(await readDocument(path)));
    } catch (error) {
      out.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return out;
};

export interface IngestOptions {
  extractFn?: ExtractFn;
  onFile?: (outcome: FileOutcome) => void;
  /** Leave documents stored with the same content and extractor as they are. */
  skipUnchanged?: boolean;
  /** Connection failures in a row before the ingest stops (default 3). */
  maxConnectionFailures?: number;
  /** Most documents per transaction (default MAX_DOCUMENTS_PER_BATCH). */
  batchDocuments?: number;
  /** After each committed transaction: how many documents it wrote and how long it took. */
  onBatch?: (batch: { documents: number; seconds: number; counts: LoadCounts }) => void;
}

/** One line for a failed file, naming it once (input errors already start with "ingest: FILE"). */
export function failureLine(outcome: FileOutcome): string {
  const message = outcome.error?.message ?? 'failed';
  return message.includes(outcome.path) ? message : `ingest: ${outcome.path}: ${message}`;
}

// Chunks keep memory flat on large corpora while workers still get enough files to share.
const CHUNK = 200;
const RETRY_DELAY_MS = 1_000;

export async function ingestFiles(
  db: Database,
  paths: string[],
  options: IngestOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const report = (o: FileOutcome) => {
    outcomes.push(o);
    options.onFile?.(o);
  };
  const extractFn = options.extractFn ?? extractSequentially;
  const loader = new BatchLoader(db, options, report);
  // The same statement twice in one run (a .txt copy and the archive's .md) is loaded once.
  const fresh: { path: string; id?: string; sha?: string }[] = [];
  for (const file of await identifyFiles(paths)) {
    const { path, id, sha } = file;
    if (file.error) report({ path, docId: id, error: file.error });
    else if (file.duplicateOf)
      report({ path, docId: id, skipped: true, duplicateOf: file.duplicateOf });
    else fresh.push({ path, id, sha });
  }
  const pending = options.skipUnchanged
    ? await skipStored(db, fresh, report)
    : fresh.map((f) => f.path);
  let next = pending.length > 0 ? extractFn(pending.slice(0, CHUNK)) : undefined;
  for (let first = 0; next; first += CHUNK) {
    const extractions = await next;
    const chunk = pending.slice(first, first + CHUNK);
    // Pipeline: the workers extract the next chunk while this one is loaded.
    next =
      first + CHUNK < pending.length
        ? extractFn(pending.slice(first + CHUNK, first + 2 * CHUNK))
        : undefined;
    next?.catch(() => undefined); // awaited in the next round; a rejection must not go unhandled
    const good: Planned[] = [];
    for (const [i, path] of chunk.entries()) {
      const x = extractions[i];
      if (!x || x instanceof Error) report({ path, error: x ?? new Error('no extraction') });
      else if (x.entities.length === 0) report({ path, error: new NoEntitiesError(path) });
      else good.push({ path, extraction: x });
    }
    for (const batch of planBatches(good, options.batchDocuments)) await loader.load(batch);
  }
  return outcomes;
}

/** Reports files whose document is stored with the same hash and extractor; returns the rest. */
async function skipStored(
  db: Database,
  files: { path: string; id?: string; sha?: string }[],
  report: (o: FileOutcome) => void,
): Promise<string[]> {
  const ids = files.flatMap((f) => (f.id ? [f.id] : []));
  let stored: Awaited<ReturnType<typeof storedVersions>>;
  try {
    stored = await storedVersions(db, ids);
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    throw new IngestAbortedError(
      `ingest: cannot reach Neo4j at ${db.uri}; nothing was loaded.`,
      [],
      [],
      error,
    );
  }
  const todo: string[] = [];
  for (const { path, id, sha } of files) {
    const was = id ? stored.get(id) : undefined;
    if (was && sha && was.sha256 === sha && was.extractor === extractorFingerprint()) {
      report({ path, docId: id, skipped: true });
    } else todo.push(path);
  }
  return todo;
}

function summaryOf(x: Extraction): FileOutcome['extraction'] {
  return {
    sentences: x.sentences.length,
    entities: x.entities.length,
    mentions: x.mentions.length,
    commitments: x.commitments.length,
  };
}

/** Loads batches, isolating bad documents and counting connection failures in a row. */
class BatchLoader {
  private failuresInARow = 0;
  private readonly committed: string[] = [];
  private readonly uncertain: string[] = [];

  constructor(
    private readonly db: Database,
    private readonly options: IngestOptions,
    private readonly report: (o: FileOutcome) => void,
  ) {}

  async load(batch: Planned[]): Promise<void> {
    try {
      await this.tryLoad(batch);
    } catch (error) {
      if (batch.length === 1 || error instanceof IngestAbortedError) {
        if (error instanceof IngestAbortedError) throw error;
        const [only] = batch as [Planned];
        this.report({ path: only.path, error: asError(error) });
        return;
      }
      for (const one of batch) await this.load([one]);
    }
  }

  /** Loads one batch; retries it after a lost connection, and gives up after a few in a row. */
  private async tryLoad(batch: Planned[]): Promise<void> {
    for (;;) {
      try {
        const started = performance.now();
        const result = await loadDocuments(
          this.db,
          batch.map((b) => b.extraction),
          { skipUnchanged: this.options.skipUnchanged },
        );
        this.failuresInARow = 0;
        this.options.onBatch?.({
          documents: result.loaded.length,
          seconds: (performance.now() - started) / 1000,
          counts: result.counts,
        });
        const skipped = new Set(result.skipped);
        for (const { path, extraction } of batch) {
          const id = extraction.documents[0]?.id as string;
          if (skipped.has(id)) this.report({ path, docId: id, skipped: true });
          else {
            this.committed.push(id);
            this.report({
              path,
              docId: id,
              counts: result.counts,
              extraction: summaryOf(extraction),
            });
          }
        }
        return;
      } catch (error) {
        if (!(error instanceof ConnectionLostError)) throw error;
        const ids = batch.map((b) => b.extraction.documents[0]?.id as string);
        if (error.commitUnknown) this.uncertain.push(...ids);
        this.failuresInARow += 1;
        if (this.failuresInARow >= (this.options.maxConnectionFailures ?? 3)) {
          throw new IngestAbortedError(
            `ingest: stopped after ${this.failuresInARow} connection failures in a row: ${error.message}. ${this.committed.length} documents were committed before that; rerun the same command once Neo4j is back (unchanged documents are skipped).`,
            [...this.committed],
            [...new Set(this.uncertain)].filter((id) => !this.committed.includes(id)),
            error,
          );
        }
        await new Promise((done) => setTimeout(done, RETRY_DELAY_MS));
      }
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
