/**
 * `extractInParallel(paths, jobs)`: reads and extracts files on `jobs` worker threads. Results
 * come back in the order of `paths`, one per file: an Extraction, or the Error of that file
 * (the same shape as `extractSequentially` in ../ingestFiles.ts, so the ingest can swap them).
 * Files are handed out as workers free up, so a long statement does not hold back a batch; each
 * worker holds the file it extracts and the next one (AHEAD), whose read overlaps the extraction
 * and which is there the moment the first is done, instead of waiting a round trip through this
 * thread (which first takes the finished extraction off the wire).
 *
 * Workers outlive a call: the ingest extracts in chunks, and starting a worker costs a second or
 * more (tsx compiles the extractor in each), so one pool per job count is kept, idle workers
 * `unref`'d so they never keep the process alive. `closeExtractPools()` ends them explicitly.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messageOf } from '../../contract/errors';
import type { Extraction } from '../../contract/extraction';
import type { ExtractReply, SerializedError } from './protocol';

/** A file's extraction failed inside a worker; `name` keeps the original error's name. */
class WorkerTaskError extends Error {
  override name = 'WorkerTaskError';
  readonly path: string;
  constructor(path: string, remote: SerializedError) {
    super(remote.message);
    this.path = path;
    // Callers tell input errors apart by name (EmptyInputError, …): keep it across the thread.
    this.name = remote.name;
    if (remote.stack) this.stack = remote.stack;
  }
}

/**
 * Extraction allocates many short-lived objects (compromise's terms and views): a larger young
 * generation lets more of them die before a scavenge, so less CPU goes to the garbage collector
 * (about 10% of extract() in a profile). Over five alternating 1,000-document runs on an idle
 * machine: 33.5k → 37.9k words/CPU-s (medians), peak RSS no higher. 64 → 192 MB (session 20):
 * a document's objects rarely outlive a scavenge now, so fewer reach the old generation: in one
 * process, 300 warm documents took ×0.95 the CPU-seconds (geometric mean of 4 alternated pairs,
 * ×0.92–1.02), and alternated bench runs kept peak RSS lower in every round (495–558 MB against 591–678).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

/** A worker died (crash, out of memory) while extracting this file. */
export class WorkerCrashError extends Error {
  override name = 'WorkerCrashError';
  readonly path: string;
  constructor(path: string, cause: unknown) {
    super(`ingest: the extraction worker died while extracting ${path}: ${messageOf(cause)}`, {
      cause,
    });
    this.path = path;
  }
}

/** The pool cannot run at all (a worker died loading its modules, e.g. a syntax error). */
export class WorkerPoolError extends Error {
  override name = 'WorkerPoolError';
}

const WORKER_URL = new URL('./extractWorker.ts', import.meta.url);

/**
 * Worker source that registers tsx inside the worker, then loads the worker module. Passing
 * `execArgv: ['--import', 'tsx']` is not enough on Node 20: the loader hooks it installs do not
 * apply to the worker's own imports ("Unknown file extension .ts"); `register()` from
 * `tsx/esm/api` called in the worker does, on Node 20 and 22 alike.
 */
function bootstrapSource(workerUrl: URL): string {
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
}

interface Task {
  readonly id: number;
  readonly path: string;
  readonly settle: (result: Extraction | Error) => void;
  readonly fail: (error: Error) => void;
}

/** Files sent to one worker before its first reply: the one it extracts, and the next. */
const AHEAD = 2;

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Sent, not answered, oldest first: the worker extracts them in this order (extractWorker.ts). */
  sent: Task[];
}

/** A fixed number of workers sharing one queue of files. */
class ExtractPool {
  private readonly source: string;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private broken: Error | undefined;

