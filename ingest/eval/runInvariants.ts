/**
 * Runs the gold-free invariants over folders of statements (data/corpus, the real White House
 * set): read, extract, check. A file that cannot be read or extracted is reported, not fatal.
 */

import { messageOf } from '../../contract/errors';
import { extract } from '../extract';
import { identifyFiles } from '../identify';
import { listDocumentFiles } from '../listFiles';
import { readDocument } from '../read';
import {
  CHECKS,
  type Check,
  checkExtraction,
  emptyResult,
  type InvariantResult,
  rateOf,
} from './invariants';

export interface InvariantRun extends InvariantResult {
  documents: number;
  /** Files skipped as a copy of a statement already checked (same document id and words). */
  duplicates: number;
  /** Files that could not be read or extracted, with the reason. */
  failures: { path: string; message: string }[];
  rates: Record<Check, number>;
  seconds: number;
}

export async function runInvariants(dirs: readonly string[]): Promise<InvariantRun> {
  const started = performance.now();
  const result = emptyResult();
  const failures: InvariantRun['failures'] = [];
  let documents = 0;
  let duplicates = 0;
  // A statement present twice (data/corpus's .txt and the archive's .md) is checked once.
  for (const { path, duplicateOf } of await identifyFiles(listDocumentFiles([...dirs]))) {
    if (duplicateOf) {
      duplicates++;
      continue;
    }
    try {
      checkExtraction(extract(await readDocument(path)), result);
      documents++;
    } catch (error) {
      failures.push({ path, message: messageOf(error) });
    }
  }
  const rates = {} as Record<Check, number>;
  for (const check of CHECKS) rates[check] = rateOf(result.checks[check]);
  return {
    ...result,
    documents,
    duplicates,
    failures,
    rates,
    seconds: (performance.now() - started) / 1000,
  };
}
