import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import { buildGraph, mergeInto } from '../../../web/graph/buildGraph';
import { collapseCommitments, evidenceEdges } from '../../../web/graph/evidenceEdges';
import { expansion } from '../../../web/graph/expand';

const node = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { name: key, type, ...extra } as SerializedGraph['nodes'][number]['attributes'],
});
const edge = (source: string, target: string, type: string) => ({
  key: `${source}->${type}->${target}`,
  source,
  target,
  attributes: { type },
});

const data: SerializedGraph = {
  nodes: [
    node('usa', 'Country'),
    node('jpn', 'Country'),
    node('prk', 'Country'),
    node('sanctions', 'Topic'),
    node('c1', 'Commitment', {
      stance: 'urge',
      trigger: 'urged',
      text: 'They urged the DPRK.',
      docId: 'doc:a',
    }),
    node('c2', 'Commitment', {
      stance: 'concern',
      trigger: 'concerned',
      text: 'Concern over sanctions evasion.',
      docId: 'doc:a',
    }),
    node('c3', 'Commitment', {
      stance: 'urge',
      trigger: 'urged',
      text: 'They urged again.',
      docId: 'doc:b',
    }),
  ],
  edges: [
    edge('usa', 'c1', 'MADE'),
    edge('jpn', 'c1', 'MADE'),
    edge('c1', 'prk', 'TARGETS'),
    edge('usa', 'c2', 'MADE'),
    edge('c2', 'sanctions', 'ABOUT'),
    edge('c2', 'prk', 'ABOUT'),
    edge('usa', 'c3', 'MADE'),
    edge('c3', 'prk', 'TARGETS'),
    edge('usa', 'jpn', 'PART_OF'),
  ],
};

describe('evidenceEdges', () => {
  it('pairs every actor with every entity the commitment is about or targets', () => {
    const edges = evidenceEdges(data);
    expect(
      edges
        .filter((e) => e.commitmentId === 'c1')
        .map((e) => `${e.source}>${e.target}`)
        .sort(),
    ).toEqual(['jpn>prk', 'usa>prk']);
    expect(edges.find((e) => e.commitmentId === 'c2' && e.target === 'sanctions')).toMatchObject({
      stance: 'concern',
      sentence: 'Concern over sanctions evasion.',
      docId: 'doc:a',
      relation: 'ABOUT',
    });
    expect(edges.find((e) => e.relation === 'PART_OF')).toMatchObject({
      source: 'usa',
      target: 'jpn',
      stance: null,
    });
  });
});

describe('collapseCommitments', () => {
  it('removes commitment nodes and labels each pair with its stances, most frequent first', () => {
    const g = collapseCommitments(data);
    expect(g.nodes.some((n) => n.attributes.type === 'Commitment')).toBe(false);
    const usaPrk = g.edges.find((e) => e.source === 'usa' && e.target === 'prk');
    expect(usaPrk?.attributes).toEqual({
      type: 'STANCE',
      stance: 'urge',
      label: 'urge ×2, concern',
      commitments: ['c1', 'c2', 'c3'],
      implicit: false,
    });
    expect(g.edges.find((e) => e.attributes.type === 'PART_OF')?.attributes.label).toBe('part_of');
  });

  it('gives a graph graphology accepts, with stance-coloured edges', () => {
    const graph = buildGraph(collapseCommitments(data));
    expect(graph.order).toBe(4);
    expect(graph.getEdgeAttribute('usa->prk', 'color')).not.toBe(
      graph.getEdgeAttribute('usa->jpn', 'color'),
    );
  });
});

describe('mergeInto', () => {
  it('adds new nodes, keeps existing positions, and tolerates unknown kinds from the console', () => {
    const graph = buildGraph(data);
    graph.setNodeAttribute('usa', 'x', 42);
    mergeInto(graph, {
      nodes: [
        node('usa', 'Country'),
        { key: 's1', attributes: { type: 'Sentence', text: 'A sentence.' } as never },
      ],
      edges: [edge('s1', 'usa', 'MENTIONS')],
    });
    expect(graph.getNodeAttribute('usa', 'x')).toBe(42);
    expect(graph.getNodeAttribute('s1', 'label')).toBe('A sentence.');
    expect(graph.hasEdge('s1', 'usa')).toBe(true);
  });
});

describe('expansion', () => {
  it('shows each focus with its strongest neighbours up to the cap, and counts the rest', () => {
    const graph = buildGraph(data);
    const ex = expansion(graph, { prk: 1 });
    expect(ex?.visible.has('prk')).toBe(true);
    expect(ex?.visible.has('usa')).toBe(true); // in three commitments with the DPRK
    expect(ex?.visible.has('c1')).toBe(true); // the commitment linking them comes along
    expect(ex?.visible.has('jpn')).toBe(false);
    expect(ex?.hidden.get('prk')).toBe(2);
    expect(expansion(graph, { prk: 20 })?.hidden.get('prk')).toBe(0);
  });

  it('is off without a focus in the graph', () => {
    expect(expansion(buildGraph(data), {})).toBeNull();
    expect(expansion(buildGraph(data), { nowhere: 5 })).toBeNull();
  });
});
