/** Legend: a swatch per entity type present in the view, and per stance when edges carry them. */
import type { Stance } from '../../ingest/contract';
import { el } from '../dom';
import type { ViewGraph } from '../graph/buildGraph';
import { kindColor, STANCE_COLORS } from '../graph/palette';

export function renderLegend(host: HTMLElement, graph: ViewGraph): void {
  const kinds = new Map<string, number>();
  const stances = new Set<Stance>();
  graph.forEachNode((_k, a) => kinds.set(String(a.type), (kinds.get(String(a.type)) ?? 0) + 1));
  graph.forEachEdge((_k, a) => a.stance && stances.add(a.stance));
  const row = (colour: string, text: string, shape = 'swatch') =>
    el('li', {}, [
      el('span', { className: shape, attrs: { style: `background:${colour}` } }),
      text,
    ]);
  const lists = [
    el(
      'ul',
      { className: 'legend-kinds' },
      [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => row(kindColor(k), `${k} (${n})`)),
    ),
  ];
  if (stances.size)
    lists.push(
      el(
        'ul',
        { className: 'legend-stances' },
        [...stances].sort().map((s) => row(STANCE_COLORS[s], s, 'line')),
      ),
    );
  host.replaceChildren(...lists);
}
