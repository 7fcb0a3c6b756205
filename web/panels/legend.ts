/**
 * Legend: a swatch per entity type present in the view, a line per stance on its edges, and
 * what the other marks mean (faded, dashed, ringed, arrows), so nothing on screen is a guess.
 */
import type { Stance } from '../../contract/vocabulary';
import { el } from '../dom';
import type { ViewGraph } from '../graph/buildGraph';
import { fade, kindColor, SELECTED_RING, STANCE_COLORS } from '../graph/palette';

export function renderLegend(host: HTMLElement, graph: ViewGraph): void {
  const kinds = new Map<string, number>();
  const stances = new Set<Stance>();
  let implicit = false;
  graph.forEachNode((_k, a) => kinds.set(String(a.type), (kinds.get(String(a.type)) ?? 0) + 1));
  graph.forEachEdge((_k, a) => {
    if (a.stance) stances.add(a.stance);
    if (a.implicit) implicit = true;
  });
  const row = (colour: string, text: string, shape = 'swatch') =>
    el('li', {}, [
      el('span', { className: shape, attrs: { style: `background:${colour}` } }),
      text,
    ]);
  const lists = [
    el(
      'ul',
      { className: 'legend-kinds', attrs: { 'aria-label': 'entity types' } },
      [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => row(kindColor(k), `${k} (${n})`)),
    ),
  ];
  if (stances.size)
    lists.push(
      el(
        'ul',
        { className: 'legend-stances', attrs: { 'aria-label': 'stances' } },
        [...stances].sort().map((s) => row(STANCE_COLORS[s], s, 'line')),
      ),
    );
  lists.push(
    el('ul', { className: 'legend-marks', attrs: { 'aria-label': 'marks' } }, [
      row(fade(kindColor('Country')), 'faded: outside the lens, path or hovered node'),
      el('li', {}, [
        el('span', { className: 'ring', attrs: { style: `border-color:${SELECTED_RING}` } }),
        'ringed: selected',
      ]),
      el('li', {}, [el('span', { className: 'arrow', text: '→' }), 'actor → what it is about']),
      implicit
        ? el('li', {}, [el('span', { className: 'line dashed' }), 'dashed: implied by a heading'])
        : null,
      el('li', {}, [el('span', { className: 'hub-mark', text: 'Aa' }), 'named: the biggest hubs']),
    ]),
  );
  host.replaceChildren(...lists);
}
