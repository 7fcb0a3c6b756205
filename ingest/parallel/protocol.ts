/**
 * Messages between the extraction pool and its workers. Errors cross the thread boundary as
 * plain data (structured clone keeps only built-in error names), and are rebuilt on this side.
 */
import type { Extraction } from '../../contract/extraction';

export interface ExtractTask {
  readonly id: number;
  readonly path: string;
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** `ready` is sent once, after the worker's imports loaded: a death before it is a broken pool. */
export type ExtractReply =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'result';
      readonly id: number;
      readonly ok: true;
      readonly extraction: Extraction;
    }
  | {
      readonly kind: 'result';
      readonly id: number;
      readonly ok: false;
      readonly error: SerializedError;
    };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    return {
      name: error.name,
      message: error.message,
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}
