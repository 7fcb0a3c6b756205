/**
 * The persisted first view's bytes: the answers (cache key and JSON text) and the ingest version
 * they were computed at, as gzipped JSON with a SHA-256 of the gzipped bytes. Decoding checks
 * everything it can before a single answer is trusted: size, checksum, inflation (bounded, so a
 * crafted payload cannot inflate without limit), shape, version, and that each answer is JSON.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { messageOf } from '../../contract/errors';

/** Bumped when the payload's shape changes: an older server then recomputes instead. */
const SNAPSHOT_FORMAT = 1;
// The answers are JSON text, which gzip shrinks 4-8x: inflating beyond this is not a snapshot.
const MAX_INFLATION = 32;

export interface SnapshotAnswer {
  key: string;
  json: string;
}

export interface EncodedSnapshot {
  format: number;
  payload: Buffer;
  sha256: string;
  bytes: number;
}

/** A stored snapshot that cannot be used; the message says why (logged, then recomputed). */
class SnapshotRejectedError extends Error {
  override name = 'SnapshotRejectedError';
}

const Payload = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.string(),
  answers: z.array(z.object({ key: z.string().min(1), json: z.string().min(1) })).min(1),
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function encodeSnapshot(version: string, answers: SnapshotAnswer[]): EncodedSnapshot {
  const payload = gzipSync(JSON.stringify({ format: SNAPSHOT_FORMAT, version, answers }), {
    level: 6,
  });
  return { format: SNAPSHOT_FORMAT, payload, sha256: sha256(payload), bytes: payload.length };
}

/** The answers of a stored snapshot for `version`, or SnapshotRejectedError saying why not. */
export function decodeSnapshot(
  stored: { format: number; payload: Uint8Array; sha256: string },
  version: string,
  maxBytes: number,
): SnapshotAnswer[] {
  const reject = (why: string) => new SnapshotRejectedError(`snapshot ignored: ${why}`);
  if (stored.format !== SNAPSHOT_FORMAT)
    throw reject(`format ${stored.format}, this server reads ${SNAPSHOT_FORMAT}`);
  if (stored.payload.length > maxBytes)
    throw reject(`${stored.payload.length} bytes, over the cap of ${maxBytes}`);
  if (sha256(stored.payload) !== stored.sha256) throw reject('checksum mismatch (corrupt)');
  let text: string;
  try {
    text = gunzipSync(stored.payload, { maxOutputLength: maxBytes * MAX_INFLATION }).toString();
  } catch (error) {
    throw reject(`cannot inflate it (${messageOf(error)})`);
  }
  let parsed: z.infer<typeof Payload>;
  try {
    parsed = Payload.parse(JSON.parse(text));
  } catch (error) {
    throw reject(`not a snapshot (${messageOf(error).slice(0, 200)})`);
  }
  if (parsed.version !== version) throw reject('its answers are of another ingest version');
  for (const answer of parsed.answers) {
    try {
      JSON.parse(answer.json);
    } catch {
      throw reject(`the answer for ${answer.key.slice(0, 100)} is not JSON`);
    }
  }
  return parsed.answers;
}
