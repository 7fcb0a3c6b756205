/** The explorer's entry point: loads the graph, lays it out, draws it with sigma. */
import Sigma from 'sigma';
import { fetchGraph } from './api';
import { buildGraph, type ViewEdgeAttributes, type ViewGraph, type ViewNodeAttributes } from './graph/buildGraph';
import { layoutGraph, savedPositions } from './graph/layout';

declare global {
  interface Window {
    /** Handle for end-to-end tests and for analysts poking at the model in devtools. */
    communique?: { graph: ViewGraph; renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes>; ready: boolean };
  }
}

const status = document.getElementById('status') as HTMLElement;
const container = document.getElementById('sigma-container') as HTMLElement;

async function start(): Promise<void> {
  const data = await fetchGraph();
  const graph = buildGraph(data);
  const kept = savedPositions(graph);
  if (kept) graph.forEachNode((key) => graph.mergeNodeAttributes(key, kept[key] ?? {}));
  const renderer = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, container, {
    settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 6 },
  });
  window.communique = { graph, renderer, ready: false };
  status.textContent = `${graph.order} nodes, ${graph.size} edges — laying out…`;
  await layoutGraph(graph);
  renderer.refresh();
  status.textContent = `${graph.order} nodes, ${graph.size} edges`;
  window.communique.ready = true;
}

start().catch((error: unknown) => {
  status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
});
