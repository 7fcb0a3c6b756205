/** GEXF of the view (Gephi's format), with the domain attributes and the drawn positions/colours. */
import { write } from 'graphology-gexf/browser';
import type { ViewGraph } from '../graph/buildGraph';

export function toGexf(graph: ViewGraph, visible: (key: string) => boolean = () => true): string {
  const view = graph.copy();
  view.forEachNode((key) => {
    if (!visible(key)) view.dropNode(key);
  });
  return write(view, {
    formatNode: (key, a) => ({
      label: a.type === 'Commitment' ? String(a.name ?? key) : a.label || key,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: {
        type: String(a.type),
        ...(a.stance
          ? { stance: a.stance, trigger: a.trigger ?? '', docId: a.docId ?? '', text: a.text ?? '' }
          : {}),
        ...(a.commitments !== undefined ? { commitments: a.commitments } : {}),
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.label ?? a.type,
      viz: { color: a.color },
      attributes: { type: a.type, ...(a.stance ? { stance: a.stance } : {}) },
    }),
  });
}
