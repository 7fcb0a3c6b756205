import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../contract/extraction';
import {
  closeExtractPools,
  extractInParallel,
  WorkerCrashError,
  WorkerPoolError,
} from '../../../ingest/parallel/extractPool';

const CORPUS = join(import.meta.dirname, '../../../data/corpus');
const FILES = [
  '2021-04-02-us-japan-rok-trilateral-nsa-press-statement.txt',
  '2023-01-13-us-japan-joint-statement.txt',
  '2025-09-22-us-japan-rok-trilateral-new-york.txt',
].map((file) => join(CORPUS, file));

/** A stand-in worker (plain JS, as a data: URL) whose behaviour depends on the path it gets. */
function stubWorker(source: string): URL {
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

const ECHO_OR_CRASH = stubWorker(`
  import { parentPort } from 'node:worker_threads';
  parentPort.on('message', ({ id, path }) => {
    if (path.includes('crash')) process.exit(3);
    parentPort.postMessage({ kind: 'result', id, ok: true, extraction: { documents: [{ id: 'doc:' + path }] } });
  });
  parentPort.postMessage({ kind: 'ready' });
`);

const THREAD_ID = stubWorker(`
  import { parentPort, threadId } from 'node:worker_threads';
  parentPort.on('message', ({ id }) => {
    parentPort.postMessage({ kind: 'result', id, ok: true, extraction: { documents: [{ id: 'doc:' + threadId }] } });
  });
  parentPort.postMessage({ kind: 'ready' });
`);

const firstDocId = (result: Extraction | Error | undefined) =>
  result instanceof Error ? result.message : result?.documents[0]?.id;

describe('extractInParallel', () => {
  afterAll(() => closeExtractPools());

  it('gives the same extractions, in input order, with 1 and 2 workers', async () => {
    const one = await extractInParallel(FILES, 1);
    const two = await extractInParallel(FILES, 2);
    for (const result of [...one, ...two]) expect(result).not.toBeInstanceOf(Error);
    expect(two).toEqual(one);
    const titles = (one as Extraction[]).map((x) => x.documents[0]?.title);
    expect(titles[0]).toMatch(/National Security Advisors/);
    expect(titles[2]).toMatch(/New York City/);
    expect((one as Extraction[]).every((x) => x.commitments.length > 0)).toBe(true);
  }, 60_000);

  it('returns the error of a bad file in its place and extracts the others', async () => {
    const paths = [FILES[0] as string, join(CORPUS, 'does-not-exist.txt')];
    const [good, bad] = await extractInParallel(paths, 2);
    expect(good).not.toBeInstanceOf(Error);
    expect(bad).toBeInstanceOf(Error);
    expect((bad as Error).message).toContain('does-not-exist.txt');
  }, 60_000);

  it('reports a worker crash on its file and carries on with a new worker', async () => {
    const paths = ['a.txt', 'crash.txt', 'b.txt', 'c.txt'];
    const results = await extractInParallel(paths, 2, { workerUrl: ECHO_OR_CRASH });
    expect(results[1]).toBeInstanceOf(WorkerCrashError);
    expect(
      results.filter((r) => !(r instanceof Error)).map((r) => (r as Extraction).documents[0]?.id),
    ).toEqual(['doc:a.txt', 'doc:b.txt', 'doc:c.txt']);
  }, 60_000);

  it('hands the file queued behind a crash to a new worker, not to the crash', async () => {
    // One worker holds both files (the next is sent ahead); only the first was being extracted.
    const results = await extractInParallel(['crash.txt', 'b.txt'], 1, {
      workerUrl: ECHO_OR_CRASH,
    });
    expect(results[0]).toBeInstanceOf(WorkerCrashError);
    expect(firstDocId(results[1])).toBe('doc:b.txt');
  }, 60_000);

  it('fails as a whole when workers cannot start', async () => {
    const broken = stubWorker(`throw new Error('no loader');`);
    await expect(
      extractInParallel(['a.txt', 'b.txt', 'c.txt'], 2, { workerUrl: broken }),
    ).rejects.toBeInstanceOf(WorkerPoolError);
  }, 60_000);

  it('rejects a job count below 1 and returns nothing for no paths', async () => {
    await expect(extractInParallel(FILES, 0)).rejects.toBeInstanceOf(RangeError);
    expect(await extractInParallel([], 2)).toEqual([]);
  });

  it('keeps its workers between calls until the pools are closed', async () => {
    const first = firstDocId((await extractInParallel(['a.txt'], 1, { workerUrl: THREAD_ID }))[0]);
    const again = firstDocId((await extractInParallel(['b.txt'], 1, { workerUrl: THREAD_ID }))[0]);
    expect(again).toBe(first);
    await closeExtractPools();
    const fresh = firstDocId((await extractInParallel(['c.txt'], 1, { workerUrl: THREAD_ID }))[0]);
    expect(fresh).toMatch(/^doc:\d+$/);
    expect(fresh).not.toBe(first);
  }, 60_000);
});
