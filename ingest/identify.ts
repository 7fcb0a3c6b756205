/**
 * Which statement each file is, before anything is extracted: its document id by the one rule
 * of ids.ts (date + normalised title), its bytes' hash (for "unchanged?") and a fingerprint of
 * its words (for "the same text?"). Two files of one run with the same id are the same statement
 * when their words agree (a hand-made .txt and the archive's .md): the later one is a duplicate
 * and is not loaded. When their words differ, they are two statements that share a date and a
 * title (5 of the archive's 6,909 do): the later one is refused with a DuplicateDocumentError
 * rather than silently replacing the first.
 */
import { createHash } from 'node:crypto';
import { InputError } from './errors';
import { documentIdOf } from './ids';
import { normalise } from './normalise';
import { readDocument } from './read';

class DuplicateDocumentError extends InputError {
  override name = 'DuplicateDocumentError';
  constructor(path: string, id: string, first: string) {
    super(
      path,
      `ingest: ${path} has the same date and title as ${first} (document ${id}) but a different text; give one of them a distinct title line, or load them in separate runs if one replaces the other.`,
    );
  }
}

export interface Identified {
  path: string;
  /** Undefined when the file cannot be read (the extraction step reports why). */
  id?: string;
  sha?: string;
  /** The earlier file of this run that is the same statement. */
  duplicateOf?: string;
  error?: DuplicateDocumentError;
}

/** Letters and digits of the normalised body, lowercased: typography and layout do not count. */
function wordsFingerprint(body: string): string {
  const words = normalise(body)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('hex');
}

export async function identifyFiles(paths: readonly string[]): Promise<Identified[]> {
  const first = new Map<string, { path: string; words: string }>();
  const out: Identified[] = [];
  for (const path of paths) {
    let doc: Awaited<ReturnType<typeof readDocument>>;
    try {
      doc = await readDocument(path);
    } catch {
      out.push({ path });
      continue;
    }
    const id = documentIdOf(doc);
    const words = wordsFingerprint(doc.body);
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, { path, words });
      out.push({ path, id, sha: doc.sha256 });
    } else if (earlier.words === words) {
      out.push({ path, id, sha: doc.sha256, duplicateOf: earlier.path });
    } else {
      out.push({ path, id, error: new DuplicateDocumentError(path, id, earlier.path) });
    }
  }
  return out;
}
