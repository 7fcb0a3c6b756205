/**
 * The first view's layout, computed once per ingest version in the server (with the cached
 * answer) instead of in every browser: ForceAtlas2 run synchronously for a fixed number of
 * iterations from a seeded start, then noverlap, so the same graph always gets the same
 * positions and the explorer draws the first screen without a 2 s layout of its own. The
 * server runs it on a worker thread (./layoutThread.ts) from the few fields it needs.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { SerializedGraph } from '../../contract/api';
import { louvainCommunities, placeByCommunity } from '../../contract/communityStart';

type Placed = { x: number; y: number; size: number };
type Position = { x: number; y: number };

/** What the layout reads of a graph: node sizes and who links whom (cheap to post to a thread). */
export interface LayoutInput {
  nodes: { key: string; size: number }[];
  edges: [string, string][];
}

/** Fixed, so the layout is deterministic: ~1 s for the default 550 nodes on a busy 2-core box. */
const LAYOUT_ITERATIONS = 200;

export function layoutInput(data: SerializedGraph): LayoutInput {
  return {
    nodes: data.nodes.map((node) => {
      // The web app's sizes (commitments small, entities by weight): noverlap keeps labels apart.
      const weight = node.attributes.commitments ?? 1;
      const size = node.attributes.type === 'Commitment' ? 1.5 : 3 + Math.sqrt(weight) * 1.3;
      return { key: node.key, size };
    }),
    edges: data.edges.map((edge): [string, string] => [edge.source, edge.target]),
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The graph in a canonical order (nodes by key, edges by their ends): ForceAtlas2 sums forces in
 * insertion order, and Neo4j may return the same rows in another order after a restart, which
 * moved positions in the second decimal (the snapshot test saw -15.8 against -15.79).
 */
function toGraph(input: LayoutInput): Graph<Placed> {
  const graph = new Graph<Placed>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const nodes = [...input.nodes].sort((a, b) => byText(a.key, b.key));
  for (const node of nodes) graph.mergeNode(node.key, { x: 0, y: 0, size: node.size });
  const edges = input.edges
    .map(([a, b]): [string, string] => (byText(a, b) <= 0 ? [a, b] : [b, a]))
    .sort((x, y) => byText(x[0], y[0]) || byText(x[1], y[1]));
  for (const [source, target] of edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.mergeEdge(source, target);
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

/** Positions for every node of the input, keyed by node key. */
export function layoutPositions(input: LayoutInput): Map<string, Position> {
  const graph = toGraph(input);
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
  const positions = new Map<string, Position>();
  graph.forEachNode((key, a) => positions.set(key, { x: round(a.x), y: round(a.y) }));
  return positions;
}

/** The same graph with `x` and `y` from `positions` on every node. */
export function withPositions<G extends SerializedGraph>(
  data: G,
  positions: Map<string, Position>,
): G {
  return {
    ...data,
    nodes: data.nodes.map((n) => ({
      ...n,
      attributes: { ...n.attributes, ...(positions.get(n.key) ?? { x: 0, y: 0 }) },
    })),
  };
}
