/**
 * A deterministic synthetic graph for the rendering benchmark: N nodes in the explorer's
 * colours, M edges with a preferential-attachment skew like real entity graphs (a few hubs).
 */
import Graph from 'graphology';
import { KIND_COLORS } from '../../web/graph/palette';
import { createRng } from '../rng';

const COLOURS = Object.values(KIND_COLORS).filter((c) => c !== KIND_COLORS.Commitment);

export function syntheticGraph(nodes: number, edges: number, seed = 7): Graph {
  const random = createRng(seed);
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < nodes; i++) {
    graph.addNode(`n${i}`, {
      x: random() * 1000,
      y: random() * 1000,
      size: 2 + random() * 6,
      color: COLOURS[i % COLOURS.length],
      label: `Entity ${i}`,
    });
  }
  while (graph.size < edges) {
    const a = Math.floor(random() * nodes);
    // Squaring skews targets toward low ids: hubs, as in real statements (countries, topics).
    const b = Math.floor(random() ** 2 * nodes);
    if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`))
      graph.addEdge(`n${a}`, `n${b}`, { size: 0.5, color: '#ccd' });
  }
  return graph;
}
