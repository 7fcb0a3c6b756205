/**
 * The documents filter: search-as-you-type over titles, ids and dates, one page of answers at
 * a time from the server (a corpus of 10,000 documents is never listed whole), with the
 * selected documents kept on top. Mounted once, so typing survives the filters' redraws.
 */
import type { DocumentSummary } from '../../contract/api';
import { DOCUMENT_FILTER_PAGE as PAGE } from '../../contract/firstView';
import { fetchDocuments } from '../api';
import { el } from '../dom';

export interface DocumentFilter {
  element: HTMLElement;
  /** The selection from the URL (back/forward, a reloaded link). */
  setSelected(ids: string[]): void;
}

export function mountDocumentFilter(onChange: (docs: string[]) => void): DocumentFilter {
  let chosen = new Set<string>();
  const known = new Map<string, DocumentSummary>();
  let found: DocumentSummary[] = [];
  let total = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = el('input', {
    attrs: {
      type: 'search',
      id: 'document-search',
      placeholder: 'Find documents by title or date…',
      'aria-label': 'find documents',
    },
  });
  const list = el('div', { className: 'document-list' });
  const summary = el('p', { className: 'muted', attrs: { id: 'document-summary' } });
  const element = el(
    'fieldset',
    { className: 'checks docs', attrs: { 'data-filter': 'documents' } },
    [el('legend', { text: 'documents' }), input, list, summary],
  );

  const row = (d: DocumentSummary) => {
    const box = el('input', { attrs: { type: 'checkbox', value: d.document.id, name: 'docs' } });
    box.checked = chosen.has(d.document.id);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(d.document.id);
      else chosen.delete(d.document.id);
      onChange([...chosen]);
    });
    return el('label', { title: d.document.title }, [
      box,
      `${d.document.date ?? ''} ${d.document.title}`,
    ]);
  };

  const draw = () => {
    const selected = [...chosen].map((id) => known.get(id)).filter((d) => d !== undefined);
    const others = found.filter((d) => !chosen.has(d.document.id));
    list.replaceChildren(...selected.map(row), ...others.map(row));
    summary.textContent = `${chosen.size} selected · ${found.length} of ${total.toLocaleString('en-US')} found${total > found.length ? '; type to narrow' : ''}`;
  };

  const search = async (q: string) => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    try {
      const page = await fetchDocuments({ q, limit: PAGE }, mine.signal);
      for (const d of page.items) known.set(d.document.id, d);
      found = page.items;
      total = page.total;
      draw();
    } catch (error) {
      if (!mine.signal.aborted) summary.textContent = `Could not search: ${String(error)}`;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), 200);
  });

  const setSelected = (ids: string[]) => {
    chosen = new Set(ids);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) {
      void fetchDocuments({ ids: missing.slice(0, 500), limit: 500 }).then((page) => {
        for (const d of page.items) known.set(d.document.id, d);
        draw();
      });
    }
    draw();
  };

  void search('');
  return { element, setSelected };
}
