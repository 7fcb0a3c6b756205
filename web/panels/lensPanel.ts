/**
 * The "what connects to X" lens: entities linked to X ranked by evidence, direct links first,
 * each with its sentences; type chips narrow it. The list's ids light up in the graph.
 */
import { ENTITY_TYPES, type EntityType } from '../../ingest/contract';
import type { ConnectionsResponse } from '../../server/types';
import { el } from '../dom';
import { kindColor } from '../graph/palette';
import { entityLink, evidenceItem } from './evidence';

export interface LensActions {
  open(id: string): void;
  /** Toggles a type on the current state (not this render's: clicks may outrun renders). */
  toggleType(type: EntityType): void;
}

export function renderLens(
  host: HTMLElement,
  data: ConnectionsResponse,
  types: EntityType[],
  actions: LensActions,
): void {
  const chips = el(
    'div',
    { className: 'chips', attrs: { role: 'group', 'aria-label': 'connection types' } },
    ENTITY_TYPES.map((t) => {
      const on = types.includes(t);
      return el('button', {
        className: `chip${on ? ' on' : ''}`,
        text: t,
        attrs: {
          type: 'button',
          'aria-pressed': String(on),
          style: on ? `border-color:${kindColor(t)}` : '',
        },
        onClick: (event) => {
          const chip = event.currentTarget as HTMLElement;
          chip.classList.toggle('on');
          chip.setAttribute('aria-pressed', String(chip.classList.contains('on')));
          actions.toggleType(t);
        },
      });
    }),
  );
  const direct = data.connections.filter((c) => c.hops === 1);
  const twoHop = data.connections.filter((c) => c.hops === 2);
  const item = (c: ConnectionsResponse['connections'][number]) =>
    el(
      'li',
      { className: 'connection', attrs: { 'data-id': c.entity.id, 'data-hops': String(c.hops) } },
      [
        el('div', { className: 'connection-head' }, [
          el('span', {
            className: 'swatch',
            attrs: { style: `background:${kindColor(c.entity.type)}` },
          }),
          entityLink(c.entity, actions.open),
          el('span', {
            className: 'count',
            text: `${c.commitments} commitment${c.commitments === 1 ? '' : 's'}`,
          }),
        ]),
        c.via.length
          ? el('div', { className: 'via' }, [
              'via ',
              ...c.via.flatMap((v, i) => [i ? ', ' : '', entityLink(v, actions.open)]),
            ])
          : null,
        ...c.evidence.slice(0, 1).map((e) => evidenceItem(e)),
        c.evidence.length > 1
          ? el('details', {}, [
              el('summary', {
                text: `${c.evidence.length - 1} more sentence${c.evidence.length > 2 ? 's' : ''}`,
              }),
              ...c.evidence.slice(1).map((e) => evidenceItem(e)),
            ])
          : null,
      ],
    );
  const parts: HTMLElement[] = [
    el('h2', {}, ['What connects to ', entityLink(data.entity, actions.open), '?']),
    chips,
    el('p', {
      className: 'muted',
      attrs: { id: 'lens-summary' },
      text: `${direct.length} direct, ${twoHop.length} through an intermediary`,
    }),
    el('ol', { className: 'connections', attrs: { id: 'lens-list' } }, direct.map(item)),
  ];
  if (twoHop.length) {
    parts.push(
      el('h3', { className: 'section-title', text: 'Two hops away' }),
      el('ol', { className: 'connections two-hop' }, twoHop.map(item)),
    );
  }
  host.replaceChildren(...parts);
}
