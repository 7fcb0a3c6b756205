/**
 * What the explorer shows on an empty URL, shared by the web app (its defaults) and the server
 * (which pre-computes exactly those answers at start and after each ingest).
 */
import type { EntityType } from './vocabulary';

/** The Connections tab's entity when the URL names none. */
export const DEFAULT_LENS = 'country:prk';
// Instruments included: UN Security Council resolutions are the most-linked thing in the corpus.
export const DEFAULT_LENS_TYPES: EntityType[] = ['Topic', 'Program', 'Region', 'Instrument'];
/** The lens's reach: connections up to two hops away. */
export const DEFAULT_LENS_HOPS = 2;
/** The document filter's page: its first (an empty search) is on the first screen. */
export const DOCUMENT_FILTER_PAGE = 20;
/** How many documents the explorer asks for at once by id (the API's maximum page). */
export const DOCUMENT_IDS_PER_REQUEST = 500;

/**
 * The documents the explorer fetches for a graph's commitments (titles and dates): their ids in
 * first-seen order, the known ones left out, in batches of one request each. The server warms
 * the same requests, so the order here is the cache's key.
 */
export function documentIdBatches(
  docIds: Iterable<string>,
  known: (id: string) => boolean = () => false,
): string[][] {
  const missing = [...new Set(docIds)].filter((id) => id && !known(id));
  const batches: string[][] = [];
  for (let i = 0; i < missing.length; i += DOCUMENT_IDS_PER_REQUEST)
    batches.push(missing.slice(i, i + DOCUMENT_IDS_PER_REQUEST));
  return batches;
}
