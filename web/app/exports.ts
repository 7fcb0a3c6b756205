/**
 * The export buttons' work: PNG of the canvas with title, legend and date; GEXF and GraphML of
 * the visible entities with one evidence-carrying edge per commitment link; CSV of those edges.
 */

import type { DocumentRef } from '../../contract/api';
import type { Stance } from '../../contract/vocabulary';
import { edgesCsv } from '../export/csv';
import { download, stamp } from '../export/download';
import { exportGraph, toGexf } from '../export/gexf';
import { toGraphml } from '../export/graphml';
import { type LegendEntry, renderPng } from '../export/png';
import { evidenceEdges } from '../graph/evidenceEdges';
import { kindColor, STANCE_COLORS } from '../graph/palette';
import type { Exporters } from '../panels/exportMenu';
import type { GraphView } from './graphView';

function legendOf(view: GraphView): LegendEntry[] {
  const kinds = new Set<string>();
  const stances = new Set<Stance>();
  view.graph.forEachNode((k, a) => view.isVisible(k) && kinds.add(String(a.type)));
  view.graph.forEachEdge((_k, a) => a.stance && stances.add(a.stance));
  return [
    ...[...kinds].sort().map((k) => ({ colour: kindColor(k), text: k, shape: 'dot' as const })),
    ...[...stances]
      .sort()
      .map((s) => ({ colour: STANCE_COLORS[s], text: s, shape: 'line' as const })),
  ];
}

export function makeExporters(
  view: GraphView,
  documents: () => Map<string, DocumentRef>,
  title: () => string,
): Exporters {
  const name = (ext: string) => `communique-graph-${stamp()}.${ext}`;
  const edges = () =>
    evidenceEdges(view.data).filter((e) => view.isVisible(e.source) && view.isVisible(e.target));
  const visible = (k: string) => view.isVisible(k);
  return {
    async png() {
      const frame = {
        title: title(),
        date: new Date().toISOString().slice(0, 10),
        legend: legendOf(view),
      };
      download(name('png'), await renderPng(view.renderer, frame));
    },
    gexf() {
      const xml = toGexf(view.graph, edges(), documents(), visible);
      download(name('gexf'), new Blob([xml], { type: 'application/xml' }));
    },
    graphml() {
      const xml = toGraphml(exportGraph(view.graph, edges(), documents(), visible));
      download(name('graphml'), new Blob([xml], { type: 'application/xml' }));
    },
    csv() {
      const attrs = (id: string) =>
        view.graph.hasNode(id) ? view.graph.getNodeAttributes(id) : undefined;
      download(
        name('csv'),
        new Blob([edgesCsv(edges(), attrs, documents())], { type: 'text/csv;charset=utf-8' }),
      );
    },
  };
}
