/**
 * Every side panel, in tab order. Adding a panel: write its module (see panel.ts) and add it
 * here; the tabs, the URL state and the explorer pick it up from this list.
 */
import { cypherTab } from './cypherTab';
import { entityTab } from './entityTab';
import { lensTab } from './lensTab';
import type { Panel } from './panel';
import { pathTab } from './pathTab';
import { reviewTab } from './reviewTab';

const PANELS = [entityTab, lensTab, pathTab, cypherTab, reviewTab] as const;

type Registered = (typeof PANELS)[number];
export type PanelId = Registered['id'];

type StateOf<P> = P extends Panel<string, infer S> ? S : never;
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (u: infer I) => void
  ? I
  : never;
/** The state every panel owns, merged: each panel's properties side by side. */
export type PanelStates = Intersect<StateOf<Registered>>;

/** The registry as plain panels, for code that treats them alike (tabs, URL state). */
export const ALL_PANELS: readonly Panel<PanelId>[] = PANELS;
