/**
 * An ingest's extractFn that extracts each file once per test file: for the suites about loading
 * (concurrent loaders, a rerun after a crash, a clean run to compare with), where the same files
 * go through ingestFiles several times and extracting them again would only repeat the same work.
 */
import type { Extraction } from '../../contract/extraction';
import { type ExtractFn, extractSequentially } from '../../ingest/ingestFiles';

export function extractingOnce(): ExtractFn {
  const cache = new Map<string, Extraction | Error>();
  return async (paths) => {
    const missing = paths.filter((p) => !cache.has(p));
    const fresh = await extractSequentially(missing);
    for (const [i, p] of missing.entries()) cache.set(p, fresh[i] as Extraction | Error);
    return paths.map((p) => cache.get(p) as Extraction | Error);
  };
}
