/**
 * Correction controls in the entity panel: hide the entity, mark a topic as junk, merge it into
 * another entity (picked with the search box), reject one of its commitments or just its link to
 * the commitment. Each opens the inline form (who, why); on success the views reload.
 */
import type { EntityCommitment, EntityRef, SearchHit } from '../../contract/api';
import type { LinkRole, OverrideRequest } from '../../contract/curation';
import { el } from '../dom';
import { mountSearch } from '../panels/search';
import { postOverride } from './api';
import { curationForm } from './form';

export interface CurationHooks {
  /**
   * An override was written: every view reloads (the server's answers changed). `moved`: the
   * entity left the graph (hidden: `to` null; merged: `to` is the entity that took it over).
   */
  changed(message: string, moved?: { from: string; to: string | null }): void;
}

/** A row of buttons, and under it the form of the one clicked. */
function launcher(
  summary: string,
  buttons: { label: string; id?: string; open(close: () => void): HTMLFormElement }[],
  className: string,
): HTMLElement {
  const slot = el('div', { className: 'curate-slot' });
  const close = () => slot.replaceChildren();
  const row = el(
    'div',
    { className: `actions ${className}` },
    buttons.map((b) =>
      el('button', {
        text: b.label,
        attrs: { type: 'button', ...(b.id ? { id: b.id } : {}) },
        onClick: () => slot.replaceChildren(b.open(close)),
      }),
    ),
  );
  // Folded by default: corrections are the exception, reading is the rule.
  return el('details', { className: 'curate' }, [el('summary', { text: summary }), row, slot]);
}

function save(
  request: Omit<OverrideRequest, 'author' | 'reason'>,
  done: string,
  hooks: CurationHooks,
  close: () => void,
) {
  return async (input: { author: string; reason: string }) => {
    await postOverride({ ...request, ...input });
    close();
    const { kind, target, into } = request;
    const entityGone = kind === 'hide' || kind === 'junk' || kind === 'merge';
    hooks.changed(done, entityGone ? { from: target, to: into ?? null } : undefined);
  };
}

export function entityCuration(entity: EntityRef, hooks: CurationHooks): HTMLElement {
  const hide = {
    label: 'Hide',
    id: 'curate-hide',
    open: (close: () => void) =>
      curationForm({
        title: `Hide ${entity.name} from every view`,
        confirm: 'Hide',
        close,
        submit: save({ kind: 'hide', target: entity.id }, `${entity.name} hidden`, hooks, close),
      }),
  };
  const junk = {
    label: 'Mark as junk',
    id: 'curate-junk',
    open: (close: () => void) =>
      curationForm({
        title: `Mark the topic "${entity.name}" as junk (hidden everywhere)`,
        confirm: 'Mark as junk',
        close,
        submit: save(
          { kind: 'junk', target: entity.id },
          `${entity.name} marked as junk`,
          hooks,
          close,
        ),
      }),
  };
  const merge = {
    label: 'Merge into…',
    id: 'curate-merge',
    open: (close: () => void) => {
      let into: SearchHit | null = null;
      const picked = el('p', { className: 'muted', text: `Pick the ${entity.type} to keep.` });
      const picker = el('div');
      mountSearch(picker, {
        id: 'curate-merge-into',
        placeholder: `The ${entity.type} ${entity.name} duplicates…`,
        onPick: (hit) => {
          into = hit;
          picked.textContent =
            hit.type === entity.type
              ? `Merge ${entity.name} into ${hit.name}.`
              : `${hit.name} is a ${hit.type}; only a ${entity.type} can take ${entity.name}.`;
        },
      });
      return curationForm({
        title: `Merge ${entity.name} into another ${entity.type}`,
        confirm: 'Merge',
        close,
        extra: [picker, picked],
        submit: async (input) => {
          if (!into) throw new Error('pick the entity to merge into first');
          const target = into;
          await save(
            { kind: 'merge', target: entity.id, into: target.id },
            `${entity.name} merged into ${target.name}`,
            hooks,
            close,
          )(input);
        },
      });
    },
  };
  return launcher(
    `Correct ${entity.name}…`,
    entity.type === 'Topic' ? [hide, junk, merge] : [hide, merge],
    'curate-entity',
  );
}

const ROLE_WORDS: Record<LinkRole, string> = {
  actor: 'Not stated by',
  about: 'Not about',
  target: 'Not aimed at',
};

/** Under one commitment of the entity's panel: reject it, or only this entity's part in it. */
export function commitmentCuration(
  c: EntityCommitment,
  entity: EntityRef,
  hooks: CurationHooks,
): HTMLElement {
  const reject = {
    label: 'Reject',
    open: (close: () => void) =>
      curationForm({
        title: `Reject the commitment "${c.stance}: ${c.trigger}"`,
        confirm: 'Reject',
        close,
        submit: save(
          { kind: 'rejectCommitment', target: c.commitmentId },
          `commitment "${c.trigger}" rejected`,
          hooks,
          close,
        ),
      }),
  };
  const links = c.roles.map((role) => ({
    label: `${ROLE_WORDS[role]} ${entity.name}`,
    open: (close: () => void) =>
      curationForm({
        title: `${ROLE_WORDS[role]} ${entity.name}: reject this link of "${c.trigger}"`,
        confirm: 'Reject link',
        close,
        submit: save(
          { kind: 'rejectLink', target: c.commitmentId, entity: entity.id, role },
          `link rejected`,
          hooks,
          close,
        ),
      }),
  }));
  return launcher('Correct…', [reject, ...links], 'curate-commitment');
}
