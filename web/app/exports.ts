/** The export buttons' work: PNG of the canvas, GEXF of the visible graph, CSV of its edges. */
import type { DocumentRef } from '../../server/types';
import { edgesCsv } from '../export/csv';
import { download, stamp } from '../export/download';
import { toGexf } from '../export/gexf';
import { renderPng } from '../export/png';
import { evidenceEdges } from '../graph/evidenceEdges';
import type { Exporters } from '../panels/exportMenu';
import type { GraphView } from './graphView';

export function makeExporters(
  view: GraphView,
  documents: () => Map<string, DocumentRef>,
): Exporters {
  const name = (ext: string) => `communique-graph-${stamp()}.${ext}`;
  return {
    async png() {
      download(name('png'), await renderPng(view.renderer));
    },
    gexf() {
      download(
        name('gexf'),
        new Blob([toGexf(view.graph, (k) => view.isVisible(k))], { type: 'application/xml' }),
      );
    },
    csv() {
      const edges = evidenceEdges(view.data).filter(
        (e) => view.isVisible(e.source) && view.isVisible(e.target),
      );
      const attrs = (id: string) =>
        view.graph.hasNode(id) ? view.graph.getNodeAttributes(id) : undefined;
      download(
        name('csv'),
        new Blob([edgesCsv(edges, attrs, documents())], { type: 'text/csv;charset=utf-8' }),
      );
    },
  };
}
