/**
 * Loading modules compromise does not export from its own source files, for the fast paths
 * that reuse its internals (./fastMatch.ts, ./fastPreTagger.ts). Importing a source file by its
 * URL gives the very module instance compromise's ESM entry (src/three.js) imports, so what is
 * loaded shares its state.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A loader of whole modules (all their exports) from one folder of compromise's src/. */
export function compromiseModules(
  folder: string,
): (file: string) => Promise<Record<string, unknown>> {
  // The CommonJS entry is builds/three/…; the sources sit in src/ beside builds/.
  const entry = createRequire(import.meta.url).resolve('compromise');
  const root = join(dirname(entry), '../../src', folder);
  return async (file) =>
    (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
}

/** A loader of default exports from one folder of compromise's src/ (e.g. `1-one/match`). */
export function compromiseSource(folder: string): (file: string) => Promise<unknown> {
  const modules = compromiseModules(folder);
  return async (file) => (await modules(file)).default;
}
