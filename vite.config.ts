/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

const LANES = 2;

// One config for the web build and for vitest. `web/` is the app's root; the API lives in
// `server/`, which proxies nothing: in production the server serves `dist/` itself.
export default defineConfig({
  root: 'web',
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:5174' } },
  test: {
    root: '.',
    // Every project shares these workers, in one group: unit files fill the time a lane of the
    // integration project spends waiting on Neo4j, Chromium or a child process. Two lanes even on
    // a 2-core machine (vitest's default there is one); more would mean more Neo4j servers.
    maxWorkers: LANES,
    setupFiles: ['tests/support/failOnConsoleError.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          // Files that write to a Neo4j must not interleave: globalSetup starts one local Neo4j
          // per worker, so the LANES workers each run their files one after another on their
          // own. A Neo4j given by NEO4J_URI is a single database: then one file at a time.
          fileParallelism: !process.env.NEO4J_URI,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
