/** Typed fetch wrappers for the server's API; errors carry the server's `{error: {code, message}}`. */

import type {
  ConnectionsResponse,
  DocumentSummary,
  EntityCommitmentsPage,
  EntityDetail,
  ErrorBody,
  GraphResponse,
  Page,
  PathsResponse,
  SearchResponse,
} from '../contract/api';
import type { EntityType, Stance } from '../contract/vocabulary';
import { waitForDatabase } from './dbBanner';

export type { DocumentSummary };

type ErrorPosition = NonNullable<ErrorBody['error']['position']>;

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Where in a Cypher query the server found an error. */
    readonly position?: ErrorPosition,
  ) {
    super(message);
  }
}

/** 503 means the database is unavailable: wait (with the banner) until it is back, then retry. */
async function fetchWhenAvailable(path: string, init?: RequestInit): Promise<Response> {
  for (;;) {
    const response = await fetch(path, init);
    if (response.status !== 503) return response;
    await waitForDatabase(init?.signal);
  }
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetchWhenAvailable(path, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `${path}: HTTP ${response.status}`,
      error?.position,
    );
  }
  return body as T;
}

function withQuery(
  path: string,
  params: Record<string, string | number | string[] | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(','));
    } else query.set(key, String(value));
  }
  return query.size > 0 ? `${path}?${query}` : path;
}

export function fetchGraph(
  params: { types?: EntityType[]; docs?: string[]; stances?: Stance[]; limit?: number } = {},
): Promise<GraphResponse> {
  return getJson<GraphResponse>(withQuery('/api/graph', params));
}

export function searchEntities(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  return getJson<SearchResponse>(withQuery('/api/search', { q, limit: 8 }), { signal });
}

export function fetchEntity(id: string): Promise<EntityDetail> {
  return getJson<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
}

/** The next page of one stance's commitments in the entity panel. */
export function fetchEntityCommitments(
  id: string,
  stance: Stance,
  offset: number,
  limit = 20,
): Promise<EntityCommitmentsPage> {
  return getJson<EntityCommitmentsPage>(
    withQuery(`/api/entities/${encodeURIComponent(id)}/commitments`, { stance, offset, limit }),
  );
}

export function fetchConnections(
  id: string,
  types: EntityType[],
  hops: 1 | 2 = 2,
  range: { from: string | null; to: string | null; since: string | null } = {
    from: null,
    to: null,
    since: null,
  },
): Promise<ConnectionsResponse> {
  return getJson<ConnectionsResponse>(
    withQuery(`/api/connections/${encodeURIComponent(id)}`, {
      types,
      hops,
      from: range.from ?? undefined,
      to: range.to ?? undefined,
      since: range.since ?? undefined,
    }),
  );
}

export function fetchPaths(from: string, to: string): Promise<PathsResponse> {
  return getJson<PathsResponse>(withQuery('/api/paths', { from, to }));
}

/** A page of documents: found by `q` as the user types, or the ones named by `ids`. */
export function fetchDocuments(
  params: { q?: string; ids?: string[]; offset?: number; limit?: number } = {},
  signal?: AbortSignal,
): Promise<Page<DocumentSummary>> {
  return getJson<Page<DocumentSummary>>(withQuery('/api/documents', params), { signal });
}
