/** Fetch wrappers for the statements-over-time endpoints. */
import type { CompareResponse, TimelineResponse } from '../../contract/positions';
import { getJson } from '../api';
import { compareShape, timelineShape } from '../apiShapes';

export function fetchCompare(a: string[], b: string[], limit = 100): Promise<CompareResponse> {
  const query = new URLSearchParams({ a: a.join(','), b: b.join(','), limit: String(limit) });
  return getJson(`/api/compare?${query}`, compareShape);
}

export function fetchTimeline(id: string, limit = 500): Promise<TimelineResponse> {
  return getJson(`/api/timeline/${encodeURIComponent(id)}?limit=${limit}`, timelineShape);
}
