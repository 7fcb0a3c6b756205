/**
 * Builds the graphology model from the API's serialisation, with sizes by commitment count and
 * colours by kind. Pure apart from graphology, so it runs in unit tests without a browser.
 */
import Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes, SerializedGraph } from '../../server/types';
import { KIND_COLORS } from './palette';

export type ViewNodeAttributes = GraphNodeAttributes & { label: string; size: number; color: string; x: number; y: number };
export type ViewEdgeAttributes = GraphEdgeAttributes & { size: number; color: string };
export type ViewGraph = Graph<ViewNodeAttributes, ViewEdgeAttributes>;

export function buildGraph(data: SerializedGraph, positions: Record<string, { x: number; y: number }> = {}): ViewGraph {
  const graph: ViewGraph = new Graph({ multi: false, type: 'directed', allowSelfLoops: false });
  const count = data.nodes.length || 1;
  data.nodes.forEach((node, i) => {
    const isCommitment = node.attributes.type === 'Commitment';
    const angle = (2 * Math.PI * i) / count;
    const kept = positions[node.key];
    graph.addNode(node.key, {
      ...node.attributes,
      label: isCommitment ? '' : node.attributes.name,
      size: isCommitment ? 2 : 4 + Math.sqrt(node.attributes.commitments ?? 1) * 2,
      color: KIND_COLORS[node.attributes.type],
      x: kept?.x ?? Math.cos(angle) * 100,
      y: kept?.y ?? Math.sin(angle) * 100,
    });
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes, size: 1, color: '#d5d9dd' });
  }
  return graph;
}
