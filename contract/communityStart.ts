/**
 * Louvain communities as a layout's start, shared by the server's first-view layout and the web
 * app's own layouts so both group the same way: each community gathered round its own point on
 * a circle, so ForceAtlas2 settles groups that talk about the same things near one another.
 * Deterministic (seeded); graphology-only, so the browser bundle can import it.
 */
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { seededRandom } from './seededRandom';

/** Louvain communities of `graph` (it must have an edge), the same for the same graph. */
export function louvainCommunities(graph: AbstractGraph): {
  communities: Record<string, number>;
  count: number;
} {
  return louvain.detailed(graph, { rng: seededRandom(42) });
}

/** Starting positions: community c round a circle of `count`, its members scattered near it. */
export function placeByCommunity<N extends Attributes & { x: number; y: number }>(
  graph: AbstractGraph<N>,
  communityOf: (node: string) => number,
  count: number,
): void {
  const random = seededRandom(7);
  const radius = 100;
  graph.forEachNode((key) => {
    const angle = (2 * Math.PI * communityOf(key)) / count;
    graph.mergeNodeAttributes(key, {
      x: Math.cos(angle) * radius + (random() - 0.5) * radius * 0.4,
      y: Math.sin(angle) * radius + (random() - 0.5) * radius * 0.4,
    } as Partial<N>);
  });
}
