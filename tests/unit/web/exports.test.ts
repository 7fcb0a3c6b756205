import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import { exportGraph, toGexf } from '../../../web/export/gexf';
import { toGraphml, xmlEscape } from '../../../web/export/graphml';
import { buildGraph } from '../../../web/graph/buildGraph';
import { collapseCommitments, evidenceEdges } from '../../../web/graph/evidenceEdges';

// The browser build the app bundles needs a DOM to load its parser; its writer is the same
// module as the Node build's (graphology-gexf/common/writer), so Node's stands in for it.
vi.mock('graphology-gexf/browser', () => import('graphology-gexf'));

const node = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { name: key, type, ...extra } as SerializedGraph['nodes'][number]['attributes'],
});
const link = (source: string, target: string, type: string, implicit = false) => ({
  key: `${source}->${type}->${target}`,
  source,
  target,
  attributes: { type, implicit },
});
const data: SerializedGraph = {
  nodes: [
    node('usa', 'Country'),
    node('prk', 'Country'),
    node('abductees', 'Topic'),
    node('c1', 'Commitment', {
      stance: 'urge',
      trigger: 'urged',
      text: 'They urged the DPRK to stop & "cease".',
      docId: 'doc:a',
    }),
    node('c2', 'Commitment', {
      stance: 'commit',
      trigger: 'reiterated their commitment',
      text: 'They reiterated their commitment to resolving the abductees issue.',
      docId: 'doc:a',
    }),
  ],
  edges: [
    link('usa', 'c1', 'MADE'),
    link('c1', 'prk', 'TARGETS'),
    link('usa', 'c2', 'MADE'),
    link('c2', 'abductees', 'ABOUT'),
    link('c2', 'prk', 'ABOUT', true),
  ],
};
const docs = new Map([['doc:a', { id: 'doc:a', title: 'Joint <Statement>', date: '2025-09-22' }]]);
const view = buildGraph(collapseCommitments(data));

describe('GEXF export', () => {
  const xml = toGexf(view, evidenceEdges(data), docs);

  it('writes the GEXF 1.3 namespaces Gephi reads, without the three-slash viz URL', () => {
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).not.toContain('http:///');
  });

  it('parses in graphology-gexf with stance, evidence and the implicit mark on edges', () => {
    const parsed = parseGexf(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(3);
    const edges = parsed.mapEdges((_k, a, s, t) => ({ s, t, ...a }) as Record<string, unknown>);
    const urge = edges.find((e) => e.s === 'usa' && e.t === 'prk' && e.stance === 'urge');
    expect(urge).toMatchObject({
      trigger: 'urged',
      sentence: 'They urged the DPRK to stop & "cease".',
      document: 'Joint <Statement>',
      date: '2025-09-22',
      link: 'stated',
    });
    const implied = edges.find((e) => e.s === 'usa' && e.t === 'prk' && e.stance === 'commit');
    expect(implied?.link).toBe('implicit');
    expect(parsed.getNodeAttribute('prk', 'type')).toBe('Country');
  });
});

describe('GraphML export', () => {
  it('is well-formed XML with the same evidence edges', () => {
    const xml = toGraphml(exportGraph(view, evidenceEdges(data), docs));
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelectorAll('node').length).toBe(3);
    const edges = [...doc.querySelectorAll('edge')];
    expect(edges).toHaveLength(3);
    const stances = edges.map((e) => e.querySelector('data[key="e_stance"]')?.textContent);
    expect(stances.sort()).toEqual(['commit', 'commit', 'urge']);
    expect(xml).toContain('Joint &lt;Statement&gt;');
    expect(xml).toContain('<data key="e_link">implicit</data>');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});
