/**
 * A deterministic synthetic graph for the rendering benchmark: N nodes in the explorer's
 * colours, M edges with a preferential-attachment skew like real entity graphs (a few hubs).
 */
import Graph from 'graphology';

const COLOURS = [
  '#d1495b',
  '#edae49',
  '#00798c',
  '#30638e',
  '#66a182',
  '#8d6cab',
  '#a8763e',
  '#e07a5f',
];

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(nodes: number, edges: number, seed = 7): Graph {
  const random = rng(seed);
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
