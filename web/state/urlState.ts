/**
 * The view as a URL query string, so a link reproduces it: filters, selection, lens, focus and
 * expansion, path, commitment display and the open tab. Decoding is forgiving: unknown values
 * are dropped, never trusted, and a bare URL gives the default view (the DPRK lens).
 */
import { ENTITY_TYPES, type EntityType, STANCES, type Stance } from '../../contract/vocabulary';

export const TABS = ['entity', 'lens', 'path', 'cypher'] as const;
export type Tab = (typeof TABS)[number];
export const DEFAULT_LENS = 'country:prk';
// Instruments included: UN Security Council resolutions are the most-linked thing in the corpus.
export const DEFAULT_LENS_TYPES: EntityType[] = ['Topic', 'Program', 'Region', 'Instrument'];
export const DEFAULT_CAP = 20;

/** The lens's time filter: ISO dates (inclusive) or a preset of data/rules/lens-anchors.json. */
export interface LensRangeState {
  from: string | null;
  to: string | null;
  since: string | null;
}
export const NO_RANGE: LensRangeState = { from: null, to: null, since: null };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Preset ids are checked by the server against its list; here only their shape.
const ANCHOR_ID = /^[a-z][a-z0-9-]{0,40}$/;

export interface ViewState {
  types: EntityType[];
  stances: Stance[];
  docs: string[];
  /** Entity shown in the side panel. */
  selected: string | null;
  /** Entity whose connections the lens lists. */
  lens: string;
  lensTypes: EntityType[];
  /** Expansion: when set, only these entities' neighbourhoods are shown, each capped. */
  focus: Record<string, number>;
  /** Commitments drawn as stance edges between entities (the default first view), not as nodes. */
  collapse: boolean;
  /** The lens lists only links stated in a sentence, not those implied by a heading. */
  statedOnly: boolean;
  lensRange: LensRangeState;
  path: { from: string | null; to: string | null };
  tab: Tab;
}

export function defaultState(): ViewState {
  return {
    types: [],
    stances: [],
    docs: [],
    selected: null,
    lens: DEFAULT_LENS,
    lensTypes: [...DEFAULT_LENS_TYPES],
    focus: {},
    collapse: true,
    statedOnly: false,
    lensRange: { ...NO_RANGE },
    path: { from: null, to: null },
    tab: 'lens',
  };
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

export function encodeState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.types.length) q.set('types', state.types.join(','));
  if (state.stances.length) q.set('stances', state.stances.join(','));
  if (state.docs.length) q.set('docs', state.docs.join(','));
  if (state.selected) q.set('selected', state.selected);
  if (state.lens !== DEFAULT_LENS) q.set('lens', state.lens);
  if (state.lensTypes.join(',') !== DEFAULT_LENS_TYPES.join(','))
    q.set('lensTypes', state.lensTypes.join(',') || 'all');
  const focus = Object.entries(state.focus);
  // Ids hold ':' but never '~' or ','; the cap rides after '~' only when not the default.
  if (focus.length)
    q.set('focus', focus.map(([id, cap]) => (cap === DEFAULT_CAP ? id : `${id}~${cap}`)).join(','));
  if (!state.collapse) q.set('collapse', '0');
  if (state.statedOnly) q.set('stated', '1');
  if (state.lensRange.from) q.set('lensFrom', state.lensRange.from);
  if (state.lensRange.to) q.set('lensTo', state.lensRange.to);
  if (state.lensRange.since) q.set('lensSince', state.lensRange.since);
  if (state.path.from) q.set('from', state.path.from);
  if (state.path.to) q.set('to', state.path.to);
  if (state.tab !== 'lens') q.set('tab', state.tab);
  return q.toString();
}

export function decodeState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const state = defaultState();
  state.types = oneOf(ENTITY_TYPES, list(q.get('types')));
  state.stances = oneOf(STANCES, list(q.get('stances')));
  state.docs = list(q.get('docs'));
  state.selected = q.get('selected') || null;
  state.lens = q.get('lens') || DEFAULT_LENS;
  const lensTypes = q.get('lensTypes');
  if (lensTypes !== null)
    state.lensTypes = lensTypes === 'all' ? [] : oneOf(ENTITY_TYPES, list(lensTypes));
  for (const item of list(q.get('focus'))) {
    const [id, cap] = item.split('~');
    const n = Number(cap ?? DEFAULT_CAP);
    if (id) state.focus[id] = Number.isInteger(n) && n > 0 && n <= 10_000 ? n : DEFAULT_CAP;
  }
  state.collapse = q.get('collapse') !== '0';
  state.statedOnly = q.get('stated') === '1';
  const matching = (key: string, pattern: RegExp) => {
    const value = q.get(key);
    return value && pattern.test(value) ? value : null;
  };
  state.lensRange = {
    from: matching('lensFrom', ISO_DATE),
    to: matching('lensTo', ISO_DATE),
    since: matching('lensSince', ANCHOR_ID),
  };
  // A preset sets the start itself: with both, the preset wins (the server refuses the pair).
  if (state.lensRange.since) state.lensRange.from = null;
  state.path = { from: q.get('from') || null, to: q.get('to') || null };
  const tab = q.get('tab');
  state.tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'lens';
  return state;
}
