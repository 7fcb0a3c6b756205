/**
 * `npm start`: Neo4j (the local one unless NEO4J_URI is set), the schema, the sample corpus,
 * the built web app and the API, on http://HOST:PORT. Ctrl-C stops all of it, Neo4j included.
 */
import { isLoopbackHost, loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { redactSecrets } from '../db/redact';
import { applySchema } from '../db/schema';
import { startProgress } from '../ingest/cli/progress';
import { ingestFiles } from '../ingest/ingestFiles';
import { listDocumentFiles } from '../ingest/listFiles';
import { buildApp } from './app';
import { buildWebIfStale, DIST_DIR } from './buildWeb';

const started = Date.now();
const log = (line: string) =>
  console.log(`[start ${((Date.now() - started) / 1000).toFixed(1)}s] ${redactSecrets(line)}`);
const fail = (error: unknown) =>
  console.error(redactSecrets(error instanceof Error ? error.message : String(error)));
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  fail(error);
  process.exit(1);
}

const db = await connectDatabase(config).catch((error: unknown) => {
  fail(error);
  return process.exit(1);
});
log(`Neo4j at ${db.uri}${db.local ? ' (local)' : ''}`);
let closing = false;
async function shutdown(code: number): Promise<never> {
  if (!closing) {
    closing = true;
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
  }
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  await applySchema(db);
  const files = listDocumentFiles([config.CORPUS]);
  // The same bar (or plain periodic lines off a terminal) as `npm run ingest`: a first start
  // loads the whole sample corpus and must not look stuck.
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
    fail(message.includes(f.path) ? message : `ingest: ${f.path}: ${message}`);
  }
  log(
    `corpus ${config.CORPUS}: ${outcomes.length - failed.length - skipped} documents loaded, ${skipped} unchanged${failed.length ? `, ${failed.length} failed` : ''}`,
  );
  if (await buildWebIfStale()) log('web app built');
  app = await buildApp({ db, config, staticDir: DIST_DIR });
  await app.listen({ host: config.HOST, port: config.PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  console.log(`Serving at http://${host}:${port}`);
  if (!isLoopbackHost(config.HOST)) {
    console.warn(
      `WARNING: listening on ${host}:${port}, beyond this machine: the explorer, the API (every document, sentence and entity) and the read-only Cypher console are reachable from the network. Every request needs ACCESS_TOKEN (header "Authorization: Bearer <token>", or open http://<this host>:${port}/?token=<token> once in a browser). Serve it behind HTTPS if the network is not trusted.`,
    );
  }
} catch (error) {
  fail(error);
  await shutdown(1);
}
