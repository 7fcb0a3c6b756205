/**
 * The graph view: one graphology model drawn by one sigma renderer for the page's life. Loads
 * replace the model's content (so `window.communique.graph` stays valid), one at a time, then
 * lay it out; emphasis (hover, selection, lens, path, expansion) goes through the reducers.
 */
import Sigma from 'sigma';
import type { SerializedGraph } from '../../server/types';
import {
  applySizes,
  mergeInto,
  newViewGraph,
  type SizeBy,
  type ViewEdgeAttributes,
  type ViewGraph,
  type ViewNodeAttributes,
} from '../graph/buildGraph';
import {
  type Emphasis,
  edgeReducer,
  emptyEmphasis,
  neighbourhood,
  nodeReducer,
} from '../graph/emphasis';
import { collapseCommitments } from '../graph/evidenceEdges';
import { layoutGraph } from '../graph/layout';

export type Renderer = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

export class GraphView {
  readonly graph: ViewGraph = newViewGraph();
  readonly renderer: Renderer;
  readonly emphasis: Emphasis = emptyEmphasis();
  /** What was loaded, before collapsing: the exports' source of evidence. */
  data: SerializedGraph = { nodes: [], edges: [] };
  sizeBy: SizeBy = 'commitments';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    container: HTMLElement,
    on: {
      clickNode(key: string, attrs: ViewNodeAttributes): void;
      /** Stance edges of the collapsed view open their commitments. */
      clickEdge(key: string, attrs: ViewEdgeAttributes, ends: [string, string]): void;
    },
  ) {
    this.renderer = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(this.graph, container, {
      settings: {
        renderEdgeLabels: true,
        labelRenderedSizeThreshold: 7,
        labelDensity: 0.45,
        labelGridCellSize: 120,
        hideEdgesOnMove: false,
        enableEdgeEvents: true,
      },
      nodeReducer: nodeReducer(this.emphasis),
      edgeReducer: edgeReducer(this.emphasis, () => this.graph),
    });
    this.renderer.on('enterNode', ({ node }) => {
      this.emphasis.hovered = neighbourhood(this.graph, node);
      this.redraw();
    });
    this.renderer.on('leaveNode', () => {
      this.emphasis.hovered = null;
      this.redraw();
    });
    this.renderer.on('clickNode', ({ node }) =>
      on.clickNode(node, this.graph.getNodeAttributes(node)),
    );
    this.renderer.on('clickEdge', ({ edge }) => {
      const [s, t] = this.graph.extremities(edge);
      on.clickEdge(edge, this.graph.getEdgeAttributes(edge), [s, t]);
    });
  }

  /** Runs view changes one after the other: a layout must not see the model change under it. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  load(data: SerializedGraph, collapse: boolean): Promise<'restored' | 'computed'> {
    return this.serial(async () => {
      this.data = data;
      const previous: Record<string, { x: number; y: number }> = {};
      this.graph.forEachNode((key, a) => {
        previous[key] = { x: a.x, y: a.y };
      });
      this.graph.clear();
      mergeInto(this.graph, collapse ? collapseCommitments(data) : data, previous);
      applySizes(this.graph, this.sizeBy);
      const outcome = await layoutGraph(this.graph);
      this.renderer.refresh();
      return outcome;
    });
  }

  /** The Cypher console's results: drawn over the view ('add') or instead of it ('replace'). */
  showGraph(data: SerializedGraph, mode: 'add' | 'replace'): Promise<void> {
    return this.serial(async () => {
      if (mode === 'replace') {
        this.graph.clear();
        this.data = data;
      } else {
        this.data = {
          nodes: [...this.data.nodes, ...data.nodes],
          edges: [...this.data.edges, ...data.edges],
        };
      }
      mergeInto(this.graph, data);
      applySizes(this.graph, this.sizeBy);
      await layoutGraph(this.graph, 1200);
      this.renderer.refresh();
    });
  }

  setSizeBy(sizeBy: SizeBy): void {
    this.sizeBy = sizeBy;
    applySizes(this.graph, sizeBy);
    this.redraw();
  }

  setEmphasis(patch: Partial<Emphasis>): void {
    Object.assign(this.emphasis, patch);
    this.redraw();
  }

  redraw(): void {
    this.renderer.refresh();
  }

  /** Centres the camera on a node, zoomed in a little. */
  focusCamera(key: string): void {
    const display = this.renderer.getNodeDisplayData(key);
    if (!display) return;
    void this.renderer
      .getCamera()
      .animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
  }

  isVisible(key: string): boolean {
    return !this.emphasis.visible || this.emphasis.visible.has(key);
  }
}
