/**
 * Louvain communities as soft groupings the analyst can see: each group of the view with its
 * size, its best-known members and, for the largest, a colour of its own (Paul Tol's
 * colour-blind-safe "bright" scheme plus two of his "vibrant" ones; the many small groups share
 * one sand colour, never grey, which means "dimmed"). Type colours stay the default; this is
 * the "colour: community" view. The grouping is the view's, recomputed with it: a hint of who
 * is talked about together, not a fact stated anywhere.
 */
import type { ViewGraph } from './buildGraph';
import { assignCommunities } from './communities';

export const COMMUNITY_COLORS = [
  '#4477aa',
  '#ee6677',
  '#228833',
  '#ccbb44',
  '#66ccee',
  '#aa3377',
  '#ee7733',
  '#009988',
];
export const SMALL_GROUP_COLOR = '#d9c7a3';

export interface CommunityGroup {
  community: number;
  size: number;
  colour: string;
  /** Members' names, the heaviest first. */
  names: string[];
}

/** The view's groups, largest first (ties by community number), each with its colour. */
export function communityGroups(graph: ViewGraph): CommunityGroup[] {
  let missing = false;
  graph.forEachNode((_k, a) => {
    if (a.community === undefined) missing = true;
  });
  // A layout restored from saved positions skips the seeding that assigns them.
  if (missing) assignCommunities(graph);
  const members = new Map<number, { name: string; size: number }[]>();
  graph.forEachNode((_k, a) => {
    if (a.type === 'Commitment' || a.community === undefined) return;
    const list = members.get(a.community) ?? [];
    list.push({ name: a.label, size: a.size });
    members.set(a.community, list);
  });
  return [...members.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([community, list], i) => ({
      community,
      size: list.length,
      colour:
        i < COMMUNITY_COLORS.length && list.length > 1
          ? (COMMUNITY_COLORS[i] as string)
          : SMALL_GROUP_COLOR,
      names: list.sort((a, b) => b.size - a.size).map((m) => m.name),
    }));
}

/** Community → colour, for the node reducer. */
export function communityColourMap(groups: CommunityGroup[]): Map<number, string> {
  return new Map(groups.map((g) => [g.community, g.colour]));
}
