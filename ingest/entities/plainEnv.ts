/**
 * Runs a synchronous step with `process.env` swapped for a plain copy of itself, put back after.
 *
 * compromise's `fastTag` (2-two/preTagger/compute/tagger/_fastTag.js of 14.17), imported
 * directly by its tagger so it cannot be replaced like `setTag` (./fastSetTag.ts), reads
 * `process.env.DEBUG_TAGS` on every tag it sets: some 970 reads a generated statement. A read
 * of the real `process.env` is a call into the runtime (about a microsecond, measured on this
 * machine), a read of a plain object a few nanoseconds: ~4 % of `extract()`.
 *
 * Why this is safe:
 * - the copy holds every variable with its value at the call, so every read inside gives what
 *   the real object would (DEBUG_TAGS and its logging included);
 * - the step is synchronous: nothing else (no callback, no other module's code between ticks)
 *   can run while the copy is in place, and `finally` puts the real object back even on a throw;
 * - the tagging steps never write an environment variable; a write would land in the copy and be
 *   lost, so only wrap code that does not write one (the tagger's steps) and nothing that spawns
 *   a process.
 */
export function withPlainEnv<T>(step: () => T): T {
  const real = process.env;
  process.env = { ...real };
  try {
    return step();
  } finally {
    process.env = real;
  }
}
