/**
 * The explorer's production bundle, built with the app's own Vite config into a scratch folder
 * (dist/ is left to the server): bytes of JavaScript and CSS shipped, raw and gzipped, so a
 * change that pulls a library into the browser shows up as a number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface BundleSize {
  /** JavaScript files in the bundle (entry, chunks, workers). */
  jsFiles: number;
  jsKb: number;
  jsGzipKb: number;
  cssKb: number;
}

const ROOT = new URL('..', import.meta.url).pathname;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function measureBundle(): Promise<BundleSize> {
  const outDir = join(ROOT, 'bench/generated/app');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    // Source maps are served only on request; they are not what a first visit downloads.
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).map((name) => ({
    name,
    bytes: readFileSync(join(assets, name)),
  }));
  const js = files.filter((f) => f.name.endsWith('.js'));
  const sum = (list: typeof files, size: (b: Buffer) => number) =>
    list.reduce((total, f) => total + size(f.bytes), 0);
  return {
    jsFiles: js.length,
    jsKb: kb(sum(js, (b) => b.length)),
    jsGzipKb: kb(sum(js, (b) => gzipSync(b).length)),
    cssKb: kb(
      sum(
        files.filter((f) => f.name.endsWith('.css')),
        (b) => b.length,
      ),
    ),
  };
}
