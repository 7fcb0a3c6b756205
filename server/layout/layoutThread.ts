/**
 * The first view's layout on a worker thread (./layoutWorker.ts): one thread per process,
 * started on first use and kept (starting one compiles the layout's modules, ~1 s of CPU), not
 * holding the process open while idle. Should the thread fail, the layout runs in-process:
 * slower for other requests meanwhile, but the same positions.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type LayoutInput, layoutPositions } from './firstViewLayout';
import type { LayoutReply } from './layoutWorker';

type Positions = Map<string, { x: number; y: number }>;

/** The layout thread could not lay out a graph (it failed to start, or died). */
class LayoutThreadError extends Error {
  override name = 'LayoutThreadError';
}

const WORKER_URL = new URL('./layoutWorker.ts', import.meta.url);

/**
 * Registers tsx inside the worker before importing it: on Node 20 the parent's `--import tsx`
 * does not reach a worker's own imports (as in ingest/parallel/extractPool.ts).
 */
function bootstrapSource(): string {
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
}

interface Pending {
  resolve: (positions: Positions) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 0;

function failAll(error: Error): void {
  for (const task of pending.values()) task.reject(error);
  pending.clear();
  worker = null;
}

function thread(): Worker {
  if (worker) return worker;
  const started = new Worker(bootstrapSource(), { eval: true });
  started.on('message', (reply: LayoutReply) => {
    const task = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (!task) return;
    if (reply.ok) task.resolve(reply.positions);
    else task.reject(new LayoutThreadError(`layout thread: ${reply.message}`));
  });
  started.on('error', (error) => {
    if (worker === started) failAll(new LayoutThreadError(`layout thread: ${error.message}`));
  });
  started.on('exit', (code) => {
    if (worker === started) failAll(new LayoutThreadError(`layout thread exited (${code})`));
  });
  worker = started;
  return started;
}

/** The positions computed on the layout thread; rejects with LayoutThreadError if it fails. */
export function layoutOnThread(input: LayoutInput): Promise<Positions> {
  const id = nextId++;
  const running = thread();
  running.ref();
  return new Promise<Positions>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, input });
  });
}

/** The positions, off the event loop when the thread works, else computed here. */
export function layoutOffThread(input: LayoutInput): Promise<Positions> {
  return layoutOnThread(input).catch(() => layoutPositions(input));
}

/** Ends the layout thread (tests; a process exits without it). */
export async function closeLayoutThread(): Promise<void> {
  const running = worker;
  worker = null;
  await running?.terminate();
}
