/**
 * A request sent before the page's own start-up work, taken by the first caller that asks for
 * the same thing. The explorer's graph request goes out this way before the renderer starts up
 * (WebGL contexts and the warm-up draw: ~0.5–1 s of the main thread in software WebGL), so the
 * server's answer, slower right after a restart, arrives meanwhile instead of after it.
 */
export function earlyRequest<Q, T>(query: Q, send: (query: Q) => Promise<T>) {
  const key = JSON.stringify(query);
  let early: Promise<T> | null = send(query);
  // Its failure belongs to whoever takes it; until then it is not an unhandled rejection.
  early.catch(() => undefined);
  return {
    /** The early request if `query` is what it asked and it was not taken yet, else a new one. */
    take(now: Q): Promise<T> {
      const mine = early;
      early = null;
      return mine && JSON.stringify(now) === key ? mine : send(now);
    },
  };
}
