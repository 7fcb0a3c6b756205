/**
 * One side of the compare view: a set of statements chosen from a list that a search box narrows
 * (title, date or id, as the user types), with a shortcut per year ("all of 2023") and a count of
 * what is chosen. The order of the choice does not matter: the API reads a side as one set.
 */
import type { DocumentSummary } from '../api';
import { el } from '../dom';

/** The most documents one side may hold: the API's own bound (server/routes/compare.ts). */
const MAX_SET = 100;

export interface DocSetPicker {
  root: HTMLElement;
  chosen(): string[];
  /** Replaces the choice (ids not in the list are ignored). */
  choose(ids: string[]): void;
}

const yearOf = (d: DocumentSummary) => d.document.date?.slice(0, 4) ?? null;

/** `side` is 'a' or 'b': it prefixes every id, so tests and labels can tell the sides apart. */
export function docSetPicker(
  side: 'a' | 'b',
  legend: string,
  docs: DocumentSummary[],
  onChange: () => void = () => {},
): DocSetPicker {
  const chosen = new Set<string>();
  const boxes = new Map<string, HTMLInputElement>();
  const rows = new Map<string, HTMLElement>();
  const count = el('span', {
    className: 'doc-set-count',
    attrs: { id: `compare-${side}-count`, 'aria-live': 'polite' },
  });
  const refresh = () => {
    for (const [id, box] of boxes) box.checked = chosen.has(id);
    count.textContent = `${chosen.size} chosen${chosen.size >= MAX_SET ? ` (at most ${MAX_SET})` : ''}`;
    onChange();
  };
  const set = (id: string, on: boolean) => {
    if (on && chosen.size < MAX_SET) chosen.add(id);
    else if (!on) chosen.delete(id);
  };

  const list = el(
    'ul',
    { className: 'doc-set-list', attrs: { id: `compare-${side}-list`, 'aria-label': legend } },
    docs.map((d) => {
      const box = el('input', { attrs: { type: 'checkbox', value: d.document.id } });
      box.addEventListener('change', () => {
        set(d.document.id, box.checked);
        refresh();
      });
      boxes.set(d.document.id, box);
      const row = el('li', { attrs: { 'data-id': d.document.id } }, [
        el('label', {}, [
          box,
          el('time', { text: d.document.date ?? '—' }),
          ' ',
          el('span', { text: d.document.title }),
        ]),
      ]);
      rows.set(d.document.id, row);
      return row;
    }),
  );

  const search = el('input', {
    attrs: {
      type: 'search',
      id: `compare-${side}-search`,
      placeholder: 'Find by title or date…',
      'aria-label': `${legend}: find statements`,
      'aria-controls': `compare-${side}-list`,
    },
  });
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    for (const d of docs) {
      const text = `${d.document.date ?? ''} ${d.document.title} ${d.document.id}`.toLowerCase();
      const row = rows.get(d.document.id);
      if (row) row.hidden = q !== '' && !text.includes(q);
    }
  });

  const years = [...new Set(docs.map(yearOf).filter((y): y is string => y !== null))].sort();
  const yearButtons = years.map((year) =>
    el('button', {
      text: year,
      title: `all statements of ${year} (again to leave them out)`,
      attrs: { type: 'button', id: `compare-${side}-year-${year}`, class: 'chip' },
      onClick: () => {
        const ofYear = docs.filter((d) => yearOf(d) === year).map((d) => d.document.id);
        const all = ofYear.every((id) => chosen.has(id));
        for (const id of ofYear) set(id, !all);
        refresh();
      },
    }),
  );
  const clear = el('button', {
    text: 'none',
    attrs: { type: 'button', id: `compare-${side}-clear` },
    onClick: () => {
      chosen.clear();
      refresh();
    },
  });

  const root = el('fieldset', { className: 'doc-set', attrs: { id: `compare-set-${side}` } }, [
    el('legend', { text: legend }),
    search,
    el('div', { className: 'doc-set-years' }, ['All of ', ...yearButtons, clear]),
    list,
    count,
  ]);
  refresh();
  return {
    root,
    chosen: () => docs.map((d) => d.document.id).filter((id) => chosen.has(id)),
    choose(ids) {
      chosen.clear();
      for (const id of ids) if (boxes.has(id)) set(id, true);
      refresh();
    },
  };
}
