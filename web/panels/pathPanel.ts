/** Shortest paths between two entities, picked by search; every hop with its sentence. */
import type { PathHop, PathsResponse } from '../../contract/api';
import { el } from '../dom';
import { readHop } from '../graph/hopReading';
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

function hopHead(hop: PathHop, open: (id: string) => void): HTMLElement {
  const r = readHop(hop);
  const verb =
    hop.via.kind === 'commitment'
      ? el('span', {
          className: 'stance',
          text: ` —${r.verb}→ `,
          attrs: { style: `border-color:${STANCE_COLORS[hop.via.stance]}` },
        })
      : el('span', { className: 'relation', text: ` —${r.verb}→ ` });
  const parts: (Node | string)[] =
    r.kind === 'directed'
      ? [entityLink(r.source, open), verb, entityLink(r.target, open)]
      : r.kind === 'joint'
        ? [
            entityLink(r.actors[0], open),
            ' and ',
            entityLink(r.actors[1], open),
            ` together: ${r.verb}`,
          ]
        : [
            `one commitment (${r.verb}) about `,
            entityLink(r.subjects[0], open),
            ' and ',
            entityLink(r.subjects[1], open),
          ];
  return el('div', { className: 'hop-head', attrs: { 'data-reading': r.kind } }, parts);
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
    el('p', {
      className: 'muted',
      text: "Shortest first. Each hop reads in the graph's direction: who stated it → what it is about.",
    }),
    ...data.paths.map((path, p) =>
      el('section', { className: 'path' }, [
        el('h3', { text: `Path ${p + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}` }),
        el(
          'ol',
          { className: 'hops' },
          path.hops.map((hop) =>
            el('li', { className: 'hop' }, [
              hopHead(hop, open),
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
