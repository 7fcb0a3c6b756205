/** The focus bar over the graph: one chip per expanded entity, "show more" and collapse. */
import { el } from '../dom';
import type { ViewGraph } from '../graph/buildGraph';
import type { Expansion } from '../graph/expand';

export function renderFocusBar(
  host: HTMLElement,
  graph: ViewGraph,
  focus: Record<string, number>,
  ex: Expansion | null,
  setFocus: (focus: Record<string, number>) => void,
): void {
  host.hidden = !ex;
  if (!ex) {
    host.replaceChildren();
    return;
  }
  const chips = Object.entries(focus).map(([id, cap]) => {
    const name = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
    const more = ex.hidden.get(id) ?? 0;
    const { [id]: _dropped, ...rest } = focus;
    return el('span', { className: 'focus-chip', attrs: { 'data-id': id } }, [
      `${name} · ${ex.shown.get(id) ?? 0} neighbours shown`,
      more > 0
        ? el('button', {
            text: `show ${Math.min(20, more)} more`,
            attrs: { type: 'button', class: 'show-more' },
            onClick: () => setFocus({ ...focus, [id]: cap + 20 }),
          })
        : '',
      el('button', {
        text: '×',
        title: 'collapse this expansion',
        attrs: { type: 'button', 'aria-label': `collapse the expansion of ${name}` },
        onClick: () => setFocus(rest),
      }),
    ]);
  });
  host.replaceChildren(
    el('strong', { text: 'Focus' }),
    ...chips,
    el('button', {
      text: 'show everything',
      attrs: { type: 'button', id: 'focus-clear' },
      onClick: () => setFocus({}),
    }),
  );
}
