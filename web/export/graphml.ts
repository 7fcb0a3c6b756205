/**
 * GraphML of the same export graph as the GEXF (entities, one edge per commitment link with
 * its evidence), for yEd, Cytoscape and NetworkX. Written by hand: it is a small, fixed schema,
 * and every value goes through XML escaping.
 */
import type { MultiDirectedGraph } from 'graphology';

const NODE_KEYS = ['label', 'type', 'commitments'] as const;
const EDGE_KEYS = [
  'relation',
  'stance',
  'trigger',
  'sentence',
  'document',
  'date',
  'link',
  'commitment',
] as const;

export function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

const data = (key: string, value: unknown) =>
  value === undefined || value === null || value === ''
    ? ''
    : `<data key="${key}">${xmlEscape(String(value))}</data>`;

export function toGraphml(graph: MultiDirectedGraph): string {
  const keys = [
    ...NODE_KEYS.map(
      (k) =>
        `<key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'commitments' ? 'int' : 'string'}"/>`,
    ),
    ...EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const nodes: string[] = [];
  graph.forEachNode((key, a) => {
    const label = a.label || a.name || key;
    nodes.push(
      `<node id="${xmlEscape(key)}">${data('n_label', label)}${data('n_type', a.type)}${data('n_commitments', a.commitments)}</node>`,
    );
  });
  const edges: string[] = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push(
      `<edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${EDGE_KEYS.map((k) => data(`e_${k}`, a[k])).join('')}</edge>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '<graph id="communique-graph" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}
