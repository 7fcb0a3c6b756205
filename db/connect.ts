/**
 * One entry point to a database: the server named by NEO4J_URI, or else the project's own local
 * Neo4j, started on demand. Callers get a driver, the database name and a `close` that also stops
 * what was started.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { messageOf } from '../contract/errors';
import { Neo4jUnavailableError } from '../neo4j-launcher/errors';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j-launcher/start';
import type { Config } from './config';
import { redactUri } from './redact';

export interface Database {
  driver: Driver;
  /**
   * The console's own small pool (CYPHER_CONCURRENCY connections), so runaway console queries can
   * never take the connections the API needs. Absent: the console shares `driver`.
   */
  consoleDriver?: Driver;
  database: string;
  /** The server's URI without credentials: safe to print. */
  uri: string;
  /** Deadline of each API read in ms (the server sets API_TIMEOUT_MS here). */
  apiTimeoutMs?: number;
  /** True when this process started the Neo4j it talks to. */
  local: boolean;
  /** Process id of the local Neo4j's JVM, when this process started it. */
  neo4jPid?: number;
  close(): Promise<void>;
}

type DbConfig = Pick<
  Config,
  | 'NEO4J_URI'
  | 'NEO4J_USERNAME'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'NEO4J_PORT'
  | 'NEO4J_HOME'
  | 'NEO4J_HEAP'
  | 'NEO4J_PAGECACHE'
  | 'NEO4J_START_TIMEOUT'
> &
  Partial<Pick<Config, 'API_TIMEOUT_MS' | 'CYPHER_CONCURRENCY' | 'NEO4J_JIT'>>;

export interface DriverLimits {
  /** Longest wait for a pooled connection before the query fails (503), in ms. */
  acquisitionTimeoutMs?: number;
  maxPoolSize?: number;
  /**
   * How long a failed transaction is retried before its error surfaces, in ms (3 s). Tests of
   * what follows the error, against a closed port, set 0: the retry is not theirs to wait out
   * (0 still retries once, after the driver's first delay of about 1 s).
   */
  transactionRetryMs?: number;
}

export function createDriver(
  uri: string,
  username: string,
  password: string,
  limits: DriverLimits = {},
): Driver {
  // Plain JS numbers: counts and offsets here stay far below 2^53.
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    // A down database should surface as an error in seconds, not after the 30 s default of
    // retrying; transient conflicts still get a few retries.
    maxTransactionRetryTime: limits.transactionRetryMs ?? 3_000,
    connectionTimeout: 5_000,
    // A full pool (Neo4j frozen, every connection waiting on it) fails fast instead of the 60 s
    // default; the server maps the failure to 503.
    connectionAcquisitionTimeout: limits.acquisitionTimeoutMs ?? 5_000,
    ...(limits.maxPoolSize ? { maxConnectionPoolSize: limits.maxPoolSize } : {}),
  });
}

export async function connectDatabase(config: DbConfig): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    local = await startLocalNeo4j({
      home: config.NEO4J_HOME,
      port: config.NEO4J_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      jit: config.NEO4J_JIT,
      timeoutSeconds: config.NEO4J_START_TIMEOUT,
    });
    uri = local.uri;
  }
  const acquisitionTimeoutMs = config.API_TIMEOUT_MS;
  const driver = createDriver(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, {
    acquisitionTimeoutMs,
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await local?.stop();
    const reason = messageOf(error);
    throw new Neo4jUnavailableError(
      `db: cannot reach Neo4j at ${redactUri(uri)} (${redactUri(reason)}). Check NEO4J_URI and the credentials, or unset NEO4J_URI to use the local one.`,
    );
  }
  const consoleDriver = createDriver(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, {
    acquisitionTimeoutMs,
    maxPoolSize: config.CYPHER_CONCURRENCY ?? 2,
  });
  return {
    driver,
    consoleDriver,
    database: config.NEO4J_DATABASE,
    uri: redactUri(uri),
    local: local !== undefined,
    neo4jPid: local?.pid,
    close: async () => {
      await Promise.all([driver.close(), consoleDriver.close()]);
      await local?.stop();
    },
  };
}
