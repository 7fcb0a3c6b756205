/**
 * Autocomplete over /api/search: type, get ranked entities, pick with a click, the arrow keys
 * or Enter (the highlighted, else the first). Used in the toolbar and by the path pickers.
 */
import type { SearchHit } from '../../contract/api';
import { searchEntities } from '../api';
import { el } from '../dom';
import { kindColor } from '../graph/palette';

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

export function mountSearch(
  host: HTMLElement,
  options: { id: string; placeholder: string; onPick(hit: SearchHit): void },
): SearchBox {
  const input = el('input', {
    attrs: {
      id: options.id,
      type: 'search',
      placeholder: options.placeholder,
      autocomplete: 'off',
      role: 'combobox',
      'aria-label': options.placeholder,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${options.id}-list`,
    },
  });
  const list = el('ul', {
    className: 'search-results',
    attrs: { id: `${options.id}-list`, role: 'listbox', 'aria-label': 'matching entities' },
  });
  const root = el('div', { className: 'search' }, [input, list]);
  host.append(root);

  let hits: SearchHit[] = [];
  let active = -1;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastQuery = '';
  // The query whose answer `hits` holds, and the one on its way: an Enter that arrives while
  // the debounced search is in flight must wait for it, not pick from the previous answer.
  let answered = '';
  let inflight: Promise<SearchHit[]> | undefined;

  const close = () => {
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item = el(
          'li',
          {
            attrs: {
              id: `${options.id}-option-${i}`,
              role: 'option',
              'aria-selected': String(i === active),
              'data-id': hit.id,
            },
          },
          [
            el('span', {
              className: 'swatch',
              attrs: { style: `background:${kindColor(hit.type)}` },
            }),
            el('span', { className: 'hit-name', text: hit.name }),
            el('span', { className: 'hit-type', text: hit.type }),
          ],
        );
        const alias = hit.aliases.find(
          (a) => a.toLowerCase().includes(lastQuery.toLowerCase()) && a !== hit.name,
        );
        if (alias) item.append(el('span', { className: 'hit-alias', text: alias }));
        // mousedown, not click: the input's blur would close the list first.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );
    input.setAttribute('aria-expanded', String(hits.length > 0));
    // Focus stays in the input; the highlighted option is announced through this attribute.
    if (active >= 0 && hits[active])
      input.setAttribute('aria-activedescendant', `${options.id}-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const run = async (q: string, signal: AbortSignal): Promise<SearchHit[]> => {
    try {
      hits = (await searchEntities(q, signal)).results;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return hits;
      hits = [];
    }
    answered = q;
    active = -1;
    render();
    return hits;
  };
  const query = (q: string): Promise<SearchHit[]> => {
    pending?.abort();
    pending = new AbortController();
    lastQuery = q;
    inflight = run(q, pending.signal);
    return inflight;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void query(q), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q) return;
      // Enter right after typing: search now (or wait for the search on its way) rather than
      // act on stale results.
      if (q === answered) pick(hits[active] ?? hits[0]);
      else if (q === lastQuery && inflight) void inflight.then((fresh) => pick(fresh[0]));
      else void query(q).then((fresh) => pick(fresh[0]));
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return { root, input, setValue: (text) => (input.value = text) };
}
