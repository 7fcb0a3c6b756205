/**
 * Builds the graphology model from the API's serialisation, colours by kind (edges by stance),
 * sizes by commitment count or degree. Pure apart from graphology, so it runs in unit tests.
 */
import Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes, SerializedGraph } from '../../contract/api';
import { EDGE_COLOR, IMPLICIT_ALPHA, kindColor, STANCE_COLORS } from './palette';

export type ViewNodeAttributes = GraphNodeAttributes & {
  label: string;
  size: number;
  color: string;
  x: number;
  y: number;
  /** Among the heaviest entities: labelled at every zoom. */
  hub?: boolean;
  /** Louvain community (soft grouping used to seed the layout). */
  community?: number;
};
export type ViewEdgeAttributes = GraphEdgeAttributes & {
  size: number;
  color: string;
  /** Dash pattern in pixels (0 = solid): implicit links are dashed. */
  dashSize: number;
  gapSize: number;
};

/** How many of the heaviest entities keep their label at every zoom level. */
const HUB_LABELS = 12;
export type ViewGraph = Graph<ViewNodeAttributes, ViewEdgeAttributes>;
export type SizeBy = 'commitments' | 'degree';
/** Node colour: the entity's type (default, colour-blind-safe palette) or its Louvain group. */
export type ColourBy = 'type' | 'community';

export function newViewGraph(): ViewGraph {
  return new Graph({ multi: false, type: 'directed', allowSelfLoops: false });
}

function nodeLabel(key: string, a: GraphNodeAttributes): string {
  if (a.type === 'Commitment') return '';
  const loose = a as unknown as Record<string, unknown>;
  for (const candidate of [loose.name, loose.title, loose.text])
    if (typeof candidate === 'string' && candidate) return candidate;
  return key;
}

/**
 * Adds nodes and edges not yet in `graph`; existing nodes keep their position, new ones take
 * `positions`, else the position the server sent, else a place on a circle.
 */
export function mergeInto(
  graph: ViewGraph,
  data: SerializedGraph,
  positions: Record<string, { x: number; y: number }> = {},
): void {
  const count = data.nodes.length || 1;
  data.nodes.forEach((node, i) => {
    const a = (node.attributes ?? {}) as GraphNodeAttributes;
    const angle = (2 * Math.PI * i) / count;
    const kept = positions[node.key];
    const attrs: ViewNodeAttributes = {
      ...a,
      name: a.name ?? nodeLabel(node.key, a),
      type: a.type ?? ('Entity' as GraphNodeAttributes['type']),
      label: nodeLabel(node.key, a),
      size: 4,
      color: kindColor(String(a.type)),
      x: kept?.x ?? a.x ?? Math.cos(angle) * 100,
      y: kept?.y ?? a.y ?? Math.sin(angle) * 100,
    };
    if (graph.hasNode(node.key)) {
      const { x: _x, y: _y, ...rest } = attrs;
      graph.mergeNodeAttributes(node.key, rest);
    } else {
      graph.addNode(node.key, attrs);
    }
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target)
      continue;
    if (graph.hasEdge(edge.key) || graph.hasEdge(edge.source, edge.target)) continue;
    const a = edge.attributes ?? { type: 'RELATED' };
    const colour = a.stance ? STANCE_COLORS[a.stance] : EDGE_COLOR;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
      ...a,
      size: a.stance ? 1 + Math.min(4, (a.commitments?.length ?? 1) - 1) : 1,
      color: a.implicit ? `${colour}${IMPLICIT_ALPHA}` : colour,
      dashSize: a.implicit ? 5 : 0,
      gapSize: a.implicit ? 4 : 0,
    });
  }
}

/**
 * Sizes entities by commitment count or by degree (commitments stay small dots) and marks the
 * heaviest as hubs, whose labels are always drawn: they are what a first look must name.
 */
export function applySizes(graph: ViewGraph, sizeBy: SizeBy, hubs = HUB_LABELS): void {
  const weights: [string, number][] = [];
  graph.forEachNode((key, a) => {
    if (a.type === 'Commitment') {
      graph.mergeNodeAttributes(key, { size: 1.5, hub: false });
      return;
    }
    const weight = sizeBy === 'degree' ? graph.degree(key) : (a.commitments ?? graph.degree(key));
    weights.push([key, weight]);
    graph.setNodeAttribute(key, 'size', 3 + Math.sqrt(weight) * 1.3);
  });
  weights.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = new Set(weights.slice(0, hubs).map(([key]) => key));
  for (const [key] of weights) graph.setNodeAttribute(key, 'hub', top.has(key));
}

export function buildGraph(
  data: SerializedGraph,
  positions: Record<string, { x: number; y: number }> = {},
  sizeBy: SizeBy = 'commitments',
): ViewGraph {
  const graph = newViewGraph();
  mergeInto(graph, data, positions);
  applySizes(graph, sizeBy);
  return graph;
}
