/**
 * Camera controls over the graph (zoom in, zoom out, fit, reset) and the keyboard on the
 * focusable canvas: arrows pan, + and − zoom, 0 fits, n / p step through the entities from
 * the heaviest down, Enter opens the stepped-on entity. The stepped-on entity is announced.
 */
import { el } from '../dom';
import type { GraphView } from './graphView';

export interface GraphControlActions {
  /** Frames what matters now: the path, else the lens, else everything visible. */
  fit(): void;
  /** Back to the URL's view: camera reset and the stepping cursor cleared. */
  reset(): void;
  open(id: string): void;
}

export function mountGraphControls(
  area: HTMLElement,
  container: HTMLElement,
  view: GraphView,
  actions: GraphControlActions,
): void {
  const button = (id: string, text: string, label: string, run: () => void) =>
    el('button', {
      text,
      title: label,
      attrs: { type: 'button', id, 'aria-label': label },
      onClick: run,
    });
  area.append(
    el('div', { className: 'graph-controls', attrs: { role: 'toolbar', 'aria-label': 'camera' } }, [
      button('zoom-in', '+', 'Zoom in', () => view.zoom('in')),
      button('zoom-out', '−', 'Zoom out', () => view.zoom('out')),
      button('zoom-fit', '⤢', 'Fit the view to what is highlighted', actions.fit),
      button('zoom-reset', '⟲', 'Reset the camera', actions.reset),
    ]),
  );
  const announce = el('span', {
    className: 'visually-hidden',
    attrs: { id: 'graph-cursor', 'aria-live': 'polite' },
  });
  area.append(announce);
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute(
    'aria-label',
    'Graph. Arrow keys pan, plus and minus zoom, 0 fits, n and p step through entities, Enter opens one.',
  );

  let cursor = -1;
  const order = () =>
    view.graph
      .filterNodes((k, a) => a.type !== 'Commitment' && view.isVisible(k))
      .sort(
        (a, b) =>
          view.graph.getNodeAttribute(b, 'size') - view.graph.getNodeAttribute(a, 'size') ||
          a.localeCompare(b),
      );
  const step = (by: number) => {
    const keys = order();
    if (!keys.length) return;
    cursor = (cursor + by + keys.length) % keys.length;
    const key = keys[cursor] as string;
    view.setEmphasis({ selected: key });
    view.focusCamera(key);
    announce.textContent = `${view.graph.getNodeAttribute(key, 'label')} (${view.graph.getNodeAttribute(key, 'type')}), ${cursor + 1} of ${keys.length}. Enter opens it.`;
    container.dataset.cursor = key;
  };
  container.addEventListener('keydown', (event) => {
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const pan = pans[event.key];
    if (pan) view.pan(...pan);
    else if (event.key === '+' || event.key === '=') view.zoom('in');
    else if (event.key === '-' || event.key === '_') view.zoom('out');
    else if (event.key === '0') actions.fit();
    else if (event.key === 'n') step(1);
    else if (event.key === 'p') step(-1);
    else if (event.key === 'Enter' && container.dataset.cursor)
      actions.open(container.dataset.cursor);
    else return;
    event.preventDefault();
  });
  container.addEventListener('blur', () => {
    cursor = -1;
  });
}
