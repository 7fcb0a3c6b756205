/** Deterministic ids: the same thing in the same document gets the same id on every run. */
import { remember } from './boundedMemo';

/** Lowercase ASCII slug: "Trilateral Coordinating Secretariat" → "trilateral-coordinating-secretariat". */
/**
 * Slugs already made: every candidate name and topic phrase of a statement gets an id through
 * here, the same names again and again ("Japan", "denuclearization"), and the six passes over
 * each (NFKD first) were half a percent of extraction. A slug depends on its text alone. Cleared
 * when large so a long ingest does not grow it without end.
 */
const slugs = new Map<string, string>();

export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’']/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9+]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/\+/g, 'plus');
    remember(slugs, text, slug);
  }
  return slug;
}

/** Longest title slug kept in a document key, cut at a word boundary (ids stay readable). */
const MAX_TITLE_SLUG = 80;

function shortSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_TITLE_SLUG) return slug;
  const cut = slug.slice(0, MAX_TITLE_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_TITLE_SLUG);
}

/**
 * THE document-id rule (the one place it is written; the extractor and the ingest's "unchanged?"
 * check both call it). A statement is identified by what it is, not by the file it came in:
 * its date and its normalised title, "2021-04-02-united-states-japan-republic-of-korea-…". So
 * the same statement saved twice (a hand-made .txt and the archive's .md) is one document, and a
 * file corrected in place keeps its id (so it replaces its old version). Without a date or a
 * title (or a title with no Latin letters), the file name is the key, whitespace made "-" and
 * every other character (non-ASCII too) kept, so "Déclaration commune 2024.txt" →
 * "Déclaration-commune-2024".
 */
export function documentKey(doc: { basename: string; title?: string; date?: string }): string {
  const date = doc.date && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? doc.date : undefined;
  const title = doc.title ? shortSlug(doc.title) : '';
  if (date && title) return `${date}-${title}`;
  return doc.basename.normalize('NFC').trim().replace(/\s+/g, '-');
}

export const docId = (key: string) => `doc:${key}`;

/** The document id of a read document (see `documentKey`). */
export const documentIdOf = (doc: { basename: string; title?: string; date?: string }) =>
  docId(documentKey(doc));

export const sentenceId = (key: string, index: number) => `sentence:${key}:${index}`;

/** The sentence's position in its document, read back from its id (which ends in `:index`). */
export const sentenceIndexOf = (id: string): number => Number(id.slice(id.lastIndexOf(':') + 1));
export const commitmentId = (key: string, sentenceIndex: number, k: number) =>
  `commitment:${key}:${sentenceIndex}:${k}`;
