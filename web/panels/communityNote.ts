/**
 * The selected entity's Louvain group in the current view, for its panel: the other members it
 * is grouped with, heaviest first. A soft grouping of what is on screen, said as such.
 */
import { el } from '../dom';
import type { ViewGraph } from '../graph/buildGraph';
import { communityGroups } from '../graph/communityColours';

const SHOWN = 6;

function communityNote(graph: ViewGraph, id: string): HTMLElement | null {
  if (!graph.hasNode(id)) return null;
  const self = graph.getNodeAttributes(id);
  const group = communityGroups(graph).find((g) => g.community === self.community);
  if (!group || group.size < 2) return null;
  const others = group.names.filter((n) => n !== self.label);
  const more = others.length > SHOWN ? ` and ${others.length - SHOWN} more` : '';
  return el('p', { className: 'community-note muted', attrs: { id: 'community-note' } }, [
    el('span', { className: 'swatch', attrs: { style: `background:${group.colour}` } }),
    ` Grouped in this view with ${others.slice(0, SHOWN).join(', ')}${more} (Louvain community: talked about together).`,
  ]);
}

/**
 * Puts the note under the entity's header in its panel (replacing an older one). Called when the
 * panel is drawn and when the graph changes, whichever comes last.
 */
export function placeCommunityNote(
  section: HTMLElement,
  graph: ViewGraph,
  id: string | null,
): void {
  const header = section.querySelector('.entity-header');
  header?.parentElement?.querySelector('#community-note')?.remove();
  const note = id ? communityNote(graph, id) : null;
  if (header && note) header.after(note);
}
