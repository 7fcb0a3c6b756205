/**
 * ForceAtlas2 in a web worker for a bounded time, then noverlap once; positions are kept in
 * localStorage under a key of the graph's node set, so a reload does not reshuffle the view.
 * The first view arrives laid out by the server (x/y on every node): it is drawn as given.
 */

import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './buildGraph';
import { seedByCommunity } from './communities';

const STORAGE_PREFIX = 'communique-graph:positions:';

function layoutKey(graph: ViewGraph): string {
  let hash = 0;
  for (const key of graph.nodes().sort()) {
    for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  }
  return `${STORAGE_PREFIX}${graph.order}:${hash}`;
}

function savedPositions(graph: ViewGraph): Record<string, { x: number; y: number }> | undefined {
  const raw = localStorage.getItem(layoutKey(graph));
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Record<string, { x: number; y: number }>;
  } catch {
    return undefined;
  }
}

function savePositions(graph: ViewGraph): void {
  const positions: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((key, a) => {
    positions[key] = { x: a.x, y: a.y };
  });
  try {
    localStorage.setItem(layoutKey(graph), JSON.stringify(positions));
  } catch {
    // Storage full or disabled: the layout still works, it just is not kept.
  }
}

/** How a view got its positions: kept from an earlier visit, sent by the server, or computed here. */
export type LayoutOutcome = 'restored' | 'given' | 'computed';

/**
 * Restores kept positions, else keeps the server's when `given` (every node has them), else runs
 * FA2 for `ms` then noverlap; resolves when positions are final.
 */
export async function layoutGraph(
  graph: ViewGraph,
  ms = 2000,
  groupCommunities = true,
  given = false,
): Promise<LayoutOutcome> {
  const kept = savedPositions(graph);
  if (kept && graph.everyNode((key) => key in kept)) {
    graph.forEachNode((key) => graph.mergeNodeAttributes(key, kept[key] ?? {}));
    return 'restored';
  }
  // Not saved: the server sends the same positions for as long as the corpus is the same.
  if (given) return 'given';
  if (graph.order > 1) {
    // Communities start apart, so the settled layout shows them as groups.
    if (groupCommunities) seedByCommunity(graph);
    const settings = forceAtlas2.inferSettings(graph);
    const layout = new FA2Layout(graph, {
      settings: { ...settings, barnesHutOptimize: graph.order > 500 },
    });
    layout.start();
    await new Promise((done) => setTimeout(done, ms));
    layout.kill();
    noverlap.assign(graph, { maxIterations: 100 });
  }
  savePositions(graph);
  return 'computed';
}
