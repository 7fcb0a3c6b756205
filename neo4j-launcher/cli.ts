/** `npm run neo4j`: the project's Neo4j in the foreground until Ctrl-C. */
import { loadConfig } from '../db/config';
import { Neo4jUnavailableError } from './errors';
import { startLocalNeo4j } from './start';

const config = loadConfig();
try {
  const neo = await startLocalNeo4j({
    home: config.NEO4J_HOME,
    port: config.NEO4J_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    timeoutSeconds: config.NEO4J_START_TIMEOUT,
  });
  console.log(`Neo4j ready at ${neo.uri}`);
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
