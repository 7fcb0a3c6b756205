/**
 * What a side panel is: one module that declares its tab (id and label), the URL state it owns,
 * and how it draws itself. `registry.ts` lists the panels; the tabs, the URL state and the
 * explorer's entry point iterate that list, so adding a panel is one file and one line there.
 */
import { messageOf } from '../../contract/errors';
import { ApiError } from '../api';
import type { GraphView } from '../app/graphView';
import type { ViewApi } from '../console';
import type { CoreState } from '../state/coreState';
import type { Fields } from '../state/fields';
import type { EntityActions } from './entityPanel';

/** What any panel may ask of the explorer: open an entity, lens on it, and the console's calls. */
export interface Explorer extends EntityActions, ViewApi {}

export interface PanelContext<S> {
  /** The panel's own section in the side panel (hidden while another tab is open). */
  section: HTMLElement;
  view: GraphView;
  explorer: Explorer;
  /** The current view state: the core's and this panel's own. */
  state(): CoreState & S;
  /** Changes the view state (and the URL); `replace` for toggles not worth a history entry. */
  update(patch: Partial<CoreState & S>, how?: 'push' | 'replace'): void;
}

export interface MountedPanel {
  /**
   * Brings the panel in line with the state after one of its keys changed. Resolves to the graph
   * ids it lights while its tab is open (null: none).
   */
  apply(): Promise<Set<string> | null>;
}

export interface Panel<
  Id extends string = string,
  S extends object = object,
  M extends MountedPanel = MountedPanel,
> {
  id: Id;
  label: string;
  /** The state this panel owns, each property with its URL field. */
  state: Fields<S>;
  /** How the graph shows the ids it lights: a `path` is small and fully labelled, a `lens` not. */
  emphasis?: 'lens' | 'path';
  /** Apply again each time its tab opens: a list others change (the review panel's overrides). */
  reloadOnOpen?: boolean;
  /** Builds the panel once, in its section; may return more than `apply` for the explorer's use. */
  mount(context: PanelContext<S>): M;
}

/** Keeps a panel's type exact (its id a literal, its state inferred from the fields). */
export const definePanel = <Id extends string, S extends object, M extends MountedPanel>(
  panel: Panel<Id, S, M>,
) => panel;

/** Hands out tokens so only the newest of overlapping loads draws its answer. */
export function latestOnly(): () => () => boolean {
  let newest = 0;
  return () => {
    const mine = ++newest;
    return () => mine === newest;
  };
}

/** A failed load, said in the panel: a 404 is an entity gone from the graph, not an error. */
export function loadFailed(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'Not in the graph (any more).';
  return `Could not load: ${messageOf(error)}`;
}
