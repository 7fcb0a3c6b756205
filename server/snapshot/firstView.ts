/**
 * The pre-warm's side of the persisted first view (server/prewarm.ts): before warming, the
 * answers stored for the current ingest version go into the answer cache; after a warm that had
 * to compute, the answers it asked for are stored for the next start or the next replica.
 * Each returns what it did as a phrase for the pre-warm's log line; neither throws, since a
 * snapshot is only ever a shortcut to answers the server can compute.
 */
import type { FastifyInstance } from 'fastify';
import { messageOf } from '../../contract/errors';
import { cacheFor } from '../cache';
import { fetchSnapshot, useSnapshot, writeSnapshot } from './store';

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

type Fetched = Awaited<ReturnType<typeof fetchSnapshot>>;

/**
 * Sends the snapshot's read (before the version is known, so that both reads can go out at
 * once); resolves with the row or the read's error, never rejects.
 */
export function fetchFirstView(app: FastifyInstance): Promise<Fetched | Error> {
  const maxBytes = app.config.FIRST_VIEW_SNAPSHOT_MAX_BYTES;
  if (maxBytes === 0) return Promise.resolve(undefined);
  return fetchSnapshot(app.db, maxBytes).catch((error: unknown) =>
    error instanceof Error ? error : new Error(messageOf(error)),
  );
}

/** Puts the fetched snapshot into the app's cache if it is for `version`; its keys and why (not). */
export async function restoreFirstView(
  app: FastifyInstance,
  version: string,
  fetched: Promise<Fetched | Error>,
): Promise<{ keys: string[]; note: string }> {
  const maxBytes = app.config.FIRST_VIEW_SNAPSHOT_MAX_BYTES;
  if (maxBytes === 0) return { keys: [], note: 'snapshots off' };
  const row = await fetched;
  if (row instanceof Error) return { keys: [], note: `snapshot not read: ${row.message}` };
  try {
    const read = useSnapshot(row, version, maxBytes);
    if ('reason' in read) return { keys: [], note: read.reason };
    const keys = cacheFor(app.db).restore(version, read.answers);
    return { keys: read.answers.map((a) => a.key), note: `${keys.length} restored from snapshot` };
  } catch (error) {
    return { keys: [], note: `snapshot not read: ${messageOf(error)}` };
  }
}

/** Stores the cache's answers for `keys` at `version` as the snapshot; what happened. */
export async function persistFirstView(
  app: FastifyInstance,
  version: string,
  keys: string[],
): Promise<string> {
  const maxBytes = app.config.FIRST_VIEW_SNAPSHOT_MAX_BYTES;
  if (maxBytes === 0) return 'not stored (snapshots off)';
  const cache = cacheFor(app.db);
  try {
    // Answers computed across an ingest would mix two versions under one: not worth keeping.
    if ((await cache.version()) !== version) return 'not stored: an ingest ran meanwhile';
    const answers = keys.map((key) => cache.kept(key, version));
    const kept = answers.filter((a) => a !== undefined);
    if (kept.length !== keys.length) return 'not stored: an answer left the cache meanwhile';
    const { stored, bytes } = await writeSnapshot(
      app.db,
      version,
      kept.map(({ key, json }) => ({ key, json })),
      maxBytes,
    );
    return stored
      ? `stored as snapshot (${kB(bytes)})`
      : `not stored: ${bytes} bytes, over FIRST_VIEW_SNAPSHOT_MAX_BYTES (${maxBytes})`;
  } catch (error) {
    return `not stored: ${messageOf(error)}`;
  }
}
