/**
 * A result frame's own small graph: its own graphology model and sigma renderer, laid out in
 * place (circle, then a few synchronous ForceAtlas2 passes: results are small), so a query's
 * answer never touches the explorer's graph. Killed when the frame closes or switches view.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { extremityArrow } from 'sigma/rendering';
import type { SerializedGraph } from '../../contract/api';
import {
  buildGraph,
  type ViewEdgeAttributes,
  type ViewGraph,
  type ViewNodeAttributes,
} from '../graph/buildGraph';

export interface FrameGraph {
  graph: ViewGraph;
  kill(): void;
}

export function mountFrameGraph(container: HTMLElement, data: SerializedGraph): FrameGraph {
  const graph = buildGraph(data);
  // Every node is named: a result is read, not surveyed.
  graph.forEachNode((key) => graph.setNodeAttribute(key, 'hub', true));
  if (graph.order > 1)
    forceAtlas2.assign(graph, { iterations: 60, settings: forceAtlas2.inferSettings(graph) });
  const renderer = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, container, {
    settings: { renderEdgeLabels: true, allowInvalidContainer: true },
    primitives: { edges: { extremities: [extremityArrow()] } },
    edgeReducer: (_key, data) => ({ ...data, head: 'arrow' }),
    nodeReducer: (_key, data) => ({ ...data, labelVisibility: 'visible' }),
  });
  container.dataset.graphOrder = String(graph.order);
  container.dataset.graphSize = String(graph.size);
  return { graph, kill: () => renderer.kill() };
}