  constructor(
    readonly jobs: number,
    workerUrl: URL = WORKER_URL,
  ) {
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new RangeError(`extract pool: jobs must be a whole number ≥ 1, got ${jobs}`);
    }
    this.source = bootstrapSource(workerUrl);
  }

  /** Extracts `paths`; one result per path, in order. Rejects only if the pool cannot run. */
  run(paths: readonly string[]): Promise<(Extraction | Error)[]> {
    if (this.broken) return Promise.reject(this.broken);
    const results = paths.map(
      (path) =>
        new Promise<Extraction | Error>((settle, fail) => {
          this.queue.push({ id: this.nextId++, path, settle, fail });
        }),
    );
    while (this.slots.size < this.jobs) this.spawn();
    for (const slot of this.slots) {
      slot.worker.ref();
      this.dispatch(slot);
    }
    return Promise.all(results);
  }

  async close(): Promise<void> {
    const workers = [...this.slots].map((slot) => slot.worker);
    this.slots.clear();
    this.failAll(new WorkerPoolError('ingest: the extraction pool was closed'));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private spawn(): void {
    const slot: Slot = {
      worker: new Worker(this.source, { eval: true, resourceLimits: WORKER_LIMITS }),
      ready: false,
      dead: false,
      sent: [],
    };
    this.slots.add(slot);
    slot.worker.on('message', (reply: ExtractReply) => {
      if (reply.kind === 'ready') {
        slot.ready = true;
      } else {
        const at = slot.sent.findIndex((task) => task.id === reply.id);
        if (at < 0) return;
        const [task] = slot.sent.splice(at, 1);
        task!.settle(reply.ok ? reply.extraction : new WorkerTaskError(task!.path, reply.error));
      }
      this.dispatch(slot);
    });
    slot.worker.on('error', (error) => this.died(slot, error));
    slot.worker.on('exit', (code) => this.died(slot, new Error(`worker exited with code ${code}`)));
  }

  private dispatch(slot: Slot): void {
    if (!slot.ready || slot.dead) return;
    while (slot.sent.length < AHEAD) {
      const task = this.queue.shift();
      if (!task) {
        // Idle: let the process exit if nobody asks for more work.
        if (slot.sent.length === 0) slot.worker.unref();
        return;
      }
      slot.sent.push(task);
      slot.worker.postMessage({ id: task.id, path: task.path });
    }
  }

  private died(slot: Slot, cause: unknown): void {
    if (slot.dead) return;
    slot.dead = true;
    const wasMember = this.slots.delete(slot);
    void slot.worker.terminate();
    if (!wasMember) return; // closed on purpose
    if (!slot.ready) {
      // It died loading its modules: every worker would, so fail the run, not each file.
      this.broken = new WorkerPoolError(
        `ingest: extraction worker failed to start: ${messageOf(cause)}`,
        {
          cause,
        },
      );
      this.failAll(this.broken);
      void this.close();
      return;
    }
    // The oldest file sent is the one it was on; the files behind it go to another worker.
    const [running, ...waiting] = slot.sent.splice(0);
    if (running) running.settle(new WorkerCrashError(running.path, cause));
    this.queue.unshift(...waiting);
    if (this.queue.length > 0) {
      this.spawn();
    }
  }

  private failAll(error: Error): void {
    for (const slot of this.slots) {
      for (const task of slot.sent.splice(0)) task.fail(error);
    }
    for (const task of this.queue.splice(0)) task.fail(error);
  }
}

export interface PoolOptions {
  /** Worker script (tests point it at stand-ins). */
  workerUrl?: URL;
}

const shared = new Map<string, ExtractPool>();

export async function extractInParallel(
  paths: readonly string[],
  jobs: number,
  options: PoolOptions = {},
): Promise<(Extraction | Error)[]> {
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(`extractInParallel: jobs must be a whole number ≥ 1, got ${jobs}`);
  }
  if (paths.length === 0) return [];
  const workerUrl = options.workerUrl ?? WORKER_URL;
  const key = `${jobs} ${workerUrl.href}`;
  let pool = shared.get(key);
  if (!pool) {
    pool = new ExtractPool(jobs, workerUrl);
    shared.set(key, pool);
  }
  try {
    return await pool.run(paths);
  } catch (error) {
    // A broken pool is not reused: the next call starts fresh workers.
    shared.delete(key);
    throw error;
  }
}

/** Terminates the workers kept between `extractInParallel` calls. */
export async function closeExtractPools(): Promise<void> {
  const pools = [...shared.values()];
  shared.clear();
  await Promise.all(pools.map((pool) => pool.close()));
}
