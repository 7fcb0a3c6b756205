/** The queries this browser ran, newest first, in localStorage (never sent anywhere). */

export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
}

const KEY = 'communique.cypher.history';
const MAX_ENTRIES = 50;

export function readHistory(storage: Storage = localStorage): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is HistoryEntry =>
        typeof e?.query === 'string' && typeof e?.params === 'string' && typeof e?.at === 'string',
    );
  } catch {
    return []; // a corrupt entry must not break the console
  }
}

/** Adds a run to the front; the same query and parameters again move to the front. */
export function remember(
  entry: Omit<HistoryEntry, 'at'>,
  storage: Storage = localStorage,
): HistoryEntry[] {
  const rest = readHistory(storage).filter(
    (e) => e.query !== entry.query || e.params !== entry.params,
  );
  const next = [{ ...entry, at: new Date().toISOString() }, ...rest].slice(0, MAX_ENTRIES);
  try {
    storage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the history is a convenience, the run itself succeeded.
  }
  return next;
}
