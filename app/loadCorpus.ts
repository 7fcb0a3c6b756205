/**
 * The ingest `npm start` runs before serving: every document under CORPUS, unchanged ones
 * skipped, with the same progress bar (or plain periodic lines off a terminal) as
 * `npm run ingest`, since a first start loads the whole sample corpus and must not look stuck.
 */
import type { Database } from '../db/connect';
import { startProgress } from '../ingest/cli/progress';
import { ingestFiles } from '../ingest/ingestFiles';
import { listDocumentFiles } from '../ingest/listFiles';

export interface StartLog {
  log: (line: string) => void;
  fail: (error: unknown) => void;
}

/** Loads the corpus; a document that fails is reported and skipped, never fatal. */
export async function loadSampleCorpus(db: Database, corpus: string, out: StartLog): Promise<void> {
  const files = listDocumentFiles([corpus]);
  const progress =
    files.length > 1 ? startProgress(files.length, { tty: process.stderr.isTTY }) : undefined;
  const outcomes = await ingestFiles(db, files, {
    skipUnchanged: true,
    onFile: (o) => progress?.tick(o.path),
  }).finally(() => progress?.stop());
  const failed = outcomes.filter((o) => o.error);
  const skipped = outcomes.filter((o) => o.skipped).length;
  for (const f of failed) {
    // The ingest's own errors may already name the file: say it once.
    const message = f.error?.message ?? 'failed';
    out.fail(message.includes(f.path) ? message : `ingest: ${f.path}: ${message}`);
  }
  out.log(
    `corpus ${corpus}: ${outcomes.length - failed.length - skipped} documents loaded, ${skipped} unchanged${failed.length ? `, ${failed.length} failed` : ''}`,
  );
}
