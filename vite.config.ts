/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

const LANES = 2;
// Files whose assertions are deadlines (a frozen or killed JVM, a burst on a small heap, health
// answered within 1 s beside a hostile query): they run one at a time after the rest, with
// nothing beside them, as they always did. The first three start a Neo4j of their own.
const ALONE = [
  'tests/integration/frozen-neo4j.test.ts',
  'tests/integration/hub-burst.test.ts',
  'tests/integration/neo4j-dies.test.ts',
  'tests/integration/cypher-security.test.ts',
  'tests/integration/fuzz-api.test.ts',
  'tests/integration/hostile-console.test.ts',
];

// One config for the web build and for vitest. `web/` is the app's root; the API lives in
// `server/`, which proxies nothing: in production the server serves `dist/` itself.
export default defineConfig({
  root: 'web',
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:5174' } },
  test: {
    root: '.',
    // Every project shares these workers, in one group. vitest queues a group's files project by
    // project, by name: the integration files first, then the many short unit files, which even
    // out the lanes' ends (a lane done with its integration files takes unit files meanwhile).
    // Two lanes even on a 2-core machine (vitest's default there is one); more would mean more
    // Neo4j servers.
    maxWorkers: LANES,
    setupFiles: ['tests/support/failOnConsoleError.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The unit files of a lane share one worker and its loaded modules: a fresh worker per
          // file spent more time loading compromise, the lexicons and the rules (and warming the
          // tagger) than running the tests. So a unit file builds or resets the module state it
          // tests instead of relying on how another file left it: compromise's parsed patterns
          // (tests/support/postTaggerPatterns.ts), the methods the tagger swaps into it
          // (tests/support/stockCompromise.ts), the fast paths' per-word memory (their forget*
          // hooks). Checked by running them in shuffled orders (`--sequence.shuffle`);
          // console.error is still checked per file (setupFiles run before each file).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: ALONE,
          globalSetup: ['tests/support/globalSetup.ts'],
          // Files that write to a Neo4j must not interleave: globalSetup starts one local Neo4j
          // per worker, so the LANES workers each run their files one after another on their
          // own. A Neo4j given by NEO4J_URI is a single database: then one file at a time.
          fileParallelism: !process.env.NEO4J_URI,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'alone',
          include: ALONE,
          globalSetup: ['tests/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
