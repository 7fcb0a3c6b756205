/**
 * The Connections tab: "what connects to X" (URL keys `lens`, `lensTypes`, `stated`, and the
 * time filter's `lensFrom`, `lensTo`, `lensSince`); the ids it
 * lists light up in the graph while the tab is open.
 */
import { DEFAULT_LENS, DEFAULT_LENS_HOPS, DEFAULT_LENS_TYPES } from '../../contract/firstView';
import { fetchConnections } from '../api';
import { el } from '../dom';
import { flagField, textField, typesField } from '../state/fields';
import { lensConnections, renderLens } from './lensPanel';
import { type LensRangeState, lensRangeControl, lensRangeField } from './lensRange';
import { definePanel, latestOnly, loadFailed } from './panel';

export { DEFAULT_LENS };

export const lensTab = definePanel({
  id: 'lens',
  label: 'Connections',
  emphasis: 'lens',
  state: {
    /** Entity whose connections the lens lists. */
    lens: textField('lens', DEFAULT_LENS),
    lensTypes: typesField('lensTypes', DEFAULT_LENS_TYPES),
    /** The lens lists only links stated in a sentence, not those implied by a heading. */
    statedOnly: flagField('stated', false),
    /** The time filter: only commitments of statements in this range count. */
    lensRange: lensRangeField(),
  },
  mount({ section, explorer, state, update }) {
    const next = latestOnly();
    const setRange = (lensRange: LensRangeState) => update({ lensRange }, 'replace');
    return {
      async apply() {
        const { lens, lensTypes, statedOnly, lensRange } = state();
        const current = next();
        section.setAttribute('aria-busy', 'true');
        try {
          const data = await fetchConnections(lens, lensTypes, DEFAULT_LENS_HOPS, lensRange);
          if (!current()) return null;
          renderLens(
            section,
            data,
            lensTypes,
            statedOnly,
            {
              open: explorer.open,
              // Toggles read the state now, not this render's: clicks may outrun renders.
              toggleType: (t) => {
                const types = state().lensTypes;
                update(
                  { lensTypes: types.includes(t) ? types.filter((x) => x !== t) : [...types, t] },
                  'replace',
                );
              },
              toggleStated: () => update({ statedOnly: !state().statedOnly }, 'replace'),
              setRange,
            },
            lensRange,
          );
          return new Set([
            data.entity.id,
            ...lensConnections(data, statedOnly).flatMap((c) => [
              c.entity.id,
              ...c.evidence.flatMap((e) => (e.commitmentId ? [e.commitmentId] : [])),
            ]),
          ]);
        } catch (error) {
          if (current())
            // The date controls stay, so a range that found nothing (a preset with no statement)
            // can be changed right there.
            section.replaceChildren(
              el('p', { className: 'error', text: loadFailed(error) }),
              lensRangeControl(lensRange, null, [], setRange),
            );
          return null;
        } finally {
          if (current()) section.removeAttribute('aria-busy');
        }
      },
    };
  },
});
