import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import {
  layoutInput,
  layoutPositions as positionsOf,
  withPositions,
} from '../../../server/layout/firstViewLayout';
import { firstView } from './firstViewGraph';

const layoutPositions = (data: SerializedGraph) => positionsOf(layoutInput(data));
const withLayout = (data: SerializedGraph) => withPositions(data, layoutPositions(data));

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

  it('gives the same positions whatever order the rows came in (a restarted Neo4j may reorder)', () => {
    const data = firstView(40, 200);
    const input = layoutInput(data);
    const reordered = {
      nodes: [...input.nodes].reverse(),
      edges: input.edges.map(([a, b]): [string, string] => [b, a]).reverse(),
    };
    const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(sorted(positionsOf(reordered))).toEqual(sorted(positionsOf(input)));
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
