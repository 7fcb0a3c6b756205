/**
 * The persisted first view's bytes (server/snapshot/codec.ts): what was encoded decodes to the
 * same answers, and every kind of damage is refused by name with its reason, never served.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../../server/snapshot/codec';

const VERSION = '{"versions":["a"],"documents":3}';
const ANSWERS = [
  { key: 'graph?{"limit":400}', json: '{"nodes":[{"key":"country:prk"}],"edges":[]}' },
  { key: 'documents?{"q":""}', json: '{"items":[],"total":0}' },
];
const CAP = 1024 * 1024;

/** A stored snapshot whose checksum matches its (possibly bad) bytes. */
function stored(payload: Buffer) {
  return { format: 1, payload, sha256: createHash('sha256').update(payload).digest('hex') };
}

function refusal(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the snapshot to be refused');
}

describe('the first-view snapshot codec', () => {
  it('decodes what it encoded, for the version it was encoded at', () => {
    const encoded = encodeSnapshot(VERSION, ANSWERS);
    expect(encoded.bytes).toBe(encoded.payload.length);
    expect(decodeSnapshot(encoded, VERSION, CAP)).toEqual(ANSWERS);
  });

  it.each([
    ['another format', () => ({ ...encodeSnapshot(VERSION, ANSWERS), format: 2 }), /format 2/],
    [
      'a flipped byte',
      () => {
        const good = encodeSnapshot(VERSION, ANSWERS);
        const payload = Buffer.from(good.payload);
        payload[20] = (payload[20] ?? 0) ^ 1;
        return { ...good, payload };
      },
      /checksum mismatch/,
    ],
    ['bytes that are not gzip', () => stored(Buffer.from('{"format":1}')), /cannot inflate/],
    ['gzip of something else', () => stored(gzipSync('[1,2,3]')), /not a snapshot/],
    [
      'no answers',
      () => stored(gzipSync(JSON.stringify({ format: 1, version: VERSION, answers: [] }))),
      /not a snapshot/,
    ],
    [
      'answers of another version',
      () => encodeSnapshot('{"versions":["b"]}', ANSWERS),
      /another ingest version/,
    ],
    [
      'an answer that is not JSON',
      () => encodeSnapshot(VERSION, [{ key: 'graph?{}', json: '{"nodes":[' }]),
      /answer for graph\?\{\} is not JSON/,
    ],
  ])('refuses %s', (_, make, why) => {
    const error = refusal(() => decodeSnapshot(make(), VERSION, CAP));
    expect(error.name).toBe('SnapshotRejectedError');
    expect(error.message).toMatch(why);
  });

  it('refuses a payload over the cap, and one that would inflate far beyond it', () => {
    const encoded = encodeSnapshot(VERSION, ANSWERS);
    expect(refusal(() => decodeSnapshot(encoded, VERSION, encoded.bytes - 1)).message).toMatch(
      /over the cap/,
    );
    // Highly compressible: small when stored, 1 MB once inflated.
    const bomb = stored(gzipSync(' '.repeat(1024 * 1024)));
    expect(bomb.payload.length).toBeLessThan(4096);
    expect(refusal(() => decodeSnapshot(bomb, VERSION, 4096)).message).toMatch(/cannot inflate/);
  });
});
