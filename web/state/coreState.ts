/**
 * The view state the explorer itself owns, whatever the panels: the graph's filters, the
 * expansion, how commitments are drawn, and the open tab. Panels declare the rest.
 */
import { ENTITY_TYPES, type EntityType, STANCES, type Stance } from '../../contract/vocabulary';
import { type Fields, flagField, list, listField, type UrlField } from './fields';

export const DEFAULT_CAP = 20;
export const DEFAULT_TAB = 'lens';

export interface CoreState {
  types: EntityType[];
  stances: Stance[];
  docs: string[];
  /** Expansion: when set, only these entities' neighbourhoods are shown, each capped. */
  focus: Record<string, number>;
  /** Commitments drawn as stance edges between entities (the default first view), not as nodes. */
  collapse: boolean;
  /** The open tab: a registered panel's id (checked against the registry when read). */
  tab: string;
}

const focusField: UrlField<Record<string, number>> = {
  keys: ['focus'],
  initial: () => ({}),
  write: (focus, q) => {
    const entries = Object.entries(focus);
    // Ids hold ':' but never '~' or ','; the cap rides after '~' only when not the default.
    if (entries.length)
      q.set(
        'focus',
        entries.map(([id, cap]) => (cap === DEFAULT_CAP ? id : `${id}~${cap}`)).join(','),
      );
  },
  read: (q) => {
    const focus: Record<string, number> = {};
    for (const item of list(q.get('focus'))) {
      const [id, cap] = item.split('~');
      const n = Number(cap ?? DEFAULT_CAP);
      if (id) focus[id] = Number.isInteger(n) && n > 0 && n <= 10_000 ? n : DEFAULT_CAP;
    }
    return focus;
  },
};

export const CORE_FIELDS: Fields<CoreState> = {
  types: listField('types', ENTITY_TYPES),
  stances: listField('stances', STANCES),
  docs: listField<string>('docs'),
  focus: focusField,
  collapse: flagField('collapse', true),
  // Written last, after every panel's keys, by urlState.ts (it knows the registered ids).
  tab: {
    keys: ['tab'],
    initial: () => DEFAULT_TAB,
    write: (tab, q) => (tab !== DEFAULT_TAB ? q.set('tab', tab) : undefined),
    read: (q) => q.get('tab') ?? DEFAULT_TAB,
  },
};
