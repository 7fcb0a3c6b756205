/** The entity side panel: name, type, aliases, relations, commitments by stance with evidence. */
import type { EntityDetail } from '../../server/types';
import { el } from '../dom';
import { kindColor, STANCE_COLORS } from '../graph/palette';
import { timelineButton } from '../time/timelinePanel';
import { entityLink, evidenceItem } from './evidence';

export interface EntityActions {
  open(id: string): void;
  lens(id: string): void;
  focus(id: string): void;
  pathFrom(id: string): void;
}

export function renderEntity(
  host: HTMLElement,
  detail: EntityDetail,
  actions: EntityActions,
): void {
  const { entity } = detail;
  const header = el('header', { className: 'entity-header' }, [
    el('h2', { text: entity.name, attrs: { id: 'entity-name' } }),
    el('span', {
      className: 'type-badge',
      text: entity.type,
      attrs: { style: `background:${kindColor(entity.type)}` },
    }),
  ]);
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const buttons = el('div', { className: 'actions' }, [
    el('button', {
      text: `What connects to ${entity.name}?`,
      attrs: { type: 'button', id: 'lens-this' },
      onClick: () => actions.lens(entity.id),
    }),
    el('button', {
      text: 'Focus & expand',
      attrs: { type: 'button', id: 'focus-this' },
      onClick: () => actions.focus(entity.id),
    }),
    el('button', {
      text: 'Path from here…',
      attrs: { type: 'button', id: 'path-this' },
      onClick: () => actions.pathFrom(entity.id),
    }),
    timelineButton(entity),
  ]);
  const facts = el('dl', { className: 'facts' }, [
    aliases.length ? el('dt', { text: 'Also called' }) : null,
    aliases.length ? el('dd', { className: 'aliases', text: aliases.join(' · ') }) : null,
    ...Object.entries(entity.attributes).flatMap(([k, v]) => [
      el('dt', { text: k }),
      el('dd', { text: v }),
    ]),
    detail.relations.length ? el('dt', { text: 'Relations' }) : null,
    detail.relations.length
      ? el(
          'dd',
          {},
          detail.relations.map((r) =>
            el('div', {}, [
              `${r.direction === 'out' ? r.type.toLowerCase() : `${r.type.toLowerCase()} (by)`} `,
              entityLink(r.other, actions.open),
            ]),
          ),
        )
      : null,
  ]);
  const groups = detail.byStance.map((group) =>
    el('section', { className: 'stance-group', attrs: { 'data-stance': group.stance } }, [
      el('h3', {}, [
        el('span', {
          className: 'stance-dot',
          attrs: { style: `background:${STANCE_COLORS[group.stance]}` },
        }),
        `${group.stance} (${group.commitments.length})`,
      ]),
      ...group.commitments.map((c) => {
        const others = [...c.actors, ...c.about, ...c.targets].filter(
          (o, i, all) => o.id !== entity.id && all.findIndex((x) => x.id === o.id) === i,
        );
        const parties = others.length
          ? el('div', { className: 'parties' }, [
              `${c.roles.join(', ')}${c.implicit ? ' (implicit)' : ''} · with `,
              ...others.flatMap((o, i) => [i ? ', ' : '', entityLink(o, actions.open)]),
            ])
          : null;
        return evidenceItem(c, parties ? [parties] : []);
      }),
    ]),
  );
  host.replaceChildren(
    header,
    facts,
    buttons,
    el('h3', { className: 'section-title', text: `Commitments (${detail.commitmentCount})` }),
    ...(groups.length
      ? groups
      : [el('p', { className: 'muted', text: 'No commitments involve this entity.' })]),
  );
}
