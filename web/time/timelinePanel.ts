/**
 * The timeline panel, opened from the entity panel: the chart, then every commitment by
 * document date with its mark (first stated / restated / last seen) and the date its position
 * was first stated; documents naming the entity without a commitment show that sentence.
 */
import { messageOf } from '../../contract/errors';
import './time.css';
import type { EntityRef } from '../../contract/api';
import type { TimelineEntry, TimelineResponse } from '../../contract/positions';
import { el } from '../dom';
import { evidenceItem } from '../panels/evidence';
import { fetchTimeline } from './api';
import { openDialog } from './dialog';
import { MARK_LABELS, positionLabel } from './labels';
import { MAX_ROWS, timelineChart } from './timelineChart';

function entryItem(e: TimelineEntry): HTMLElement {
  return el(
    'div',
    {
      className: 'timeline-entry',
      attrs: { 'data-mark': e.mark, 'data-commitment': e.commitmentId },
    },
    [
      evidenceItem(e, [
        el('div', { className: 'timeline-meta' }, [
          el('span', { className: `mark-badge mark-${e.mark}`, text: MARK_LABELS[e.mark] }),
          ` ${positionLabel(e.position)} · first stated ${e.firstStated ?? 'undated'} · ${e.roles.join(', ')}`,
        ]),
      ]),
    ],
  );
}

function renderTimeline(host: HTMLElement, data: TimelineResponse): void {
  const byDoc = new Map<string, TimelineEntry[]>();
  for (const e of data.entries.items)
    byDoc.set(e.document.id, [...(byDoc.get(e.document.id) ?? []), e]);
  const hidden = data.positions.total - Math.min(data.positions.items.length, MAX_ROWS);
  const shown = data.entries.total > data.entries.items.length;
  host.replaceChildren(
    el('p', {
      className: 'muted',
      text: `${data.entries.total} commitments in ${data.documents.length} documents naming ${data.entity.name}, ${data.positions.total} positions${hidden > 0 ? ` (the ${MAX_ROWS} most restated drawn)` : ''}${shown ? `; first ${data.entries.items.length} listed` : ''}.`,
    }),
    timelineChart(data),
    el(
      'ol',
      { className: 'timeline-docs', attrs: { id: 'timeline-list' } },
      data.documents.map((d) =>
        el('li', { attrs: { 'data-doc': d.id } }, [
          el('h4', {}, [
            el('time', { text: d.date ?? 'undated', attrs: { datetime: d.date ?? '' } }),
            ` ${d.title}`,
          ]),
          ...(byDoc.get(d.id) ?? []).map(entryItem),
          d.mention
            ? evidenceItem(d.mention, [
                el('div', {
                  className: 'timeline-meta muted',
                  text: 'named here, no commitment about it',
                }),
              ])
            : null,
        ]),
      ),
    ),
  );
}

/** Opens the timeline dialog for an entity and loads it. */
async function openTimeline(entity: { id: string; name: string }): Promise<void> {
  const { body } = openDialog('timeline-dialog', `Timeline: ${entity.name}`);
  body.setAttribute('aria-busy', 'true');
  body.replaceChildren(el('p', { className: 'muted', text: 'Loading the timeline…' }));
  try {
    renderTimeline(body, await fetchTimeline(entity.id));
  } catch (error) {
    body.replaceChildren(
      el('p', {
        className: 'error',
        text: `Could not load the timeline: ${messageOf(error)}`,
      }),
    );
  } finally {
    body.removeAttribute('aria-busy');
  }
}

/** The entity panel's "Timeline" button. */
export function timelineButton(entity: EntityRef): HTMLButtonElement {
  return el('button', {
    text: 'Timeline',
    attrs: { type: 'button', id: 'timeline-this' },
    onClick: () => void openTimeline(entity),
  });
}
