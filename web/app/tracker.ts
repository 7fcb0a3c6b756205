/**
 * View changes in flight, for `settled()`: each is remembered until done, its failure reported
 * (shown in the status line) rather than left unhandled.
 */
export function jobTracker(report: (error: unknown) => void) {
  let inflight: Promise<unknown>[] = [];
  return {
    /** Applies a view change and remembers it until done. */
    track(job: Promise<void>): Promise<void> {
      const guarded = job.catch(report);
      inflight.push(guarded);
      void guarded.then(() => {
        inflight = inflight.filter((p) => p !== guarded);
      });
      return guarded;
    },
    /** Resolves once nothing asked so far is still being applied. */
    async settled(): Promise<void> {
      while (inflight.length) await Promise.all(inflight);
    },
  };
}
