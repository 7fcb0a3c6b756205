/**
 * Worker thread of ./layoutThread.ts: lays out one first view per message (./firstViewLayout.ts)
 * so the server's event loop keeps answering requests during the 1-2 s it takes at 10,000
 * documents. Started with the tsx loader, since it imports TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../../contract/errors';
import { type LayoutInput, layoutPositions } from './firstViewLayout';

export type LayoutReply =
  | { id: number; ok: true; positions: Map<string, { x: number; y: number }> }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('layoutWorker: must run in a worker thread (started by layoutThread)');

port.on('message', ({ id, input }: { id: number; input: LayoutInput }) => {
  let reply: LayoutReply;
  try {
    reply = { id, ok: true, positions: layoutPositions(input) };
  } catch (error) {
    reply = { id, ok: false, message: messageOf(error) };
  }
  port.postMessage(reply);
});
