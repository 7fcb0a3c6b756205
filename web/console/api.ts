/** The console's calls to the server; errors are the app's ApiError, with Cypher positions. */
import type { CypherResponse, CypherSchema, SavedQuery } from '../../contract/console';
import { getJson } from '../api';
import { cypherShape, savedQueriesShape, schemaShape } from '../apiShapes';

export function runCypher(query: string, params: Record<string, unknown>): Promise<CypherResponse> {
  return getJson('/api/cypher', cypherShape, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
}

export async function fetchSavedQueries(): Promise<SavedQuery[]> {
  return (await getJson('/api/queries', savedQueriesShape)).queries;
}

export function fetchSchema(): Promise<CypherSchema> {
  return getJson('/api/cypher/schema', schemaShape);
}
