/**
 * Every environment variable the project reads, validated once with zod. Modules take the parsed
 * `Config` (or a part of it) as an argument instead of reading `process.env` themselves, so tests
 * can build one explicitly and a typo in a variable fails at start-up, not mid-request.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memory = z.string().regex(/^\d+[kmg]$/i, 'memory sizes look like 512m or 1g');

export const ConfigSchema = z.object({
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
  /** Seconds to wait for the local Neo4j to answer Bolt. */
  NEO4J_START_TIMEOUT: positiveInt.default(180),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(5173),
  /** Documents `npm start` ingests (a file or a folder). */
  CORPUS: z.string().default('data/corpus'),
  CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
  CYPHER_ROW_LIMIT: positiveInt.default(5_000),
  /** Requests per minute one client may send to /api/cypher. */
  CYPHER_RATE_LIMIT: positiveInt.default(60),
  /** Largest request body the server accepts, in bytes. */
  BODY_LIMIT: positiveInt.default(64 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

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
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(
      `config: invalid environment (${problems}). See the README's configuration table.`,
    );
  }
  return parsed.data;
}
