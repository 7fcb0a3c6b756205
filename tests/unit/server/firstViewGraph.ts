/** Test graphs for the server's first-view layout (in-process and on its thread). */
import type { SerializedGraph } from '../../../contract/api';

/** A first view's shape: entities, commitments each made by one entity and about two others. */
export function firstView(entities: number, commitments: number): SerializedGraph {
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  for (let e = 0; e < entities; e++)
    nodes.push({
      key: `e${e}`,
      attributes: { name: `E${e}`, type: 'Country', commitments: e + 1 },
    });
  for (let c = 0; c < commitments; c++) {
    nodes.push({ key: `c${c}`, attributes: { name: `reaffirm: x${c}`, type: 'Commitment' } });
    const [a, b, t] = [c % entities, (c * 7 + 1) % entities, (c * 13 + 5) % entities];
    edges.push({ key: `m${c}`, source: `e${a}`, target: `c${c}`, attributes: { type: 'MADE' } });
    edges.push({ key: `a${c}`, source: `c${c}`, target: `e${b}`, attributes: { type: 'ABOUT' } });
    edges.push({ key: `t${c}`, source: `c${c}`, target: `e${t}`, attributes: { type: 'TARGETS' } });
  }
  return { nodes, edges };
}
