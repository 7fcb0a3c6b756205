/**
 * Groups extracted documents into load batches: several small documents per transaction (fewer
 * round trips and commits), bounded in documents and rows so a transaction stays small, and never
 * the same document id twice in one batch (two files may name the same document).
 */
import type { Extraction } from '../../contract/extraction';

export interface Planned {
  path: string;
  extraction: Extraction;
}

export const MAX_DOCUMENTS_PER_BATCH = 100;
const MAX_ROWS_PER_BATCH = 40_000;

function rowsOf(x: Extraction): number {
  const links = x.commitments.reduce(
    (n, c) => n + c.actors.length + c.about.length + c.targets.length,
    0,
  );
  return (
    x.sentences.length +
    x.entities.length * 2 +
    x.mentions.length +
    x.commitments.length +
    links +
    x.relations.length * 2
  );
}

export function planBatches(
  items: Planned[],
  maxDocuments = MAX_DOCUMENTS_PER_BATCH,
  maxRows = MAX_ROWS_PER_BATCH,
): Planned[][] {
  const batches: Planned[][] = [];
  let current: Planned[] = [];
  let rows = 0;
  let ids = new Set<string>();
  for (const item of items) {
    const id = item.extraction.documents[0]?.id ?? '';
    const size = rowsOf(item.extraction);
    if (
      current.length > 0 &&
      (current.length >= maxDocuments || rows + size > maxRows || ids.has(id))
    ) {
      batches.push(current);
      current = [];
      rows = 0;
      ids = new Set();
    }
    current.push(item);
    rows += size;
    ids.add(id);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
