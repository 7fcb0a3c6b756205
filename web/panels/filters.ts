/** Toolbar filters (types, stances, documents) and view toggles (commitments, sizes). */
import { ENTITY_TYPES, type EntityType, STANCES, type Stance } from '../../contract/vocabulary';
import { el } from '../dom';
import type { ColourBy, SizeBy } from '../graph/buildGraph';
import { kindColor, STANCE_COLORS } from '../graph/palette';

export interface FilterValues {
  types: EntityType[];
  stances: Stance[];
  docs: string[];
  collapse: boolean;
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

function checkboxes<T extends string>(
  name: string,
  values: readonly T[],
  chosen: T[],
  colour: (v: T) => string,
  onChange: (v: T[]) => void,
): HTMLElement {
  const box = el('fieldset', { className: 'checks', attrs: { 'data-filter': name } }, [
    el('legend', { text: name }),
  ]);
  for (const value of values) {
    const input = el('input', { attrs: { type: 'checkbox', value, name } });
    input.checked = chosen.includes(value);
    input.addEventListener('change', () => {
      onChange(
        [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value as T),
      );
    });
    box.append(
      el('label', {}, [
        input,
        el('span', { className: 'swatch', attrs: { style: `background:${colour(value)}` } }),
        value,
      ]),
    );
  }
  return box;
}

/** `docs` is the documents filter (mounted once: see documentFilter.ts), moved in here. */
export function renderFilters(
  host: HTMLElement,
  values: FilterValues,
  docs: HTMLElement,
  onChange: (v: Partial<FilterValues>) => void,
): void {
  const active = values.types.length + values.stances.length + values.docs.length;
  const details = el('details', { className: 'filters' }, [
    el('summary', { text: active ? `Filters (${active})` : 'Filters' }),
    el('div', { className: 'filter-body' }, [
      checkboxes('types', ENTITY_TYPES, values.types, kindColor, (types) => onChange({ types })),
      checkboxes(
        'stances',
        STANCES,
        values.stances,
        (s) => STANCE_COLORS[s],
        (stances) => onChange({ stances }),
      ),
      docs,
      el('p', { className: 'muted', text: 'Nothing ticked in a group = all of it.' }),
    ]),
  ]);
  const previous = host.querySelector('details.filters');
  if (previous instanceof HTMLDetailsElement && previous.open) details.open = true;

  const collapse = el('input', { attrs: { type: 'checkbox', id: 'collapse-toggle' } });
  collapse.checked = values.collapse;
  collapse.addEventListener('change', () => onChange({ collapse: collapse.checked }));
  const sizeBy = el('select', { attrs: { id: 'size-by', 'aria-label': 'size nodes by' } }, [
    el('option', { text: 'size: commitments', attrs: { value: 'commitments' } }),
    el('option', { text: 'size: degree', attrs: { value: 'degree' } }),
  ]);
  sizeBy.value = values.sizeBy;
  sizeBy.addEventListener('change', () => onChange({ sizeBy: sizeBy.value as SizeBy }));
  const colourBy = el('select', { attrs: { id: 'colour-by', 'aria-label': 'colour nodes by' } }, [
    el('option', { text: 'colour: type', attrs: { value: 'type' } }),
    el('option', { text: 'colour: community', attrs: { value: 'community' } }),
  ]);
  colourBy.value = values.colourBy;
  colourBy.addEventListener('change', () => onChange({ colourBy: colourBy.value as ColourBy }));
  host.replaceChildren(
    details,
    el(
      'label',
      { className: 'toggle', title: 'Draw commitments as stance-labelled edges between entities' },
      [collapse, 'stance edges'],
    ),
    sizeBy,
    colourBy,
  );
}
