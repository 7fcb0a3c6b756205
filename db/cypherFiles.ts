/**
 * Cypher lives in `cypher/*.cypher`; code loads it from there so the analysts' copy and the
 * program's copy are one. Files may hold several `;`-terminated statements and `//` comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CYPHER_DIR = new URL('../cypher/', import.meta.url).pathname;
const cache = new Map<string, string[]>();

export class CypherFileError extends Error {
  override name = 'CypherFileError';
}

/** Splits a Cypher file into statements, dropping comment-only lines and blank statements. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The statements of `cypher/<name>.cypher` (e.g. `load/upsertEntities`), cached. */
export function cypherStatements(name: string): string[] {
  let statements = cache.get(name);
  if (!statements) {
    const path = join(CYPHER_DIR, `${name}.cypher`);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      throw new CypherFileError(
        `cypher: no file ${path}; every query the code runs lives in cypher/.`,
      );
    }
    statements = splitStatements(source);
    cache.set(name, statements);
  }
  return statements;
}

/** The single statement of `cypher/<name>.cypher`. */
export function cypher(name: string): string {
  const statements = cypherStatements(name);
  if (statements.length !== 1 || !statements[0]) {
    throw new CypherFileError(
      `cypher: ${name}.cypher must hold exactly one statement, has ${statements.length}.`,
    );
  }
  return statements[0];
}
