/**
 * Worker thread of the extraction pool: reads and extracts one file per task message and
 * replies with the Extraction, or with the error of that file (one bad file never stops a run).
 * The pool sends the next file before this one is done: its read overlaps this extraction.
 * Started by ./extractPool.ts with the tsx loader, since it imports TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import type { Extraction } from '../../contract/extraction';
import { extract } from '../extract';
import { readDocument } from '../read';
import { type ExtractReply, type ExtractTask, serializeError } from './protocol';

const port = parentPort;
if (!port) throw new Error('extractWorker: must run in a worker thread (started by extractPool)');

/** Extractions run one at a time, in the order the files came (the pool relies on it). */
let previous: Promise<void> = Promise.resolve();

port.on('message', (task: ExtractTask) => {
  // The read starts at once, beside the extraction before it.
  const read = readDocument(task.path);
  read.catch(() => {}); // its error is replied below, in turn
  previous = previous.then(async () => {
    let reply: ExtractReply;
    try {
      // extract() itself throws NothingFoundError for a document without sentences.
      const extraction: Extraction = extract(await read);
      reply = { kind: 'result', id: task.id, ok: true, extraction };
    } catch (error) {
      reply = { kind: 'result', id: task.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
});
port.postMessage({ kind: 'ready' } satisfies ExtractReply);
