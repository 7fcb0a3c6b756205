import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import { layoutPositions, withLayout } from '../../../server/layout/firstViewLayout';

/** A first view's shape: entities, commitments each made by one entity and about two others. */
function firstView(entities: number, commitments: number): SerializedGraph {
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

describe('the first view laid out in the server', () => {
  it('gives every node finite x and y, spread out rather than piled up', () => {
    const data = firstView(30, 120);
    const laid = withLayout(data);
    expect(laid.nodes).toHaveLength(data.nodes.length);
    for (const n of laid.nodes) {
      expect(Number.isFinite(n.attributes.x)).toBe(true);
      expect(Number.isFinite(n.attributes.y)).toBe(true);
    }
    const distinct = new Set(laid.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`));
    expect(distinct.size).toBe(data.nodes.length);
    // Everything else is kept as it was.
    expect(laid.edges).toEqual(data.edges);
    expect(laid.nodes[0]?.attributes.name).toBe('E0');
  });

  it('is deterministic: the same graph gets the same positions', () => {
    const data = firstView(40, 200);
    expect([...layoutPositions(data)]).toEqual([...layoutPositions(firstView(40, 200))]);
  });

  it('a different graph gets a different layout', () => {
    const a = layoutPositions(firstView(40, 200));
    const b = layoutPositions(firstView(40, 150));
    expect(a.get('e0')).not.toEqual(b.get('e0'));
  });

  it('places the nodes of a first-view-sized graph (barnes-hut) and a one-node graph', () => {
    const big = layoutPositions(firstView(150, 400));
    expect(big.size).toBe(550);
    expect([...big.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    const one = layoutPositions({
      nodes: [{ key: 'a', attributes: { name: 'A', type: 'Country' } }],
      edges: [],
    });
    expect(one.get('a')).toEqual({ x: 0, y: 0 });
  });
});
