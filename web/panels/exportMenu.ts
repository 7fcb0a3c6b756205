/** Export buttons: PNG of the view, GEXF and GraphML of the graph, CSV of edges with evidence. */
import { messageOf } from '../../contract/errors';
import { el } from '../dom';

export interface Exporters {
  png(): Promise<void>;
  gexf(): void;
  graphml(): void;
  csv(): void;
}

export function renderExportMenu(
  host: HTMLElement,
  exporters: Exporters,
  report: (message: string) => void,
): void {
  const button = (id: string, text: string, run: () => Promise<void> | void) =>
    el('button', {
      text,
      attrs: { type: 'button', id },
      onClick: () => {
        Promise.resolve()
          .then(run)
          .catch((error: unknown) => report(`Export failed: ${messageOf(error)}`));
      },
    });
  host.replaceChildren(
    el('span', { className: 'muted', text: 'Export' }),
    button('export-png', 'PNG', exporters.png),
    button('export-gexf', 'GEXF', exporters.gexf),
    button('export-graphml', 'GraphML', exporters.graphml),
    button('export-csv', 'CSV', exporters.csv),
  );
}
