/**
 * The entity side panel: name, type, aliases, relations, commitments by stance with evidence.
 * Each stance shows its total and a first page; "show more" fetches the next page on demand.
 */

import type { EntityCommitment, EntityDetail, EntityRef } from '../../contract/api';
import { messageOf } from '../../contract/errors';
import { fetchEntityCommitments } from '../api';
import { type CurationHooks, commitmentCuration, entityCuration } from '../curation/actions';
import { el } from '../dom';
import { kindColor, STANCE_COLORS } from '../graph/palette';
import { timelineButton } from '../time/timelinePanel';
import { entityLink, evidenceItem } from './evidence';

export interface EntityActions {
  open(id: string): void;
  lens(id: string): void;
  focus(id: string): void;
  pathFrom(id: string): void;
  /** Corrections (hide, merge, reject) offered in the panel when set. */
  curation?: CurationHooks;
}

const MORE = 20;

function commitmentItem(
  c: EntityCommitment,
  entity: EntityRef,
  open: (id: string) => void,
  curation?: CurationHooks,
): HTMLElement {
  const entityId = entity.id;
  const others = [...c.actors, ...c.about, ...c.targets].filter(
    (o, i, all) => o.id !== entityId && all.findIndex((x) => x.id === o.id) === i,
  );
  const parties = others.length
    ? el('div', { className: 'parties' }, [
        `${c.roles.join(', ')}${c.implicit ? ' (implicit)' : ''} · with `,
        ...others.flatMap((o, i) => [i ? ', ' : '', entityLink(o, open)]),
      ])
    : null;
  const curate = curation ? commitmentCuration(c, entity, curation) : null;
  return evidenceItem(
    c,
    [parties, curate].filter((x): x is HTMLElement => x !== null),
  );
}

/** A stance's first page, and a button fetching the next ones before itself until done. */
function stanceGroup(
  detail: EntityDetail,
  group: EntityDetail['byStance'][number],
  open: (id: string) => void,
  curation?: CurationHooks,
): HTMLElement {
  const id = detail.entity.id;
  let shown = group.commitments.length;
  const more = el('button', { className: 'show-more', attrs: { type: 'button' } });
  const label = () => {
    more.hidden = shown >= group.total;
    more.textContent = `show ${Math.min(MORE, group.total - shown)} more of ${group.total - shown}`;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await fetchEntityCommitments(id, group.stance, shown, MORE);
      for (const c of page.items) more.before(commitmentItem(c, detail.entity, open, curation));
      shown += page.items.length;
      if (page.items.length === 0) shown = group.total;
    } catch (error) {
      more.textContent = `Could not load: ${messageOf(error)}`;
      return;
    } finally {
      more.disabled = false;
    }
    label();
  });
  label();
  return el('section', { className: 'stance-group', attrs: { 'data-stance': group.stance } }, [
    el('h3', {}, [
      el('span', {
        className: 'stance-dot',
        attrs: { style: `background:${STANCE_COLORS[group.stance]}` },
      }),
      `${group.stance} (${group.total})`,
    ]),
    ...group.commitments.map((c) => commitmentItem(c, detail.entity, open, curation)),
    more,
  ]);
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
      attrs: { style: `border-left-color:${kindColor(entity.type)}` },
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
      ? el('dd', {}, [
          ...detail.relations.map((r) =>
            el('div', {}, [
              `${r.direction === 'out' ? r.type.toLowerCase() : `${r.type.toLowerCase()} (by)`} `,
              entityLink(r.other, actions.open),
            ]),
          ),
          detail.relationCount > detail.relations.length
            ? el('div', {
                className: 'muted',
                text: `and ${detail.relationCount - detail.relations.length} more`,
              })
            : null,
        ])
      : null,
  ]);
  const groups = detail.byStance.map((group) =>
    stanceGroup(detail, group, actions.open, actions.curation),
  );
  host.replaceChildren(
    header,
    facts,
    buttons,
    ...(actions.curation ? [entityCuration(entity, actions.curation)] : []),
    el('h3', { className: 'section-title', text: `Commitments (${detail.commitmentCount})` }),
    ...(groups.length
      ? groups
      : [el('p', { className: 'muted', text: 'No commitments involve this entity.' })]),
  );
}
