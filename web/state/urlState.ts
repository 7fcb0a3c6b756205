/**
 * The view as a URL query string, so a link reproduces it: the core's state (filters, expansion,
 * commitment display, open tab) and every registered panel's (selection, lens, path…). Decoding
 * is forgiving: unknown values are dropped, never trusted, and a bare URL gives the default view
 * (the DPRK lens).
 */
import { ALL_PANELS, type PanelId, type PanelStates } from '../panels/registry';
import { CORE_FIELDS, type CoreState, DEFAULT_TAB } from './coreState';
import type { UrlField } from './fields';

export { DEFAULT_LENS } from '../panels/lensTab';
export { DEFAULT_CAP } from './coreState';
export type Tab = PanelId;

export type ViewState = Omit<CoreState, 'tab'> & PanelStates & { tab: Tab };

type Named = [string, UrlField<unknown>];

/** Core fields, then each panel's in registry order; the tab goes last. */
function allFields(): Named[] {
  const { tab, ...core } = CORE_FIELDS;
  const own = (fields: object): Named[] => Object.entries(fields);
  return [...own(core), ...ALL_PANELS.flatMap((p) => own(p.state)), ['tab', tab]];
}

function isTab(value: string): value is Tab {
  return ALL_PANELS.some((p) => p.id === value);
}

export function defaultState(): ViewState {
  return Object.fromEntries(allFields().map(([name, f]) => [name, f.initial()])) as ViewState;
}

export function encodeState(state: ViewState): string {
  const q = new URLSearchParams();
  const values: Record<string, unknown> = { ...state };
  for (const [name, field] of allFields()) field.write(values[name], q);
  return q.toString();
}

export function decodeState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const state = Object.fromEntries(allFields().map(([name, f]) => [name, f.read(q)])) as ViewState;
  if (!isTab(state.tab)) state.tab = DEFAULT_TAB as Tab;
  return state;
}
