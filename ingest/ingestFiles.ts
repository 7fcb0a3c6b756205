/**
 * Reads, extracts and loads documents: the I/O edge around the pure `extract`. Each file is its
 * own unit: a bad one is reported and skipped, the others are loaded, and nothing of the bad
 * one is written (extraction happens before its transaction opens).
 */
import { basename, extname } from 'node:path';
import type { Database } from '../db/connect';
import type { Extraction } from './contract';
import { extract } from './extract';
import { fileSha256 } from './fingerprint';
import { docId } from './ids';
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
  let pending = paths;
  if (options.skipUnchanged) {
    const todo: string[] = [];
    for (const path of paths) {
      const sha = fileSha256(path);
      const id = docId(basename(path, extname(path)));
      if (sha && (await isLoadedUnchanged(db, id, sha))) {
        outcomes.push({ path, docId: id, skipped: true });
        options.onFile?.(outcomes[outcomes.length - 1] as FileOutcome);
      } else todo.push(path);
    }
    pending = todo;
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
