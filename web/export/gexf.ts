/**
 * GEXF 1.3 of the view for Gephi: the visible entities as nodes (with their drawn position,
 * size and colour), and one edge per commitment link carrying its evidence: relation, stance,
 * trigger, sentence, document, date and whether the link is stated or only implied by a
 * heading. graphology-gexf's 1.3 writer gives the namespaces Gephi reads
 * (`http://gexf.net/1.3`, viz `http://gexf.net/1.3/viz`).
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { DocumentRef } from '../../contract/api';
import type { ViewGraph } from '../graph/buildGraph';
import type { EvidenceEdge } from '../graph/evidenceEdges';

interface ExportEdgeAttributes {
  relation: string;
  stance: string;
  trigger: string;
  sentence: string;
  document: string;
  date: string;
  link: 'stated' | 'implicit';
  commitment: string;
  color: string;
}

/** The graph an export writes: entities and evidence edges (a multigraph: one edge per link). */
export function exportGraph(
  graph: ViewGraph,
  edges: EvidenceEdge[],
  documents: Map<string, DocumentRef>,
  visible: (key: string) => boolean = () => true,
): MultiDirectedGraph {
  const out = new MultiDirectedGraph();
  graph.forEachNode((key, a) => {
    if (a.type === 'Commitment' || !visible(key)) return;
    out.addNode(key, { ...a });
  });
  edges.forEach((e, i) => {
    if (!out.hasNode(e.source) || !out.hasNode(e.target)) return;
    const doc = e.docId ? documents.get(e.docId) : undefined;
    const attributes: ExportEdgeAttributes = {
      relation: e.relation,
      stance: e.stance ?? '',
      trigger: e.trigger ?? '',
      sentence: e.sentence,
      document: doc?.title ?? e.docId ?? '',
      date: doc?.date ?? '',
      link: e.implicit ? 'implicit' : 'stated',
      commitment: e.commitmentId ?? '',
      color: '',
    };
    out.addEdgeWithKey(`e${i}`, e.source, e.target, attributes);
  });
  return out;
}

export function toGexf(
  graph: ViewGraph,
  edges: EvidenceEdge[],
  documents: Map<string, DocumentRef>,
  visible?: (key: string) => boolean,
): string {
  const g = exportGraph(graph, edges, documents, visible);
  return write(g, {
    version: '1.3',
    formatNode: (key, a) => ({
      label: String(a.label || a.name || key),
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: {
        type: String(a.type),
        ...(a.commitments !== undefined ? { commitments: Number(a.commitments) } : {}),
      },
    }),
    formatEdge: (_key, a) => {
      const { color: _color, ...attributes } = a as ExportEdgeAttributes;
      return {
        label: a.stance ? `${a.stance}: ${a.trigger}` : String(a.relation).toLowerCase(),
        attributes,
      };
    },
  });
}
