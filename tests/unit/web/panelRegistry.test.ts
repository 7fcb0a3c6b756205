import { describe, expect, it } from 'vitest';
import { ALL_PANELS } from '../../../web/panels/registry';
import { CORE_FIELDS } from '../../../web/state/coreState';
import type { UrlField } from '../../../web/state/fields';
import {
  decodeState,
  defaultState,
  encodeState,
  type ViewState,
} from '../../../web/state/urlState';

const fieldsOf = (fields: object): [string, UrlField<unknown>][] => Object.entries(fields);
const keysOf = (fields: object) => fieldsOf(fields).flatMap(([, f]) => [...f.keys]);

/** A view where every registered panel's state is away from its default. */
const busy: ViewState = {
  ...defaultState(),
  types: ['Country'],
  selected: 'country:prk',
  lens: 'country:rus',
  lensTypes: ['Topic'],
  statedOnly: true,
  path: { from: 'country:prk', to: 'country:jpn' },
};

describe('panel registry', () => {
  it('gives every panel a tab id, a label and a URL key', () => {
    expect(ALL_PANELS.length).toBeGreaterThan(0);
    for (const panel of ALL_PANELS) {
      expect(panel.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(panel.label.trim()).not.toBe('');
      // The tab itself is in the URL: a link opens this panel.
      const query = encodeState({ ...defaultState(), tab: panel.id });
      expect(decodeState(`?${query}`).tab).toBe(panel.id);
      if (panel.id !== defaultState().tab) expect(query).toContain(`tab=${panel.id}`);
    }
  });

  it('keeps tab ids, labels and URL keys unique across the core and every panel', () => {
    const ids = ALL_PANELS.map((p) => p.id);
    const labels = ALL_PANELS.map((p) => p.label);
    const keys = [...keysOf(CORE_FIELDS), ...ALL_PANELS.flatMap((p) => keysOf(p.state))];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes nothing for a default field and reads its default from a bare URL', () => {
    for (const [name, field] of [
      ...fieldsOf(CORE_FIELDS),
      ...ALL_PANELS.flatMap((p) => fieldsOf(p.state)),
    ]) {
      const q = new URLSearchParams();
      field.write(field.initial(), q);
      expect(q.toString(), name).toBe('');
      expect(field.read(new URLSearchParams()), name).toEqual(field.initial());
    }
  });

  it('round-trips every panel state through the URL, each under the keys it declares', () => {
    for (const panel of ALL_PANELS) {
      const view = { ...busy, tab: panel.id };
      const q = new URLSearchParams(encodeState(view));
      expect(decodeState(`?${q}`)).toEqual(view);
      for (const [name, field] of fieldsOf(panel.state)) {
        // The field wrote its value under its own keys only: rewriting them alone restores it.
        const own = new URLSearchParams();
        field.write((view as Record<string, unknown>)[name], own);
        expect(
          [...own.keys()].every((k) => field.keys.includes(k)),
          name,
        ).toBe(true);
        expect(field.read(q), name).toEqual((view as Record<string, unknown>)[name]);
      }
    }
  });
});
