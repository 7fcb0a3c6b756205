/**
 * What the eval CLIs (`eval:genre`, `eval:topic-miss`, `eval:entity-miss`, `eval:about-miss`) read:
 * an eval JSON (`npm run eval -- --json --details`) and a LIST file of gold basenames. One reader,
 * so every tool names a document the same way and a LIST means the same files to each.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';

/** A gold file as a LIST names it: its basename, without a folder or `.json`. */
export function goldName(file: string): string {
  return basename(file.trim()).replace(/\.json$/, '');
}

/** The gold files a LIST names: one a line (or separated by any white space). */
export function readNameList(path: string): Set<string> {
  return new Set(readFileSync(path, 'utf8').split(/\s+/).map(goldName).filter(Boolean));
}

/**
 * The documents of an eval JSON, each with the part of its `errors` a tool reads (give
 * `errors.optional()` where a run without `--details` is fine).
 */
export function readEvalDocuments<E extends z.ZodType>(path: string, errors: E) {
  const Document = z.object({
    file: z.string(),
    figures: z.record(z.string(), z.number().nullable()),
    counts: z.object({ document: z.string() }),
    errors,
  });
  const run = z.object({ gold: z.object({ documents: z.array(Document) }) });
  return run.parse(JSON.parse(readFileSync(path, 'utf8'))).gold.documents;
}
