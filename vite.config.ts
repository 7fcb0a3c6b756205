/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// One config for the web build and for vitest. `web/` is the app's root; the API lives in
// `server/`, which proxies nothing: in production the server serves `dist/` itself.
export default defineConfig({
  root: 'web',
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:5174' } },
  test: {
    root: '.',
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
          // One Neo4j is shared by the suite; files that write to it must not interleave.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
