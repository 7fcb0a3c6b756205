/**
 * The first view's layout, computed once per ingest version in the server (with the cached
 * answer) instead of in every browser: ForceAtlas2 run synchronously for a fixed number of
 * iterations from a seeded start, then noverlap, so the same graph always gets the same
 * positions and the explorer draws the first screen without a 2 s layout of its own.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { SerializedGraph } from '../../contract/api';
import { louvainCommunities, placeByCommunity } from '../../contract/communityStart';

type Placed = { x: number; y: number; size: number };

/** Fixed, so the layout is deterministic: ~1 s for the default 550 nodes on a busy 2-core box. */
const LAYOUT_ITERATIONS = 200;

function toGraph(data: SerializedGraph): Graph<Placed> {
  const graph = new Graph<Placed>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of data.nodes) {
    // The web app's sizes (commitments small, entities by weight): noverlap keeps labels apart.
    const weight = node.attributes.commitments ?? 1;
    const size = node.attributes.type === 'Commitment' ? 1.5 : 3 + Math.sqrt(weight) * 1.3;
    graph.mergeNode(node.key, { x: 0, y: 0, size });
  }
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target))
      continue;
    graph.mergeEdge(edge.source, edge.target);
  }
  return graph;
}

/**
 * Starting positions: each Louvain community round its own point on a circle, so the settled
 * layout shows groups that talk about the same things near one another (as the web app does).
 */
function seedStart(graph: Graph<Placed>): void {
  const { communities, count } =
    graph.size > 0 ? louvainCommunities(graph) : { communities: {}, count: 1 };
  placeByCommunity(graph, (key) => communities[key] ?? 0, Math.max(1, count));
}

/** Positions for every node of `data`, keyed by node key. */
export function layoutPositions(data: SerializedGraph): Map<string, { x: number; y: number }> {
  const graph = toGraph(data);
  if (graph.order > 1) {
    seedStart(graph);
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      settings: { ...settings, barnesHutOptimize: graph.order > 500 },
    });
    noverlap.assign(graph, { maxIterations: 100 });
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, a) => positions.set(key, { x: round(a.x), y: round(a.y) }));
  return positions;
}

/** The same graph with `x` and `y` on every node. */
export function withLayout<G extends SerializedGraph>(data: G): G {
  const positions = layoutPositions(data);
  return {
    ...data,
    nodes: data.nodes.map((n) => ({
      ...n,
      attributes: { ...n.attributes, ...(positions.get(n.key) ?? { x: 0, y: 0 }) },
    })),
  };
}
