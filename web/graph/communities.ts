/**
 * Louvain communities of the entities, as soft groupings: each entity gets a `community`, and
 * a fresh layout starts with each community gathered round its own point on a circle, so
 * ForceAtlas2 settles groups that talk about the same things near one another. Colour stays the
 * entity's type; the grouping is in the placement only. Deterministic (seeded RNG).
 */
import { louvainCommunities, placeByCommunity } from '../../contract/communityStart';
import type { ViewGraph } from './buildGraph';

/** Assigns `community` to every node; returns how many communities were found. */
export function assignCommunities(graph: ViewGraph): number {
  if (graph.size === 0) return 0;
  const { communities, count } = louvainCommunities(graph);
  graph.forEachNode((key) => graph.setNodeAttribute(key, 'community', communities[key] ?? 0));
  return count;
}

/** Starting positions: community c round a circle, its members scattered near its point. */
export function seedByCommunity(graph: ViewGraph): void {
  const count = assignCommunities(graph);
  if (count === 0) return;
  placeByCommunity(graph, (key) => graph.getNodeAttribute(key, 'community') ?? 0, count);
}
