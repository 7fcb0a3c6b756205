/**
 * Runs a synchronous step with `process.env` swapped for a plain stand-in, put back after.
 *
 * compromise's `fastTag` (2-two/preTagger/compute/tagger/_fastTag.js of 14.17), imported
 * directly by its tagger so it cannot be replaced like `setTag` (./fastSetTag.ts), reads
 * `process.env.DEBUG_TAGS` on every tag it sets: some 970 reads a generated statement. A read
 * of the real `process.env` is a call into the runtime (about a microsecond, measured on this
 * machine), a read of a plain object's own property a few nanoseconds: ~4 % of `extract()`.
 *
 * The stand-in is a plain object whose prototype is the real `process.env`, with DEBUG_TAGS
 * copied as an own property (undefined when unset). It used to be a full copy (`{ ...env }`),
 * but copying enumerates every variable through the runtime, some 60 µs a statement; the
 * variable the steps read on every tag is the only one that needs to be fast.
 *
 * Why this is safe:
 * - every read inside gives what the real object would: DEBUG_TAGS its value at the call (its
 *   logging included), any other variable the real object's, found through the prototype;
 *   only enumeration and own-property checks differ (the steps do neither);
 * - the step is synchronous: nothing else (no callback, no other module's code between ticks)
 *   can run while the stand-in is in place, and `finally` puts the real object back even on a
 *   throw;
 * - the tagging steps never write an environment variable; a write would land in the stand-in
 *   and be lost, so only wrap code that does not write one (the tagger's steps) and nothing
 *   that spawns a process.
 */
export function withPlainEnv<T>(step: () => T): T {
  const real = process.env;
  const plain = Object.create(real) as NodeJS.ProcessEnv;
  plain.DEBUG_TAGS = real.DEBUG_TAGS;
  process.env = plain;
  try {
    return step();
  } finally {
    process.env = real;
  }
}
