/** Fetch wrappers for the statements-over-time endpoints. */
import type { CompareResponse, TimelineResponse } from '../../contract/positions';
import { getJson } from '../api';

export function fetchCompare(a: string[], b: string[], limit = 100): Promise<CompareResponse> {
  const query = new URLSearchParams({ a: a.join(','), b: b.join(','), limit: String(limit) });
  return getJson<CompareResponse>(`/api/compare?${query}`);
}

export function fetchTimeline(id: string, limit = 500): Promise<TimelineResponse> {
  return getJson<TimelineResponse>(`/api/timeline/${encodeURIComponent(id)}?limit=${limit}`);
}
