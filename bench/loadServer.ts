/**
 * The API alone, for the load script (bench/load.ts): a separate process so that the clients'
 * own work does not share the server's event loop. Reads the usual environment (NEO4J_URI is
 * the load script's local Neo4j) and prints `listening <port>` once it answers.
 */
import { loadConfig } from '../db/config';
import { connectDatabase } from '../db/connect';
import { buildApp } from '../server/app';

// All the load script's clients come from 127.0.0.1, which the per-client rate limit would count
// as one client (429 after 300 requests a minute): the clients stand for distinct users.
const config = { ...loadConfig(), LOG_LEVEL: 'silent' as const, API_RATE_LIMIT: 1_000_000 };
const db = await connectDatabase(config);
const app = await buildApp({ db, config });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
const stop = async () => {
  await app.close().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
