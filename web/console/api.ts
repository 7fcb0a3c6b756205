/** The console's calls to the server; errors are the app's ApiError, with Cypher positions. */
import type { CypherResponse, CypherSchema, SavedQuery } from '../../contract/console';
import { getJson } from '../api';

export function runCypher(query: string, params: Record<string, unknown>): Promise<CypherResponse> {
  return getJson<CypherResponse>('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
}

export async function fetchSavedQueries(): Promise<SavedQuery[]> {
  return (await getJson<{ queries: SavedQuery[] }>('/api/queries')).queries;
}

export function fetchSchema(): Promise<CypherSchema> {
  return getJson<CypherSchema>('/api/cypher/schema');
}
