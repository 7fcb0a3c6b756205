/**
 * The review panel: every correction analysts made (newest first), with who, when, why and what,
 * and its undo (who and when too); an active one can be undone here. Undone ones stay listed:
 * the audit trail keeps both the action and its undo.
 */

import type { Override, OverrideKind } from '../../contract/curation';
import { messageOf } from '../../contract/errors';
import { fetchOverrides, postUndo } from '../curation/api';
import { curationForm } from '../curation/form';
import { el } from '../dom';

const VERBS: Record<OverrideKind, string> = {
  hide: 'Hidden',
  junk: 'Junk topic',
  merge: 'Merged',
  rejectCommitment: 'Rejected commitment',
  rejectLink: 'Rejected link',
};

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

function what(o: Override): string {
  if (o.kind === 'merge') return `${o.targetName} → ${o.intoName ?? o.into}`;
  if (o.kind === 'rejectLink')
    return `${o.entityName ?? o.entity} (${(o.relation ?? '').toLowerCase()}) in ${o.targetName}`;
  return o.targetName;
}

export interface ReviewPanel {
  refresh(): Promise<void>;
}

export function mountReviewPanel(
  host: HTMLElement,
  hooks: { changed(message: string): void },
): ReviewPanel {
  const list = el('ol', { className: 'review-list', attrs: { id: 'review-list' } });
  const status = el('p', { className: 'muted', attrs: { role: 'status' } });
  host.replaceChildren(
    el('h2', { text: 'Corrections' }),
    el('p', {
      className: 'muted',
      text: 'Hidden, merged and rejected things, kept through re-ingest. Correct from an entity panel.',
    }),
    status,
    list,
  );

  function item(o: Override): HTMLElement {
    const slot = el('div', { className: 'curate-slot' });
    const close = () => slot.replaceChildren();
    const undo = o.undoneAt
      ? null
      : el('button', {
          text: 'Undo',
          className: 'review-undo',
          attrs: { type: 'button' },
          onClick: () =>
            slot.replaceChildren(
              curationForm({
                title: `Undo: ${VERBS[o.kind].toLowerCase()} ${what(o)}`,
                confirm: 'Undo',
                close,
                submit: async ({ author, reason }) => {
                  await postUndo(o.id, author, reason);
                  close();
                  hooks.changed(`undone: ${VERBS[o.kind].toLowerCase()} ${what(o)}`);
                },
              }),
            ),
        });
    return el(
      'li',
      {
        className: `review-item${o.undoneAt ? ' undone' : ''}`,
        attrs: { 'data-kind': o.kind, 'data-target': o.target },
      },
      [
        el('strong', { text: `${VERBS[o.kind]}: ` }),
        el('span', { className: 'review-what', text: what(o) }),
        el('div', {
          className: 'review-who',
          text: `${o.author}, ${when(o.createdAt)} — ${o.reason}`,
        }),
        o.undoneAt
          ? el('div', {
              className: 'review-undone',
              text: `undone by ${o.undoneBy ?? '?'}, ${when(o.undoneAt)}${o.undoReason ? ` — ${o.undoReason}` : ''}`,
            })
          : null,
        undo,
        slot,
      ],
    );
  }

  return {
    async refresh() {
      host.setAttribute('aria-busy', 'true');
      try {
        const page = await fetchOverrides();
        const active = page.items.filter((o) => !o.undoneAt).length;
        status.textContent = page.total
          ? `${active} active, ${page.total - active} undone${page.total > page.items.length ? ` (showing ${page.items.length} of ${page.total})` : ''}`
          : 'No corrections yet.';
        list.replaceChildren(...page.items.map(item));
      } catch (e) {
        status.textContent = `Could not load: ${messageOf(e)}`;
      } finally {
        host.removeAttribute('aria-busy');
      }
    },
  };
}
