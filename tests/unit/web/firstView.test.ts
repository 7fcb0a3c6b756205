import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import { STANCES } from '../../../contract/extraction';
import { applySizes, buildGraph } from '../../../web/graph/buildGraph';
import { assignCommunities, seedByCommunity } from '../../../web/graph/communities';
import { collapseCommitments, evidenceEdges } from '../../../web/graph/evidenceEdges';
import { inkOn, KIND_COLORS, STANCE_COLORS } from '../../../web/graph/palette';
import { keepTypes } from '../../../web/graph/typeFilter';

const node = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { name: key, type, ...extra } as SerializedGraph['nodes'][number]['attributes'],
});
const link = (source: string, target: string, type: string, implicit?: boolean) => ({
  key: `${source}->${type}->${target}`,
  source,
  target,
  attributes: implicit === undefined ? { type } : { type, implicit },
});
const commitment = (key: string, stance: string) =>
  node(key, 'Commitment', { stance, trigger: stance, text: `${key} text`, docId: 'doc:a' });

const data: SerializedGraph = {
  nodes: [
    node('usa', 'Country'),
    node('rubio', 'Official'),
    node('un', 'Organization'),
    node('prk', 'Country'),
    node('abductions', 'Topic'),
    node('sanctions', 'Topic'),
    commitment('c1', 'urge'),
    commitment('c2', 'concern'),
    commitment('c3', 'support'),
  ],
  edges: [
    link('rubio', 'c1', 'MADE'),
    link('c1', 'prk', 'TARGETS', false),
    link('usa', 'c2', 'MADE'),
    link('c2', 'abductions', 'ABOUT', false),
    link('c2', 'prk', 'ABOUT', true),
    link('un', 'c3', 'MADE'),
    link('c3', 'un', 'ABOUT', false),
    link('usa', 'c1', 'MADE'),
    link('rubio', 'usa', 'REPRESENTS'),
  ],
};

describe('type filter', () => {
  it('keeps only the ticked types, actors included', () => {
    const kept = keepTypes(data, ['Country', 'Topic']);
    const types = new Set(kept.nodes.map((n) => n.attributes.type));
    expect([...types].sort()).toEqual(['Commitment', 'Country', 'Topic']);
    expect(kept.edges.every((e) => !['rubio', 'un'].includes(e.source))).toBe(true);
    // c3 linked only the UN: with the UN gone it links nothing and goes too.
    expect(kept.nodes.map((n) => n.key)).not.toContain('c3');
    const collapsed = collapseCommitments(kept);
    expect(collapsed.nodes.map((n) => n.attributes.type)).not.toContain('Official');
    expect(collapsed.nodes.map((n) => n.attributes.type)).not.toContain('Organization');
  });

  it('is no filter when nothing is ticked', () => {
    expect(keepTypes(data, [])).toBe(data);
  });
});

describe('implicit links', () => {
  it('are marked on evidence edges and on a collapsed edge only when every link is implicit', () => {
    const implicit = evidenceEdges(data).filter((e) => e.implicit);
    expect(implicit.map((e) => `${e.source}->${e.target}`)).toEqual(['usa->prk']);
    const collapsed = collapseCommitments(data);
    const usaPrk = collapsed.edges.find((e) => e.source === 'usa' && e.target === 'prk');
    // usa→prk is stated by c1 (targets) and implied by c2 (heading): stated wins.
    expect(usaPrk?.attributes.implicit).toBe(false);
    const onlyImplied = collapseCommitments({
      nodes: data.nodes,
      edges: data.edges.filter((e) => !e.key.startsWith('usa->MADE->c1')),
    }).edges.find((e) => e.source === 'usa' && e.target === 'prk');
    expect(onlyImplied?.attributes.implicit).toBe(true);
    expect(onlyImplied?.attributes.label).toContain('implicit');
    const graph = buildGraph(
      collapseCommitments({ nodes: data.nodes, edges: data.edges.slice(2) }),
    );
    const drawn = graph.getEdgeAttributes(graph.edge('usa', 'prk'));
    expect(drawn.dashSize).toBeGreaterThan(0);
  });
});

describe('first view', () => {
  it('labels the heaviest entities as hubs, never a commitment', () => {
    const graph = buildGraph(data);
    applySizes(graph, 'degree', 2);
    const hubs = graph.filterNodes((_k, a) => a.hub === true);
    expect(hubs).toHaveLength(2);
    expect(hubs).toContain('usa');
    expect(graph.filterNodes((_k, a) => a.type === 'Commitment' && a.hub)).toEqual([]);
  });

  it('gives every stance its own colour and no entity kind grey', () => {
    const stanceColours = STANCES.map((s) => STANCE_COLORS[s]);
    expect(new Set(stanceColours).size).toBe(STANCES.length);
    expect(STANCE_COLORS.concern).not.toBe(STANCE_COLORS.urge);
    expect(STANCE_COLORS.oppose).not.toBe(STANCE_COLORS.condemn);
    for (const colour of Object.values(KIND_COLORS)) {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      expect(Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0)).toBeGreaterThan(
        40,
      );
    }
    expect(inkOn('#ffffff')).toBe('#1d232a');
    expect(inkOn('#332288')).toBe('#ffffff');
  });
});

describe('communities', () => {
  it('groups two cliques joined by one edge into two communities, the same way each time', () => {
    const clique = (p: string) => [1, 2, 3, 4].map((i) => node(`${p}${i}`, 'Topic'));
    const edges = ['a', 'b'].flatMap((p) =>
      [1, 2, 3, 4].flatMap((i) =>
        [1, 2, 3, 4].filter((j) => j > i).map((j) => link(`${p}${i}`, `${p}${j}`, 'RELATED')),
      ),
    );
    const graph = buildGraph({
      nodes: [...clique('a'), ...clique('b')],
      edges: [...edges, link('a1', 'b1', 'RELATED')],
    });
    expect(assignCommunities(graph)).toBe(2);
    const of = (k: string) => graph.getNodeAttribute(k, 'community');
    expect(new Set(['a1', 'a2', 'a3', 'a4'].map(of)).size).toBe(1);
    expect(of('a2')).not.toBe(of('b2'));
    seedByCommunity(graph);
    const first = graph.getNodeAttributes('a3');
    seedByCommunity(graph);
    expect(graph.getNodeAttributes('a3')).toMatchObject({ x: first.x, y: first.y });
  });
});
