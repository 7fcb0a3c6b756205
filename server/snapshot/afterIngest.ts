/**
 * The first view's snapshot stored at the end of an ingest run (`npm run ingest`), while the
 * loader's reads have just warmed Neo4j: the next server start, or a replica already running,
 * restores it with one small read instead of computing the first view on a user's request.
 * It runs the server's own pre-warm once on an app that never listens, so the answers and their
 * cache keys are exactly the ones a server would compute and look up.
 */
import type { Config } from '../../db/config';
import type { Database } from '../../db/connect';
import { buildApp } from '../app';
import { startPrewarm } from '../prewarm';

/** Computes and stores the first view of the current ingest version; the pre-warm's log line. */
export async function storeFirstView(db: Database, config: Config): Promise<string> {
  if (config.FIRST_VIEW_SNAPSHOT_MAX_BYTES === 0) return 'first view: not stored (snapshots off)';
  const app = await buildApp({ db, config: { ...config, LOG_LEVEL: 'silent' } });
  const lines: string[] = [];
  // One warm: the poll never fires before stop() below.
  const prewarm = startPrewarm(app, { log: (line) => lines.push(line), pollMs: 2 ** 30 });
  try {
    await prewarm.done;
  } finally {
    prewarm.stop();
    await app.close();
  }
  return lines.join('; ') || 'first view: not stored';
}
