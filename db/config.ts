/**
 * Every environment variable the project reads, validated once with zod. Modules take the parsed
 * `Config` (or a part of it) as an argument instead of reading `process.env` themselves, so tests
 * can build one explicitly and a typo in a variable fails at start-up, not mid-request.
 */
import { z } from 'zod';
import { formatIssues } from '../contract/errors';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memory = z.string().regex(/^\d+[kmg]$/i, 'memory sizes look like 512m or 1g');

const ConfigSchema = z.object({
  /** An existing Neo4j to use instead of starting the local one (bolt://, neo4j://, neo4j+s://…). */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Port of the local Neo4j's Bolt connector; 0 picks a free one. */
  NEO4J_PORT: port.default(7687),
  /** Folder of the local Neo4j's store, logs and generated neo4j.conf (git-ignored). */
  NEO4J_HOME: z.string().default('.neo4j/default'),
  NEO4J_HEAP: memory.default('1g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  /**
   * JIT of the local Neo4j: `full` (both tiers: the fastest warm queries, for the long-lived
   * server) or `quick` (client compiler only: ~30% less Neo4j CPU for a bulk load, slower warm
   * queries). The test suite's short-lived Neo4j runs `quick` (the launcher's own default).
   */
  NEO4J_JIT: z.enum(['quick', 'full']).default('full'),
  /** Seconds to wait for the local Neo4j to answer Bolt. */
  NEO4J_START_TIMEOUT: positiveInt.default(180),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(5173),
  /** Documents `npm start` ingests (a file or a folder). */
  CORPUS: z.string().default('data/corpus-wh-dprk'),
  /** Wall-clock deadline of a console query, planning included (408 past it). */
  CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
  /** Wall-clock deadline of every API read (503 past it); also the pool-acquisition timeout. */
  API_TIMEOUT_MS: positiveInt.default(4_000),
  /** Bytes of rows a console answer carries before it is truncated (and flagged). */
  CYPHER_MAX_BYTES: positiveInt.default(5 * 1024 * 1024),
  /** Console queries Neo4j may work on at once: their own connection pool, apart from the API's. */
  CYPHER_CONCURRENCY: positiveInt.default(2),
  /**
   * Largest persisted first view (gzipped bytes; server/snapshot/): a bigger one is neither
   * stored nor read, and the first view is computed after each start. 0 turns persisting off.
   */
  FIRST_VIEW_SNAPSHOT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(4 * 1024 * 1024),
  /** Largest API response, in bytes: a bigger one is refused with 400 (narrow the request). */
  API_MAX_BYTES: positiveInt.default(32 * 1024 * 1024),
  /** Requests per minute one client may send to the expensive routes (graph, paths, connections). */
  API_RATE_LIMIT: positiveInt.default(300),
  /**
   * Required when HOST is not a loopback address: every request must carry it (Bearer header or
   * the cookie set by opening /?token=…). Optional on loopback.
   */
  ACCESS_TOKEN: z.string().min(16, 'ACCESS_TOKEN must be at least 16 characters').optional(),
  /** Extra Host header names the server answers to (comma-separated), besides loopback and HOST. */
  ALLOWED_HOSTS: z.string().default(''),
  CYPHER_ROW_LIMIT: positiveInt.default(5_000),
  /** Requests per minute one client may send to /api/cypher. */
  CYPHER_RATE_LIMIT: positiveInt.default(60),
  /** Largest request body the server accepts, in bytes. */
  BODY_LIMIT: positiveInt.default(64 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** 127.0.0.0/8, ::1 and `localhost`: addresses only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = ConfigSchema.safeParse(defined);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error.issues, 'environment');
    throw new ConfigError(
      `config: invalid environment (${problems}). See the README's configuration table.`,
    );
  }
  const config = parsed.data;
  if (!isLoopbackHost(config.HOST) && !config.ACCESS_TOKEN) {
    throw new ConfigError(
      `config: HOST=${config.HOST} would expose the explorer, the API and the Cypher console to the network without authentication. Set ACCESS_TOKEN (16+ characters, e.g. \`openssl rand -hex 24\`) or bind to 127.0.0.1.`,
    );
  }
  return config;
}
