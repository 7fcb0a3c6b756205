/**
 * Runs the gold-free invariants over folders of statements (data/corpus, the real White House
 * set): read, extract, check. A file that cannot be read or extracted is reported, not fatal.
 */
import { extract } from '../extract';
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
  for (const path of listDocumentFiles([...dirs])) {
    try {
      checkExtraction(extract(await readDocument(path)), result);
      documents++;
    } catch (error) {
      failures.push({ path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const rates = {} as Record<Check, number>;
  for (const check of CHECKS) rates[check] = rateOf(result.checks[check]);
  return { ...result, documents, failures, rates, seconds: (performance.now() - started) / 1000 };
}
