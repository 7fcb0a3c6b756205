import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import { buildGraph } from '../../../web/graph/buildGraph';
import {
  COMMUNITY_COLORS,
  communityColourMap,
  communityGroups,
  SMALL_GROUP_COLOR,
} from '../../../web/graph/communityColours';
import { emptyEmphasis, nodeReducer } from '../../../web/graph/emphasis';
import { KIND_COLORS } from '../../../web/graph/palette';

/** Two cliques joined by one edge, and a lone pair: three groups, the cliques largest. */
function clusters(): SerializedGraph {
  const names = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2'];
  const nodes = names.map((key) => ({ key, attributes: { name: key, type: 'Topic' as const } }));
  const edges: SerializedGraph['edges'] = [];
  const link = (s: string, t: string) =>
    edges.push({ key: `${s}-${t}`, source: s, target: t, attributes: { type: 'R' } });
  for (const group of [
    ['a1', 'a2', 'a3', 'a4'],
    ['b1', 'b2', 'b3'],
  ])
    for (const [i, s] of group.entries()) for (const t of group.slice(i + 1)) link(s, t);
  link('a1', 'b1');
  link('c1', 'c2');
  return { nodes, edges };
}

describe('community colours', () => {
  it('finds the groups, largest first, each large group with its own colour', () => {
    const graph = buildGraph(clusters());
    const groups = communityGroups(graph);
    expect(groups.map((g) => g.size)).toEqual([4, 3, 2]);
    expect(new Set(groups[0]?.names)).toEqual(new Set(['a1', 'a2', 'a3', 'a4']));
    expect(groups.map((g) => g.colour)).toEqual(COMMUNITY_COLORS.slice(0, 3));
    // Never grey (grey means dimmed) and never a type colour's twin.
    for (const c of COMMUNITY_COLORS) expect(Object.values(KIND_COLORS)).not.toContain(c);
  });

  it('gives singletons the shared small-group colour', () => {
    const data = clusters();
    data.nodes.push({ key: 'alone', attributes: { name: 'alone', type: 'Topic' } });
    const groups = communityGroups(buildGraph(data));
    expect(groups.find((g) => g.names.includes('alone'))?.colour).toBe(SMALL_GROUP_COLOR);
  });

  it('colours nodes by type unless asked, then by group (and still fades outside a lens)', () => {
    const graph = buildGraph(clusters());
    const emphasis = emptyEmphasis();
    const reduce = nodeReducer(emphasis);
    const draw = (key: string) =>
      reduce(key, graph.getNodeAttributes(key) as never, graph.getNodeAttributes(key)).color;
    expect(draw('a1')).toBe(KIND_COLORS.Topic);
    emphasis.communities = communityColourMap(communityGroups(graph));
    expect(draw('a1')).toBe(COMMUNITY_COLORS[0]);
    expect(draw('b2')).toBe(COMMUNITY_COLORS[1]);
    emphasis.lens = new Set(['a1']);
    expect(draw('b2')).not.toBe(COMMUNITY_COLORS[1]);
    expect(draw('a1')).toBe(COMMUNITY_COLORS[0]);
  });
});
