/**
 * The Path tab: shortest paths between two entities (URL keys `from`, `to`); the path is lit and
 * framed in the graph while the tab is open, so its hops can be read there too.
 */
import { fetchPaths } from '../api';
import { el } from '../dom';
import type { UrlField } from '../state/fields';
import { definePanel, latestOnly, loadFailed } from './panel';
import { mountPathPanel, renderPaths } from './pathPanel';

type Ends = { from: string | null; to: string | null };

const endsField: UrlField<Ends> = {
  keys: ['from', 'to'],
  initial: () => ({ from: null, to: null }),
  write: (path, q) => {
    if (path.from) q.set('from', path.from);
    if (path.to) q.set('to', path.to);
  },
  read: (q) => ({ from: q.get('from') || null, to: q.get('to') || null }),
};

export const pathTab = definePanel({
  id: 'path',
  label: 'Path',
  emphasis: 'path',
  state: { path: endsField },
  mount({ section, view, explorer, state, update }) {
    const next = latestOnly();
    const panel = mountPathPanel(section, (end, id) =>
      update({ path: { ...state().path, [end]: id }, tab: 'path' }),
    );
    const say = (text: string, className = 'muted') =>
      panel.results.replaceChildren(el('p', { className, text }));
    return {
      async apply() {
        const { from, to } = state().path;
        const current = next();
        if (!from || !to) {
          say(from ? 'Now pick where to go.' : 'Pick two entities.');
          return null;
        }
        try {
          const data = await fetchPaths(from, to);
          if (!current()) return null;
          renderPaths(panel, data, explorer.open);
          const ids = new Set(
            data.paths.flatMap((p) =>
              p.hops.flatMap((h) => [
                h.from.id,
                h.to.id,
                ...(h.via.kind === 'commitment' ? [h.via.id] : []),
              ]),
            ),
          );
          if (ids.size && state().tab === 'path') {
            await view.idle();
            view.fit(ids);
          }
          return ids;
        } catch (error) {
          if (current()) say(loadFailed(error), 'error');
          return null;
        }
      },
    };
  },
});
