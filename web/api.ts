/** Typed fetch wrappers for the server's API; errors carry the server's `{error: {code, message}}`. */
import type { ErrorBody } from '../server/errors';
import type { SerializedGraph } from '../server/types';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `${path}: HTTP ${response.status}`);
  }
  return body as T;
}

export function fetchGraph(params: { types?: string[]; docs?: string[]; limit?: number } = {}): Promise<SerializedGraph> {
  const query = new URLSearchParams();
  if (params.types?.length) query.set('types', params.types.join(','));
  if (params.docs?.length) query.set('docs', params.docs.join(','));
  if (params.limit) query.set('limit', String(params.limit));
  const suffix = query.size > 0 ? `?${query}` : '';
  return getJson<SerializedGraph>(`/api/graph${suffix}`);
}
