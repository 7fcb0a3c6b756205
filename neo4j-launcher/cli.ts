/**
 * `npm run neo4j`: the project's Neo4j in the foreground until Ctrl-C. If the JVM dies on its own
 * (a crash, the OOM killer, a kill -9), this exits non-zero with the JVM's last error, so a
 * supervisor or a terminal sees that the database is gone.
 */
import { loadConfig } from '../db/config';
import { Neo4jUnavailableError } from './errors';
import { describeExit } from './exit';
import { startLocalNeo4j } from './start';

const config = loadConfig();
try {
  const neo = await startLocalNeo4j({
    home: config.NEO4J_HOME,
    port: config.NEO4J_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    jit: config.NEO4J_JIT,
    timeoutSeconds: config.NEO4J_START_TIMEOUT,
  });
  console.log(`Neo4j ready at ${neo.uri} (JVM pid ${neo.pid})`);
  void neo.exited.then((exit) => {
    if (exit.expected) return;
    console.error(describeExit(exit));
    process.exit(exit.code && exit.code > 0 ? exit.code : 1);
  });
  const stop = () => {
    void neo.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof Neo4jUnavailableError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
