/** The console's calls to the server; an error keeps the server's code, message and position. */
import type { CypherResponse, CypherSchema, SavedQuery } from '../../server/cypher/types';
import type { ErrorBody } from '../../server/errors';

type Position = NonNullable<ErrorBody['error']['position']>;

export class ConsoleApiError extends Error {
  override name = 'ConsoleApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: Position,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ConsoleApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `${path}: HTTP ${response.status}`,
      error?.position,
    );
  }
  return body as T;
}

export function runCypher(query: string, params: Record<string, unknown>): Promise<CypherResponse> {
  return request<CypherResponse>('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
}

export async function fetchSavedQueries(): Promise<SavedQuery[]> {
  return (await request<{ queries: SavedQuery[] }>('/api/queries')).queries;
}

export function fetchSchema(): Promise<CypherSchema> {
  return request<CypherSchema>('/api/cypher/schema');
}
