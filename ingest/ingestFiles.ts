/**
 * Reads, extracts and loads documents: the I/O edge around the pure `extract`. Each file is its
 * own unit: a bad one is reported and skipped, the others are loaded, and nothing of the bad
 * one is written (extraction happens before its transaction opens).
 */
import type { Database } from '../db/connect';
import type { Extraction } from './contract';
import { extract } from './extract';
import { identifyFiles } from './identify';
import { isLoadedUnchanged, type LoadCounts, loadDocument } from './load/loadBatch';
import { readDocument } from './read';

export interface FileOutcome {
  path: string;
  docId?: string;
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

export async function ingestFiles(
  db: Database,
  paths: string[],
  options: {
    extractFn?: ExtractFn;
    onFile?: (outcome: FileOutcome) => void;
    skipUnchanged?: boolean;
  } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const pending: string[] = [];
  const settle = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    options.onFile?.(outcome);
  };
  // The same statement twice in one run (a .txt copy and the archive's .md) is loaded once.
  for (const file of await identifyFiles(paths)) {
    const { path, id, sha } = file;
    if (file.error) settle({ path, docId: id, error: file.error });
    else if (file.duplicateOf)
      settle({ path, docId: id, skipped: true, duplicateOf: file.duplicateOf });
    else if (options.skipUnchanged && id && sha && (await isLoadedUnchanged(db, id, sha)))
      settle({ path, docId: id, skipped: true });
    else pending.push(path);
  }
  // Chunks keep memory flat on large corpora while workers still get enough files to share.
  for (let first = 0; first < pending.length; first += CHUNK) {
    const chunk = pending.slice(first, first + CHUNK);
    const extractions = await (options.extractFn ?? extractSequentially)(chunk);
    for (const [i, path] of chunk.entries()) {
      outcomes.push(await loadOne(db, path, extractions[i]));
      options.onFile?.(outcomes[outcomes.length - 1] as FileOutcome);
    }
  }
  return outcomes;
}

const CHUNK = 200;

async function loadOne(
  db: Database,
  path: string,
  extraction: Extraction | Error | undefined,
): Promise<FileOutcome> {
  if (!extraction || extraction instanceof Error) {
    return { path, error: extraction ?? new Error(`ingest: no extraction for ${path}`) };
  }
  try {
    const counts = await loadDocument(db, extraction);
    return {
      path,
      docId: extraction.documents[0]?.id,
      counts,
      extraction: {
        sentences: extraction.sentences.length,
        entities: extraction.entities.length,
        mentions: extraction.mentions.length,
        commitments: extraction.commitments.length,
      },
    };
  } catch (error) {
    return { path, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
