/**
 * Expands the ingest's FILE|DIR arguments into document paths. Folders are read one level deep,
 * in name order, keeping the formats there are adapters for; a folder's README describes the
 * folder and is not a statement.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.text', '.html', '.htm', '.pdf'];

export function listDocumentFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // Not there: keep it, so the reader reports it as unreadable with its name.
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    for (const name of readdirSync(arg).sort()) {
      if (/^readme\./i.test(name) || !DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase()))
        continue;
      if (statSync(join(arg, name)).isFile()) files.push(join(arg, name));
    }
  }
  return files;
}
