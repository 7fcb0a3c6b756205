/**
 * What the view emphasises, and the sigma reducers that draw it: hover lights a node's
 * neighbourhood (through commitment nodes) and dims the rest; otherwise a path, else the lens,
 * is lit. Expansion hides what is outside the focus. Reducers read this object on each render.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './buildGraph';
import { DIM_EDGE, DIM_LABEL, fade, SELECTED_RING } from './palette';

export interface Emphasis {
  hovered: Set<string> | null;
  selected: string | null;
  path: Set<string> | null;
  lens: Set<string> | null;
  visible: Set<string> | null;
  /** "colour: community": each node drawn in its Louvain group's colour (type colours when null). */
  communities: Map<number, string> | null;
}

export function emptyEmphasis(): Emphasis {
  return {
    hovered: null,
    selected: null,
    path: null,
    lens: null,
    visible: null,
    communities: null,
  };
}

/** A node, its neighbours, and the entities behind neighbouring commitment nodes. */
export function neighbourhood(graph: ViewGraph, node: string): Set<string> {
  const set = new Set([node]);
  if (!graph.hasNode(node)) return set;
  graph.forEachNeighbor(node, (n, a) => {
    set.add(n);
    if (a.type === 'Commitment') graph.forEachNeighbor(n, (m) => set.add(m));
  });
  return set;
}

function active(e: Emphasis): Set<string> | null {
  return e.hovered ?? e.path ?? e.lens;
}

export function nodeReducer(e: Emphasis) {
  return (
    key: string,
    data: NodeDisplayData,
    attrs: ViewNodeAttributes,
  ): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = { ...data };
    if (e.communities && attrs.community !== undefined)
      out.color = e.communities.get(attrs.community) ?? data.color;
    if (e.visible && !e.visible.has(key)) out.visibility = 'hidden';
    // Hubs are named at every zoom; sigma's label grid thins out the rest without overlaps.
    if (attrs.hub) out.labelVisibility = 'visible';
    const lit = active(e);
    if (lit && !lit.has(key)) {
      out.color = fade(out.color ?? attrs.color);
      // A dimmed hub stays named (in grey): the map's landmarks do not vanish under a lens.
      out.labelVisibility = attrs.hub ? 'visible' : 'hidden';
      out.labelColor = DIM_LABEL;
      out.zIndex = 0;
    } else if (lit) {
      out.zIndex = 1;
      // A neighbourhood or a path is small enough to label in full; a lens may not be.
      if (attrs.type !== 'Commitment' && lit !== e.lens) out.labelVisibility = 'visible';
    }
    if (key === e.selected) {
      // A dark ring (the node's backdrop, drawn round the disc only) marks the selection.
      out.highlighted = true;
      out.labelVisibility = 'visible';
      out.zIndex = 2;
      out.backdropVisibility = 'visible';
      out.backdropArea = 'node';
      out.backdropColor = '#ffffff';
      out.backdropBorderColor = SELECTED_RING;
      out.backdropBorderWidth = 3;
      out.backdropPadding = 3;
      out.backdropShadowBlur = 0;
    }
    return out;
  };
}

export function edgeReducer(e: Emphasis, graph: () => ViewGraph) {
  return (
    key: string,
    data: EdgeDisplayData,
    _attrs: ViewEdgeAttributes,
  ): Partial<EdgeDisplayData> => {
    // Arrowheads: every edge reads source → target (actor → what it is about or targets).
    const out: Partial<EdgeDisplayData> = { ...data, head: 'arrow' };
    const g = graph();
    if (!g.hasEdge(key)) return out;
    const [s, t] = g.extremities(key);
    if (e.visible && (!e.visible.has(s) || !e.visible.has(t))) out.visibility = 'hidden';
    const lit = active(e);
    if (lit) {
      if (lit.has(s) && lit.has(t)) out.zIndex = 1;
      else {
        out.color = DIM_EDGE;
        out.label = null;
      }
    }
    return out;
  };
}
