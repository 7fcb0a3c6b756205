/** `window.communique`: the page's handle for end-to-end tests and for analysts in devtools. */
import type Sigma from 'sigma';
import type { ViewApi } from '../console';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../graph/buildGraph';
import type { ViewState } from '../state/urlState';
import type { GraphView } from './graphView';

interface CommuniqueHandle {
  graph: ViewGraph;
  renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
  /** Set once the first graph is laid out and drawn (the panels may still be loading). */
  graphDrawn: boolean;
  /** Set once the first view is drawn and every panel has had its first apply. */
  ready: boolean;
  state(): ViewState;
  /** `view.lastLayout` says how the last graph got its positions (the first view: 'given'). */
  view: GraphView;
  /** Resolves when every view change asked so far has been applied (graph laid out, panels drawn). */
  settled(): Promise<void>;
  /** What the Cypher console drives. */
  viewApi: ViewApi;
}

declare global {
  interface Window {
    communique?: CommuniqueHandle;
  }
}
