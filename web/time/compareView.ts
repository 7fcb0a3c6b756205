/**
 * The compare view: choose two statements, see new / restated / dropped positions with the
 * sentences of both sides next to each other, then stance and wording changes, topics that
 * appear or disappear, and entities a series usually names but one of them does not. Every
 * document text goes in as text (dom.ts).
 */
import './time.css';
import type {
  Absence,
  Capped,
  ComparedPosition,
  CompareResponse,
  PositionStatement,
  TopicChange,
} from '../../contract/positions';
import type { DocumentSummary } from '../api';
import { el } from '../dom';
import { evidenceItem } from '../panels/evidence';
import { fetchCompare } from './api';
import { openDialog } from './dialog';
import { positionLabel } from './labels';

const side = (statements: PositionStatement[], cls: string, empty: string) =>
  el(
    'div',
    { className: `compare-side ${cls}` },
    statements.length
      ? statements.map((s) => evidenceItem(s))
      : [el('p', { className: 'muted', text: empty })],
  );

function change(p: ComparedPosition): HTMLElement | null {
  const parts = [
    p.stanceChange
      ? `stance ${p.stanceChange.direction}: ${p.stanceChange.from.join(', ')} → ${p.stanceChange.to.join(', ')}`
      : '',
    p.wordingChange
      ? `wording: “${p.wordingChange.from.join('”, “')}” → “${p.wordingChange.to.join('”, “')}”`
      : '',
  ].filter(Boolean);
  return parts.length ? el('p', { className: 'compare-change', text: parts.join(' · ') }) : null;
}

function positionItem(p: ComparedPosition): HTMLElement {
  return el(
    'article',
    { className: 'compare-item', attrs: { 'data-key': p.key, 'data-about': p.about.id } },
    [
      el('h4', { text: positionLabel(p) }),
      change(p),
      el('div', { className: 'compare-sides' }, [
        side(p.a, 'side-a', 'not stated'),
        side(p.b, 'side-b', 'not stated'),
      ]),
    ],
  );
}

function topicItem(t: TopicChange): HTMLElement {
  return el('article', { className: 'compare-item', attrs: { 'data-about': t.entity.id } }, [
    el('h4', { text: `${t.entity.name} (${t.entity.type})` }),
    ...t.statements.map((s) => evidenceItem(s)),
  ]);
}

function list<T>(id: string, title: string, capped: Capped<T>, item: (x: T) => HTMLElement) {
  const more = capped.total > capped.items.length ? ` — first ${capped.items.length} shown` : '';
  return el(
    'section',
    { className: 'compare-list', attrs: { id: `compare-${id}`, 'data-list': id } },
    [
      el('h3', { text: `${title} (${capped.total})${more}` }),
      ...(capped.items.length
        ? capped.items.map(item)
        : [el('p', { className: 'muted', text: 'None.' })]),
    ],
  );
}

function absenceItem(a: Absence): HTMLElement {
  return el('li', { attrs: { 'data-about': a.entity.id } }, [
    el('strong', { text: a.entity.name }),
    ` is named in ${a.namedIn} of ${a.seriesSize} statements by the same parties, but not in `,
    el('em', { text: a.document.title }),
    a.document.date ? ` (${a.document.date})` : '',
  ]);
}

function renderComparison(host: HTMLElement, data: CompareResponse): void {
  const names = (docs: CompareResponse['a']) =>
    docs.map((d) => `${d.date ?? ''} ${d.title}`.trim()).join('; ');
  host.replaceChildren(
    el('div', { className: 'compare-heads' }, [
      el('div', { className: 'side-a', text: `Before: ${names(data.a)}` }),
      el('div', { className: 'side-b', text: `After: ${names(data.b)}` }),
    ]),
    list('new', 'New positions', data.new, positionItem),
    list('restated', 'Restated', data.restated, positionItem),
    list('dropped', 'Dropped', data.dropped, positionItem),
    list('stance', 'Stance changes', data.stanceChanges, positionItem),
    list('wording', 'Wording changes', data.wordingChanges, positionItem),
    list('appeared', 'Topics and programs that appear', data.topics.appeared, topicItem),
    list('disappeared', 'Topics and programs that disappear', data.topics.disappeared, topicItem),
    el(
      'section',
      { className: 'compare-list', attrs: { id: 'compare-absences', 'data-list': 'absences' } },
      [
        el('h3', { text: `Usually named, absent here (${data.absences.length})` }),
        data.absences.length
          ? el('ul', {}, data.absences.map(absenceItem))
          : el('p', {
              className: 'muted',
              text: 'Nothing: no series of at least three statements by the same parties lacks an entity it usually names.',
            }),
      ],
    ),
  );
}

function documentSelect(id: string, docs: DocumentSummary[], selected: number): HTMLSelectElement {
  const select = el('select', {
    attrs: { id, 'aria-label': id === 'compare-a' ? 'before' : 'after' },
  });
  docs.forEach((d, i) => {
    const option = el('option', { text: `${d.document.date ?? '—'} · ${d.document.title}` });
    option.value = d.document.id;
    option.selected = i === selected;
    select.append(option);
  });
  return select;
}

/** Opens the compare dialog on the given documents (oldest last, as /api/documents sends them). */
function openCompare(docs: DocumentSummary[]): void {
  const { body } = openDialog('compare-dialog', 'Compare statements');
  const sorted = [...docs].sort((x, y) =>
    (x.document.date ?? '').localeCompare(y.document.date ?? ''),
  );
  const a = documentSelect('compare-a', sorted, 0);
  const b = documentSelect('compare-b', sorted, sorted.length - 1);
  const results = el('div', { attrs: { id: 'compare-results', 'aria-live': 'polite' } });
  const run = async () => {
    if (a.value === b.value) {
      results.replaceChildren(
        el('p', { className: 'error', text: 'Choose two different statements.' }),
      );
      return;
    }
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren(el('p', { className: 'muted', text: 'Comparing…' }));
    try {
      renderComparison(results, await fetchCompare([a.value], [b.value]));
    } catch (error) {
      results.replaceChildren(
        el('p', {
          className: 'error',
          text: `Could not compare: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    } finally {
      results.removeAttribute('aria-busy');
    }
  };
  const form = el('div', { className: 'compare-form' }, [
    el('label', {}, ['Before ', a]),
    el('label', {}, ['After ', b]),
    el('button', {
      text: 'Compare',
      attrs: { type: 'button', id: 'compare-run' },
      onClick: () => void run(),
    }),
  ]);
  body.replaceChildren(
    docs.length < 2
      ? el('p', { className: 'muted', text: 'Load at least two statements to compare them.' })
      : form,
    results,
  );
}

/**
 * The toolbar button that opens the compare view; `documents` is asked when it is clicked (a
 * bounded page of them: the whole corpus is never loaded).
 */
export function compareButton(
  documents: () => DocumentSummary[] | Promise<DocumentSummary[]>,
): HTMLButtonElement {
  return el('button', {
    text: 'Compare statements',
    attrs: { type: 'button', id: 'compare-open' },
    onClick: () => void Promise.resolve(documents()).then(openCompare),
  });
}
