/**
 * `npm start`, the composition root: Neo4j (the local one unless NEO4J_URI is set), the schema,
 * the sample corpus, the built web app and the API, on http://HOST:PORT. Ctrl-C stops all of
 * it, Neo4j included. The parts (db/, ingest/, server/) do not know about each other's start-up;
 * only this file wires them.
 */
import { messageOf } from '../contract/errors';
import { isLoopbackHost, loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { redactSecrets } from '../db/redact';
import { applySchema } from '../db/schema';
import { buildApp } from '../server/app';
import { buildWebIfStale, DIST_DIR } from '../server/buildWeb';
import { type Prewarm, startPrewarm } from '../server/prewarm';
import { loadSampleCorpus } from './loadCorpus';

const started = Date.now();
const log = (line: string) =>
  console.log(`[start ${((Date.now() - started) / 1000).toFixed(1)}s] ${redactSecrets(line)}`);
const fail = (error: unknown) => console.error(redactSecrets(messageOf(error)));
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
    prewarm?.stop();
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
  }
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let prewarm: Prewarm | undefined;
try {
  await applySchema(db);
  await loadSampleCorpus(db, config.CORPUS, { log, fail });
  if (await buildWebIfStale()) log('web app built');
  app = await buildApp({ db, config, staticDir: DIST_DIR });
  await app.listen({ host: config.HOST, port: config.PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  console.log(`Serving at http://${host}:${port}`);
  // In the background: the first screen's answers (and its layout) are ready before anyone asks.
  prewarm = startPrewarm(app, { log });
  if (!isLoopbackHost(config.HOST)) {
    console.warn(
      `WARNING: listening on ${host}:${port}, beyond this machine: the explorer, the API (every document, sentence and entity) and the read-only Cypher console are reachable from the network. Every request needs ACCESS_TOKEN (header "Authorization: Bearer <token>", or open http://<this host>:${port}/?token=<token> once in a browser). Serve it behind HTTPS if the network is not trusted.`,
    );
  }
} catch (error) {
  fail(error);
  await shutdown(1);
}
