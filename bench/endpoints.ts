/**
 * The requests the explorer makes, with the hub entities of issue 13's acceptance (the United
 * States' panel and evidence pages, the DPRK's lens): what bench/load.ts puts under concurrent
 * clients and bench/scaleBench.ts times over a large store.
 */
export const EXPLORER_ENDPOINTS: Record<string, string> = {
  graph: '/api/graph',
  documents: '/api/documents',
  documentsSearch: '/api/documents?q=korea',
  entityUsa: '/api/entities/country%3Ausa',
  entityUsaEvidence: '/api/entities/country%3Ausa/commitments?stance=reaffirm&offset=20',
  entityPrk: '/api/entities/country%3Aprk',
  connections: '/api/connections/country%3Aprk?types=Topic,Program,Region&hops=2',
  paths: '/api/paths?from=country%3Ausa&to=country%3Aprk',
  search: '/api/search?q=north%20korea',
  health: '/api/health',
};
