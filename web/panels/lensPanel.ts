/**
 * The "what connects to X" lens: entities linked to X ranked by evidence, direct links first,
 * then two-hop ones ranked by how specific their intermediary is; each with its sentences.
 * Links only implied by a heading are badged and can be left out; every count says how many
 * exist, not just how many came back. Type chips narrow it, a date range or preset limits it to
 * the statements of a period (lensRange.ts). The list's ids light up in the graph.
 */

import type { Connection, ConnectionsResponse } from '../../contract/api';
import { ENTITY_TYPES, type EntityType } from '../../contract/vocabulary';
import { el } from '../dom';
import { kindColor } from '../graph/palette';
import { entityLink, evidenceItem } from './evidence';
import { type LensRangeState, lensRangeControl, NO_RANGE } from './lensRange';

export interface LensActions {
  open(id: string): void;
  /** Toggles a type on the current state (not this render's: clicks may outrun renders). */
  toggleType(type: EntityType): void;
  toggleStated(): void;
  /** Sets the time filter; without it the lens shows no date controls. */
  setRange?(range: LensRangeState): void;
}

/** Two-hop candidates shown at first; the rest one click away. */
const TWO_HOP_PAGE = 20;

/** The connections the lens shows: with `statedOnly`, those a sentence states. */
export function lensConnections(data: ConnectionsResponse, statedOnly: boolean): Connection[] {
  return statedOnly ? data.connections.filter((c) => c.stated > 0) : data.connections;
}

function linkBadge(c: Connection): HTMLElement | null {
  if (c.stated >= c.commitments) return null;
  return el('span', {
    className: 'badge implicit',
    text: c.stated === 0 ? 'implicit' : `${c.commitments - c.stated} implicit`,
    title: 'Linked through a heading or paragraph, not named in the sentence',
  });
}

function item(c: Connection, open: (id: string) => void): HTMLElement {
  return el(
    'li',
    {
      className: `connection${c.stated === 0 ? ' is-implicit' : ''}`,
      attrs: {
        'data-id': c.entity.id,
        'data-hops': String(c.hops),
        'data-link': c.stated === 0 ? 'implicit' : 'stated',
      },
    },
    [
      el('div', { className: 'connection-head' }, [
        el('span', {
          className: 'swatch',
          attrs: { style: `background:${kindColor(c.entity.type)}` },
        }),
        entityLink(c.entity, open),
        linkBadge(c),
        el('span', {
          className: 'count',
          text: `${c.commitments} commitment${c.commitments === 1 ? '' : 's'}`,
        }),
      ]),
      c.via.length
        ? el('div', { className: 'via' }, [
            'via ',
            ...c.via.flatMap((v, i) => [i ? ', ' : '', entityLink(v, open)]),
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
}

export function renderLens(
  host: HTMLElement,
  data: ConnectionsResponse,
  types: EntityType[],
  statedOnly: boolean,
  actions: LensActions,
  range: LensRangeState = NO_RANGE,
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
  const stated = el('input', { attrs: { type: 'checkbox', id: 'lens-stated' } });
  stated.checked = statedOnly;
  stated.addEventListener('change', () => actions.toggleStated());
  const shown = lensConnections(data, statedOnly);
  const direct = shown.filter((c) => c.hops === 1);
  const twoHop = shown.filter((c) => c.hops === 2);
  const { totals } = data;
  const parts: (HTMLElement | null)[] = [
    el('h2', {}, ['What connects to ', entityLink(data.entity, actions.open), '?']),
    chips,
    el('label', { className: 'toggle' }, [stated, 'only links stated in a sentence']),
    actions.setRange
      ? lensRangeControl(range, data.range ?? null, data.anchors ?? [], actions.setRange)
      : null,
    el('p', {
      className: 'muted',
      attrs: { id: 'lens-summary' },
      text:
        `Direct: showing ${direct.length} of ${totals.direct}. ` +
        `Through an intermediary: showing ${Math.min(TWO_HOP_PAGE, twoHop.length)} of ${totals.twoHop}` +
        `${statedOnly ? ' (stated links only)' : ''}.`,
    }),
    el(
      'ol',
      { className: 'connections', attrs: { id: 'lens-list' } },
      direct.map((c) => item(c, actions.open)),
    ),
  ];
  if (twoHop.length) {
    const list = el(
      'ol',
      { className: 'connections two-hop', attrs: { id: 'lens-two-hop' } },
      twoHop.slice(0, TWO_HOP_PAGE).map((c) => item(c, actions.open)),
    );
    parts.push(
      el('h3', { className: 'section-title', text: 'Two hops away' }),
      el('p', {
        className: 'muted',
        text: 'Ranked by how specific the intermediary is: one linked to everything counts for little.',
      }),
      list,
    );
    if (twoHop.length > TWO_HOP_PAGE) {
      const more = el('button', {
        text: `show ${twoHop.length - TWO_HOP_PAGE} more`,
        attrs: { type: 'button', id: 'lens-more' },
        onClick: () => {
          list.append(...twoHop.slice(TWO_HOP_PAGE).map((c) => item(c, actions.open)));
          more.remove();
        },
      });
      parts.push(more);
    }
  }
  host.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}
