/**
 * The production bundle carries types and constants from contract/, never zod: the built assets
 * (the same dist/ the browser tests serve, built once by buildWebIfStale) hold none of zod's
 * signatures. A tiny fixture that does import zod, built and minified the same way, shows the
 * signatures survive minification, so this test can fail.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWebIfStale, DIST_DIR, ROOT } from '../../server/buildWeb';

/** Strings zod's runtime keeps through minification (its error class and type names). */
const ZOD_SIGNATURES = ['ZodError', '$ZodType'];

function scripts(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const zodIn = (files: { name: string; text: string }[]) =>
  files.flatMap((f) =>
    ZOD_SIGNATURES.filter((s) => f.text.includes(s)).map((s) => `${f.name}: ${s}`),
  );

describe('production bundle', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'zod-bundle-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds zod in a minified bundle that imports it (the check works)', async () => {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: {
        outDir: scratch,
        emptyOutDir: true,
        minify: true,
        lib: { entry: join(ROOT, 'tests/fixtures/zod-bundle/entry.ts'), formats: ['es'] },
      },
    });
    expect(zodIn(scripts(scratch))).not.toEqual([]);
  });

  it('carries no zod in the explorer served from dist/', async () => {
    await buildWebIfStale();
    const files = scripts(DIST_DIR);
    expect(files.length).toBeGreaterThan(0);
    expect(zodIn(files)).toEqual([]);
  });
});
