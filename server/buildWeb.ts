/** Builds the web app with Vite when `dist/` is missing or older than a file under `web/`. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DIST_DIR = join(ROOT, 'dist');
const WATCHED = [
  'web',
  'contract',

  'vite.config.ts',
  'package-lock.json',
].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export async function buildWebIfStale(): Promise<boolean> {
  const index = join(DIST_DIR, 'index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    if (WATCHED.every((p) => !existsSync(p) || newestMtime(p) <= built)) return false;
  }
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
