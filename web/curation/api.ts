/** The curation API: the review list, and the writes (which carry the curation header). */
import {
  CURATION_HEADER,
  type Override,
  type OverrideRequest,
  type OverridesPage,
} from '../../contract/curation';
import { getJson } from '../api';
import { overrideShape, overridesPageShape } from '../apiShapes';

const ANALYST_KEY = 'communique.analyst';

/** The analyst's name, as they last gave it (kept in this browser only). */
export function analystName(): string {
  try {
    return localStorage.getItem(ANALYST_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberAnalyst(name: string): void {
  try {
    localStorage.setItem(ANALYST_KEY, name);
  } catch {
    // Private mode without storage: the name is asked again next time.
  }
}

const writeInit = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', [CURATION_HEADER]: '1' },
  body: JSON.stringify(body),
});

export function fetchOverrides(): Promise<OverridesPage> {
  return getJson('/api/overrides?undone=1&limit=200', overridesPageShape);
}

export function postOverride(request: OverrideRequest): Promise<Override> {
  return getJson('/api/overrides', overrideShape, writeInit(request));
}

export function postUndo(id: string, author: string, reason: string): Promise<Override> {
  return getJson(
    `/api/overrides/${encodeURIComponent(id)}/undo`,
    overrideShape,
    writeInit({ author, reason }),
  );
}
