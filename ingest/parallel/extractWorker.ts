/**
 * Worker thread of the extraction pool: reads and extracts one file per task message and
 * replies with the Extraction, or with the error of that file (one bad file never stops a run).
 * Started by ./extractPool.ts with the tsx loader, since it imports TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import type { Extraction } from '../../contract/extraction';
import { extract } from '../extract';
import { readDocument } from '../read';
import { type ExtractReply, type ExtractTask, serializeError } from './protocol';

/** extract() itself throws NothingFoundError for a document without sentences. */
async function extractFile(path: string): Promise<Extraction> {
  return extract(await readDocument(path));
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
