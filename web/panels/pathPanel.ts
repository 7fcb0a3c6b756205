/** Shortest paths between two entities, picked by search; every hop with its sentence. */
import type { PathsResponse } from '../../server/types';
import { el } from '../dom';
import { STANCE_COLORS } from '../graph/palette';
import { entityLink, evidenceItem } from './evidence';
import { mountSearch, type SearchBox } from './search';

export interface PathPanel {
  root: HTMLElement;
  from: SearchBox;
  to: SearchBox;
  results: HTMLElement;
}

export function mountPathPanel(
  host: HTMLElement,
  onPick: (end: 'from' | 'to', id: string) => void,
): PathPanel {
  const pickers = el('div', { className: 'path-pickers' });
  const results = el('div', { attrs: { id: 'path-results' } });
  host.replaceChildren(el('h2', { text: 'Shortest path' }), pickers, results);
  const from = mountSearch(pickers, {
    id: 'path-from',
    placeholder: 'From entity…',
    onPick: (hit) => onPick('from', hit.id),
  });
  const to = mountSearch(pickers, {
    id: 'path-to',
    placeholder: 'To entity…',
    onPick: (hit) => onPick('to', hit.id),
  });
  return { root: host, from, to, results };
}

export function renderPaths(
  panel: PathPanel,
  data: PathsResponse,
  open: (id: string) => void,
): void {
  panel.from.setValue(data.from.name);
  panel.to.setValue(data.to.name);
  if (data.paths.length === 0) {
    panel.results.replaceChildren(
      el('p', {
        className: 'muted',
        text: `No path connects ${data.from.name} and ${data.to.name}.`,
      }),
    );
    return;
  }
  panel.results.replaceChildren(
    ...data.paths.map((path, p) =>
      el('section', { className: 'path' }, [
        el('h3', { text: `Path ${p + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}` }),
        el(
          'ol',
          { className: 'hops' },
          path.hops.map((hop) =>
            el('li', { className: 'hop' }, [
              el('div', { className: 'hop-head' }, [
                entityLink(hop.from, open),
                hop.via.kind === 'commitment'
                  ? el('span', {
                      className: 'stance',
                      text: ` —${hop.via.trigger}→ `,
                      attrs: { style: `border-color:${STANCE_COLORS[hop.via.stance]}` },
                    })
                  : el('span', {
                      className: 'relation',
                      text: ` —${hop.via.type.toLowerCase()}→ `,
                    }),
                entityLink(hop.to, open),
              ]),
              hop.evidence
                ? evidenceItem(hop.evidence)
                : el('p', { className: 'muted', text: 'No sentence names both.' }),
            ]),
          ),
        ),
      ]),
    ),
  );
}
