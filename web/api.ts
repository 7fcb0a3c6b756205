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
import {
  connectionsShape,
  documentsShape,
  entityCommitmentsShape,
  entityShape,
  errorShape,
  graphShape,
  pathsShape,
  searchShape,
} from './apiShapes';
import { showBanner } from './banner';
import { waitForDatabase } from './dbBanner';
import type { Shape } from './shape';

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

/**
 * The server answered, but not in the shape this page reads: most likely the page and the server
 * are from different versions. Said once in a banner, and thrown so the view that asked shows it.
 */
export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswerError';
  constructor(
    readonly path: string,
    /** The first property that is off, e.g. `answer.nodes[3].key: expected a string, got null`. */
    readonly problem: string,
  ) {
    super(
      `The server's answer to ${path} is not what this page expects (${problem}). Reload the page; if it persists, the page and the server are from different versions.`,
    );
  }
}

/** Checks a parsed answer against what the page reads from it; throws UnexpectedAnswerError. */
export function checkAnswer<T>(path: string, body: unknown, shape: Shape<T>): T {
  const problem = shape.problem(body, 'answer');
  if (problem) throw new UnexpectedAnswerError(path.split('?')[0] ?? path, problem);
  return body as T;
}

/** 503 means the database is unavailable: wait (with the banner) until it is back, then retry. */
async function fetchWhenAvailable(path: string, init?: RequestInit): Promise<Response> {
  for (;;) {
    const response = await fetch(path, init);
    if (response.status !== 503) return response;
    await waitForDatabase(init?.signal);
  }
}

export async function getJson<T>(path: string, shape: Shape<T>, init?: RequestInit): Promise<T> {
  const response = await fetchWhenAvailable(path, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // An error answer that is not `{error: {code, message}}` (a proxy's page, say) still says its status.
    const error = errorShape.problem(body, 'answer') ? undefined : (body as ErrorBody).error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `${path}: HTTP ${response.status}`,
      error?.position,
    );
  }
  try {
    return checkAnswer(path, body, shape);
  } catch (error) {
    if (error instanceof UnexpectedAnswerError)
      showBanner('unexpected-answer-banner', error.message, '#7a4a00');
    throw error;
  }
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
  return getJson(withQuery('/api/graph', params), graphShape);
}

export function searchEntities(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  return getJson(withQuery('/api/search', { q, limit: 8 }), searchShape, { signal });
}

export function fetchEntity(id: string): Promise<EntityDetail> {
  return getJson(`/api/entities/${encodeURIComponent(id)}`, entityShape);
}

/** The next page of one stance's commitments in the entity panel. */
export function fetchEntityCommitments(
  id: string,
  stance: Stance,
  offset: number,
  limit = 20,
): Promise<EntityCommitmentsPage> {
  return getJson(
    withQuery(`/api/entities/${encodeURIComponent(id)}/commitments`, { stance, offset, limit }),
    entityCommitmentsShape,
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
  return getJson(
    withQuery(`/api/connections/${encodeURIComponent(id)}`, {
      types,
      hops,
      from: range.from ?? undefined,
      to: range.to ?? undefined,
      since: range.since ?? undefined,
    }),
    connectionsShape,
  );
}

export function fetchPaths(from: string, to: string): Promise<PathsResponse> {
  return getJson(withQuery('/api/paths', { from, to }), pathsShape);
}

/** A page of documents: found by `q` as the user types, or the ones named by `ids`. */
export function fetchDocuments(
  params: { q?: string; ids?: string[]; offset?: number; limit?: number } = {},
  signal?: AbortSignal,
): Promise<Page<DocumentSummary>> {
  return getJson(withQuery('/api/documents', params), documentsShape, { signal });
}
