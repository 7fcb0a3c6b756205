/**
 * Loading modules compromise does not export from its own source files, for the fast paths
 * that reuse its internals (./fastMatch.ts, ./fastPreTagger.ts). Importing a source file by its
 * URL gives the very module instance compromise's ESM entry (src/three.js) imports, so what is
 * loaded shares its state.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';

/**
 * Whether the installed compromise is the version every fast path here was written against and
 * checked on (its tests compare each with compromise's own code). On any other version the fast
 * paths stay off and compromise's own code runs.
 */
export const ON_WRITTEN_VERSION = nlp.version === '14.17.0';

/**
 * A fast path's compromise internals, or undefined (compromise's own code runs) on another
 * version or when a file moved.
 */
export async function compromiseInternals<T>(load: () => Promise<T>): Promise<T | undefined> {
  if (!ON_WRITTEN_VERSION) return undefined;
  try {
    return await load();
  } catch {
    return undefined;
  }
}

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
