/**
 * Compiles the renderer's WebGL programs before the first graph arrives. Without a GPU (headless
 * Chromium, remote desktops) WebGL runs in software, which compiles each shader program on its
 * first draw: about a second for the programs of one view, paid inside the first frame. Drawing
 * a two-node graph once, hidden, right at start-up lets the GPU process compile them while the
 * page fetches and builds the first view; the model is emptied again before anyone reads it.
 */
import type { SerializedGraph } from '../../contract/api';
import { applySizes, mergeInto, type ViewGraph } from '../graph/buildGraph';
import type { Renderer } from './graphView';

/**
 * Every glyph an edge label is made of (stances, relation types, "×3", ", ", "(implicit)"): the
 * edge-label program renders its glyph atlas as it meets new characters, and each time redraws
 * the whole view once more (a second full frame at start-up) unless they are known already.
 */
const EDGE_GLYPHS = ['abcdefghijklmnopqrstuvwxyz_', '0123456789 ×,()'];

/** What the first view draws: labelled entities, a stance edge (arrow, label) and a dashed one. */
const SAMPLE: SerializedGraph = {
  nodes: [
    { key: 'warm-up:a', attributes: { name: 'Aa', type: 'Country', x: 0, y: 0 } },
    { key: 'warm-up:b', attributes: { name: 'Bb', type: 'Topic', x: 1, y: 1 } },
  ],
  edges: [
    {
      key: 'warm-up:ab',
      source: 'warm-up:a',
      target: 'warm-up:b',
      attributes: { type: 'STANCE', stance: 'support', label: EDGE_GLYPHS[0] },
    },
    {
      key: 'warm-up:ba',
      source: 'warm-up:b',
      target: 'warm-up:a',
      attributes: { type: 'STANCE', stance: 'oppose', label: EDGE_GLYPHS[1], implicit: true },
    },
  ],
};

/**
 * Draws the sample once with the container hidden (nothing flashes on screen, and the browser
 * does not wait for the frame to composite it), then empties the model. Returns the function
 * that shows the container again: call it when the real graph is drawn.
 */
export function warmUp(renderer: Renderer, graph: ViewGraph): () => void {
  const container = renderer.getContainer();
  container.style.visibility = 'hidden';
  mergeInto(graph, SAMPLE);
  // Both as hubs: their labels are drawn, so the label programs compile too.
  applySizes(graph, 'commitments', 2);
  renderer.refresh();
  // Sends the queued commands now: the GPU process compiles while this thread goes on.
  renderer.getWebGLContext().flush();
  graph.clear();
  return () => {
    container.style.visibility = '';
  };
}
