/**
 * The selected entity's Louvain group in the current view, for its panel: the other members it
 * is grouped with, heaviest first. A soft grouping of what is on screen, said as such.
 */
import { el } from '../dom';
import type { ViewGraph } from '../graph/buildGraph';
import { communityGroups } from '../graph/communityColours';

const SHOWN = 6;

export function communityNote(graph: ViewGraph, id: string): HTMLElement | null {
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
