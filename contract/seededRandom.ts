/**
 * mulberry32, a small seeded generator: the same seed gives the same sequence, so a layout's
 * start, a grouping or a fuzz run is reproducible. Shared by the server's first-view layout, the
 * web's community seeding and the tests; zod-free, so the browser bundle can import it.
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
