/**
 * The compare view: choose two statements or two sets of them (docSetPicker.ts), see new /
 * restated / dropped positions with the sentences of both sides next to each other, then stance and wording changes, topics that
 * appear or disappear, and entities a series usually names but one of them does not. Every
 * document text goes in as text (dom.ts).
 */
import { messageOf } from '../../contract/errors';
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
import { docSetPicker } from './docSetPicker';
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

/** A side in a line: its titles, or for a larger set how many and which dates. */
function sideName(docs: CompareResponse['a']): string {
  if (docs.length <= 3) return docs.map((d) => `${d.date ?? ''} ${d.title}`.trim()).join('; ');
  const dates = docs
    .map((d) => d.date ?? '')
    .filter(Boolean)
    .sort();
  return `${docs.length} statements, ${dates[0] ?? '?'} to ${dates[dates.length - 1] ?? '?'}`;
}

function renderComparison(host: HTMLElement, data: CompareResponse): void {
  const names = sideName;
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

/** Opens the compare dialog on the given documents: the oldest before, the newest after. */
function openCompare(docs: DocumentSummary[]): void {
  const { body } = openDialog('compare-dialog', 'Compare statements');
  const sorted = [...docs].sort((x, y) =>
    (x.document.date ?? '').localeCompare(y.document.date ?? ''),
  );
  const a = docSetPicker('a', 'Before', sorted);
  const b = docSetPicker('b', 'After', sorted);
  a.choose(sorted.slice(0, 1).map((d) => d.document.id));
  b.choose(sorted.slice(-1).map((d) => d.document.id));
  const results = el('div', { attrs: { id: 'compare-results', 'aria-live': 'polite' } });
  const refuse = (text: string) => results.replaceChildren(el('p', { className: 'error', text }));
  const run = async () => {
    const [before, after] = [a.chosen(), b.chosen()];
    if (!before.length || !after.length)
      return refuse('Choose at least one statement on each side.');
    const both = before.filter((id) => after.includes(id));
    if (both.length)
      return refuse(
        `${both.length} statement${both.length === 1 ? ' is' : 's are'} on both sides: leave each out of one side.`,
      );
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren(el('p', { className: 'muted', text: 'Comparing…' }));
    try {
      renderComparison(results, await fetchCompare(before, after));
    } catch (error) {
      refuse(`Could not compare: ${messageOf(error)}`);
    } finally {
      results.removeAttribute('aria-busy');
    }
  };
  const form = el('div', { className: 'compare-form' }, [
    a.root,
    b.root,
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
