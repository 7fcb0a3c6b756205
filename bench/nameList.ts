/** A list file of document basenames, one per line (the proxy's recent holdouts, a sample). */
import { readFileSync } from 'node:fs';

export function readNameList(path: string | undefined): Set<string> | undefined {
  if (!path) return undefined;
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}
