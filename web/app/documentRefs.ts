/**
 * Titles and dates of the documents whose commitments are on screen, fetched per graph load in
 * the batches the server pre-computes for the first view: the whole list (10,000 documents) is
 * never loaded.
 */
import type { DocumentRef } from '../../contract/api';
import { DOCUMENT_IDS_PER_REQUEST, documentIdBatches } from '../../contract/firstView';
import { fetchDocuments } from '../api';

export function documentRefs() {
  const known = new Map<string, DocumentRef>();
  return {
    known,
    /** Fetches the documents of `docIds` not known yet. */
    async load(docIds: string[]): Promise<void> {
      for (const ids of documentIdBatches(docIds, (id) => known.has(id))) {
        const page = await fetchDocuments({ ids, limit: DOCUMENT_IDS_PER_REQUEST });
        for (const d of page.items) known.set(d.document.id, d.document);
      }
    },
  };
}
