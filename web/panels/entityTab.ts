/**
 * The Entity tab: the selected entity's detail (URL key `selected`), or the commitments of a
 * clicked commitment node or stance edge, which need no server round trip.
 */
import type { Evidence } from '../../contract/api';
import { fetchEntity } from '../api';
import { el } from '../dom';
import { optionalField } from '../state/fields';
import { placeCommunityNote } from './communityNote';
import { renderEntity } from './entityPanel';
import { evidenceItem } from './evidence';
import { definePanel, latestOnly, loadFailed } from './panel';

export const entityTab = definePanel({
  id: 'entity',
  label: 'Entity',
  state: { selected: optionalField('selected') },
  mount({ section, view, explorer, state }) {
    const next = latestOnly();
    section.append(el('p', { className: 'muted', text: 'Click a node or search for an entity.' }));
    return {
      async apply() {
        const { selected } = state();
        if (!selected) return null;
        if (view.graph.hasNode(selected)) view.focusCamera(selected);
        const current = next();
        section.setAttribute('aria-busy', 'true');
        try {
          const detail = await fetchEntity(selected);
          if (current()) {
            renderEntity(section, detail, explorer);
            placeCommunityNote(section, view.graph, selected);
          }
        } catch (error) {
          if (current())
            section.replaceChildren(el('p', { className: 'error', text: loadFailed(error) }));
        } finally {
          if (current()) section.removeAttribute('aria-busy');
        }
        return null;
      },
      /** Commitments of a clicked commitment node or stance edge; supersedes any entity load. */
      showCommitments(title: string, items: Evidence[]): void {
        next();
        section.replaceChildren(
          el('h2', { text: title, attrs: { id: 'commitments-title' } }),
          el('p', {
            className: 'muted',
            text: `${items.length} commitment${items.length === 1 ? '' : 's'}`,
          }),
          ...items.map((e) => evidenceItem(e)),
        );
      },
    };
  },
});
