/**
 * Expansion from a focus: only the focused entities and their strongest neighbours are shown,
 * each focus capped so a hub (the United States in every statement) does not flood the view.
 * Neighbours through a commitment node count as neighbours; the commitment comes along. Pure.
 */
import type { ViewGraph } from './buildGraph';

export interface Expansion {
  visible: Set<string>;
  /** Neighbours each focus still hides: the "show more" count. */
  hidden: Map<string, number>;
  shown: Map<string, number>;
}

/** Entity neighbours of `node` with the commitment nodes that link them, strongest first. */
function entityNeighbours(
  graph: ViewGraph,
  node: string,
): { id: string; via: string[]; weight: number }[] {
  const found = new Map<string, { id: string; via: string[]; weight: number }>();
  const add = (id: string, via?: string) => {
    if (id === node) return;
    const entry = found.get(id) ?? { id, via: [], weight: 0 };
    entry.weight += 1;
    if (via) entry.via.push(via);
    found.set(id, entry);
  };
  graph.forEachNeighbor(node, (n, a) => {
    if (a.type === 'Commitment')
      graph.forEachNeighbor(n, (m, b) => b.type !== 'Commitment' && add(m, n));
    else add(n);
  });
  return [...found.values()].sort(
    (a, b) =>
      b.weight - a.weight || graph.degree(b.id) - graph.degree(a.id) || a.id.localeCompare(b.id),
  );
}

export function expansion(graph: ViewGraph, focus: Record<string, number>): Expansion | null {
  const roots = Object.keys(focus).filter((id) => graph.hasNode(id));
  if (roots.length === 0) return null;
  const visible = new Set<string>(roots);
  const hidden = new Map<string, number>();
  const shown = new Map<string, number>();
  for (const root of roots) {
    const neighbours = entityNeighbours(graph, root);
    const cap = focus[root] ?? 20;
    for (const n of neighbours.slice(0, cap)) {
      visible.add(n.id);
      for (const c of n.via) visible.add(c);
    }
    hidden.set(root, Math.max(0, neighbours.length - cap));
    shown.set(root, Math.min(cap, neighbours.length));
  }
  return { visible, hidden, shown };
}
