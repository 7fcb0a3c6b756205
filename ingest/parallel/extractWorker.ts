/**
 * Worker thread of the extraction pool: reads and extracts one file per task message and
 * replies with the Extraction, or with the error of that file (one bad file never stops a run).
 * Started by ./extractPool.ts with the tsx loader, since it imports TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import type { Extraction } from '../contract';
import { NothingFoundError } from '../errors';
import { extract } from '../extract';
import { readDocument } from '../read';
import { type ExtractReply, type ExtractTask, serializeError } from './protocol';

/** Same rule as the in-thread path (ingest/ingestFiles.ts): no sentence means nothing to load. */
async function extractFile(path: string): Promise<Extraction> {
  const extraction = extract(await readDocument(path));
  if (extraction.sentences.length === 0) throw new NothingFoundError(path);
  return extraction;
}

const port = parentPort;
if (!port) throw new Error('extractWorker: must run in a worker thread (started by extractPool)');

port.on('message', async (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    reply = { kind: 'result', id: task.id, ok: true, extraction: await extractFile(task.path) };
  } catch (error) {
    reply = { kind: 'result', id: task.id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready' } satisfies ExtractReply);
