/**
 * The graph view: one graphology model drawn by one sigma renderer for the page's life. Loads
 * replace the model's content (so `window.communique.graph` stays valid), one at a time, then
 * lay it out; emphasis (hover, selection, lens, path, expansion) goes through the reducers.
 */
import Sigma from 'sigma';
import { extremityArrow, layerDashed, layerPlain, pathLine } from 'sigma/rendering';
import type { SerializedGraph } from '../../contract/api';
import {
  applySizes,
  type ColourBy,
  mergeInto,
  newViewGraph,
  type SizeBy,
  type ViewEdgeAttributes,
  type ViewGraph,
  type ViewNodeAttributes,
} from '../graph/buildGraph';
import { communityColourMap, communityGroups } from '../graph/communityColours';
import {
  type Emphasis,
  edgeReducer,
  emptyEmphasis,
  neighbourhood,
  nodeReducer,
} from '../graph/emphasis';
import { collapseCommitments } from '../graph/evidenceEdges';
import { type LayoutOutcome, layoutGraph } from '../graph/layout';
import { warmUp } from './warmUp';

export type Renderer = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

export class GraphView {
  readonly graph: ViewGraph = newViewGraph();
  readonly renderer: Renderer;
  readonly emphasis: Emphasis = emptyEmphasis();
  /** What was loaded, before collapsing: the exports' source of evidence. */
  data: SerializedGraph = { nodes: [], edges: [] };
  sizeBy: SizeBy = 'commitments';
  /** How the last load got its positions (tests check the first view is drawn as the server laid it out). */
  lastLayout: LayoutOutcome | null = null;
  colourBy: ColourBy = 'type';
  private queue: Promise<unknown> = Promise.resolve();
  /** The render asked for and not yet drawn: every redraw until then shares it. */
  private frame: Promise<void> | null = null;
  /** Shows the view, hidden while its programs compile until the first graph is drawn. */
  private readonly reveal: () => void;

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
        labelRenderedSizeThreshold: 8,
        labelDensity: 0.35,
        labelGridCellSize: 140,
        hideEdgesOnMove: false,
        enableEdgeEvents: true,
        // A container with no size yet (a phone's collapsed layout) must not throw: sigma
        // draws once the layout gives it room, on the resize it listens for.
        allowInvalidContainer: true,
      },
      primitives: {
        edges: {
          // Straight lines only: the view graph has no self-loops (allowSelfLoops: false), and
          // sigma's default also compiles the loop path into every edge (74 vertices an edge
          // instead of 12, and its distance function in every fragment).
          paths: [pathLine()],
          extremities: [extremityArrow()],
          // Solid underneath; the dashed layer is transparent unless an edge sets a dash, and
          // then its white gaps make an implicit link read as dashed.
          layers: [
            layerPlain(),
            layerDashed({
              dashSize: { attribute: 'dashSize', default: 0, mode: 'pixels' },
              gapSize: { attribute: 'gapSize', default: 0, mode: 'pixels' },
              gapColor: '#ffffff',
            }),
          ],
        },
      },
      nodeReducer: nodeReducer(this.emphasis),
      edgeReducer: edgeReducer(this.emphasis, () => this.graph),
    });
    this.renderer.on('enterNode', ({ node }) => {
      this.emphasis.hovered = neighbourhood(this.graph, node);
      void this.redraw();
    });
    this.renderer.on('leaveNode', () => {
      this.emphasis.hovered = null;
      void this.redraw();
    });
    this.renderer.on('clickNode', ({ node }) =>
      on.clickNode(node, this.graph.getNodeAttributes(node)),
    );
    this.renderer.on('clickEdge', ({ edge }) => {
      const [s, t] = this.graph.extremities(edge);
      on.clickEdge(edge, this.graph.getEdgeAttributes(edge), [s, t]);
    });
    this.reveal = warmUp(this.renderer, this.graph);
  }

  /** Runs view changes one after the other: a layout must not see the model change under it. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  load(data: SerializedGraph, collapse: boolean): Promise<LayoutOutcome> {
    return this.serial(async () => {
      this.data = data;
      // The first view comes laid out by the server: its positions, not the last view's, count.
      const given =
        data.nodes.length > 0 &&
        data.nodes.every((n) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y));
      const previous: Record<string, { x: number; y: number }> = {};
      if (!given)
        this.graph.forEachNode((key, a) => {
          previous[key] = { x: a.x, y: a.y };
        });
      this.graph.clear();
      mergeInto(this.graph, collapse ? collapseCommitments(data) : data, previous);
      applySizes(this.graph, this.sizeBy);
      const outcome = await layoutGraph(this.graph, 2000, true, given);
      this.lastLayout = outcome;
      this.recolour();
      // Drawn at the next frame, with whatever emphasis the caller sets meanwhile: one render.
      void this.redraw();
      this.reveal();
      return outcome;
    });
  }

  /** A Cypher console result, drawn over the view at the user's request. */
  showGraph(data: SerializedGraph, _mode: 'add'): Promise<void> {
    return this.serial(async () => {
      this.data = {
        nodes: [...this.data.nodes, ...data.nodes],
        edges: [...this.data.edges, ...data.edges],
      };
      mergeInto(this.graph, data);
      applySizes(this.graph, this.sizeBy);
      // Added nodes settle round what is there: no regrouping of the whole view.
      await layoutGraph(this.graph, 1200, false);
      this.recolour();
      void this.redraw();
      // The first view may never have loaded (database down at start): show the console's graph.
      this.reveal();
    });
  }

  /** Resolves when every load asked so far has been laid out and drawn. */
  async idle(): Promise<void> {
    await this.queue;
    await this.frame;
  }

  /** Nodes coloured by type (the default) or by their Louvain group in this view. */
  setColourBy(colourBy: ColourBy): void {
    this.colourBy = colourBy;
    this.recolour();
    void this.redraw();
  }

  private recolour(): void {
    this.emphasis.communities =
      this.colourBy === 'community' ? communityColourMap(communityGroups(this.graph)) : null;
  }

  setSizeBy(sizeBy: SizeBy): void {
    this.sizeBy = sizeBy;
    applySizes(this.graph, sizeBy);
    void this.redraw();
  }

  setEmphasis(patch: Partial<Emphasis>): void {
    // Panels re-assert their emphasis after each apply; an unchanged one needs no render.
    const keys = Object.keys(patch) as (keyof Emphasis)[];
    if (keys.every((key) => this.emphasis[key] === patch[key])) return;
    Object.assign(this.emphasis, patch);
    void this.redraw();
  }

  /**
   * Draws the view again at the next frame; calls before it share one render. A full render
   * costs 0.1–0.3 s of software WebGL (no GPU, e.g. headless Chromium), and the start-up alone
   * asked for six in a row (the load, the emphasis, the focus bar, each panel's first apply).
   * Resolves once drawn.
   */
  redraw(): Promise<void> {
    this.renderer.scheduleRefresh();
    this.frame ??= new Promise<void>((drawn) =>
      this.renderer.once('afterRender', () => {
        this.frame = null;
        drawn();
      }),
    );
    return this.frame;
  }

  zoom(direction: 'in' | 'out'): void {
    const camera = this.renderer.getCamera();
    void (direction === 'in' ? camera.zoomIn({ factor: 1.5 }) : camera.zoomOut({ factor: 1.5 }));
  }

  /** Pans by a fraction of the viewport, for the keyboard. */
  pan(dx: number, dy: number): void {
    const camera = this.renderer.getCamera();
    const { x, y, ratio } = camera.getState();
    void camera.animate({ x: x + dx * ratio * 0.15, y: y + dy * ratio * 0.15 }, { duration: 150 });
  }

  /**
   * Frames the given nodes (all visible ones when none are given): the camera is centred on
   * their bounding box, zoomed so it fills the view with a margin.
   */
  fit(keys?: Iterable<string>): void {
    const camera = this.renderer.getCamera();
    const points: { x: number; y: number }[] = [];
    for (const key of keys ?? this.graph.nodes()) {
      if (!this.graph.hasNode(key) || !this.isVisible(key)) continue;
      const d = this.renderer.getNodeDisplayData(key);
      if (d) points.push(d);
    }
    if (points.length < 2) {
      void camera.reset({ duration: 300 });
      return;
    }
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [
      Math.min(...xs),
      Math.max(...xs),
      Math.min(...ys),
      Math.max(...ys),
    ];
    const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.35));
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
  }

  resetCamera(): void {
    void this.renderer.getCamera().reset({ duration: 300 });
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
