/**
 * The real corpus for the benchmark: 6,909 White House statements (2021–2025, CC0 / public
 * domain; see data/corpus-wh/README.md), kept in the repository as one .tar.xz and unpacked on
 * first use into the git-ignored bench/real/. `tsx bench/realArchive.ts` just unpacks it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const ARCHIVE_NAME = 'wh-statements-2021-2025.tar.xz';
/** The repository's copy first; the shared folder beside the checkout as a fallback. */
export const ARCHIVE_CANDIDATES = [
  join(ROOT, 'data/corpus-wh', ARCHIVE_NAME),
  join(ROOT, '../shared/corpus-wh', ARCHIVE_NAME),
];
export const REAL_DIR = join(ROOT, 'bench/real');
const STAMP = join(REAL_DIR, '.unpacked');

export class ArchiveMissingError extends Error {
  override name = 'ArchiveMissingError';
}

/** Unpacks the archive once (a stamp file marks a complete unpack); returns the folder. */
export async function unpackRealArchive(): Promise<string> {
  if (existsSync(STAMP)) return REAL_DIR;
  const archive = ARCHIVE_CANDIDATES.find((path) => existsSync(path));
  if (!archive) {
    throw new ArchiveMissingError(
      `bench: the real archive is missing (looked for ${ARCHIVE_CANDIDATES.join(', ')}); restore data/corpus-wh/${ARCHIVE_NAME} from git.`,
    );
  }
  rmSync(REAL_DIR, { recursive: true, force: true });
  mkdirSync(REAL_DIR, { recursive: true });
  await promisify(execFile)('tar', ['-xJf', archive, '-C', REAL_DIR]);
  writeFileSync(STAMP, `${archive}\n`);
  return REAL_DIR;
}

/** Every statement of the unpacked archive (it nests folders by kind and month), sorted. */
export function realArchiveFiles(dir = REAL_DIR): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = await unpackRealArchive();
  console.log(`${realArchiveFiles(dir).length} statements in ${dir}`);
}
