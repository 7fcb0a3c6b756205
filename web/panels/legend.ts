/**
 * Legend: a swatch per entity type present in the view, a line per stance on its edges, and
 * what the other marks mean (faded, dashed, ringed, arrows), so nothing on screen is a guess.
 */
import type { Stance } from '../../contract/vocabulary';
import { el } from '../dom';
import type { ColourBy, ViewGraph } from '../graph/buildGraph';
import { communityGroups, SMALL_GROUP_COLOR } from '../graph/communityColours';
import { fade, kindColor, SELECTED_RING, STANCE_COLORS } from '../graph/palette';

export function renderLegend(
  host: HTMLElement,
  graph: ViewGraph,
  colourBy: ColourBy = 'type',
): void {
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
    colourBy === 'community'
      ? communityLegend(graph, row)
      : el(
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

/** "colour: community": a swatch per large group, named by its heaviest members. */
function communityLegend(
  graph: ViewGraph,
  row: (colour: string, text: string) => HTMLElement,
): HTMLElement {
  const groups = communityGroups(graph);
  const named = groups.filter((g) => g.colour !== SMALL_GROUP_COLOR);
  const small = groups.length - named.length;
  return el('ul', { className: 'legend-communities', attrs: { 'aria-label': 'communities' } }, [
    ...named.map((g) => row(g.colour, `${g.names.slice(0, 2).join(', ')}… (${g.size})`)),
    small ? row(SMALL_GROUP_COLOR, `${small} smaller groups`) : null,
    el('li', { className: 'muted', text: 'Louvain groups of this view: talked about together' }),
  ]);
}
