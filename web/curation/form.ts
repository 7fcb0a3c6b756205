/**
 * The inline form every correction goes through: who (remembered in this browser) and why
 * (required, as the audit trail asks), then confirm or cancel. Errors from the server are shown
 * in the form, nothing is lost.
 */
import { messageOf } from '../../contract/errors';
import { el } from '../dom';
import './curation.css';
import { analystName, rememberAnalyst } from './api';

export interface FormOptions {
  /** What is about to happen, in words ("Hide denuclearization from every view"). */
  title: string;
  confirm: string;
  /** Extra fields (the merge target picker) placed before the reason. */
  extra?: HTMLElement[];
  submit(input: { author: string; reason: string }): Promise<void>;
  close(): void;
}

let forms = 0;

export function curationForm(options: FormOptions): HTMLFormElement {
  const n = ++forms;
  const author = el('input', {
    attrs: { id: `curate-author-${n}`, type: 'text', maxlength: '80', required: '' },
  });
  author.value = analystName();
  const reason = el('input', {
    attrs: { id: `curate-reason-${n}`, type: 'text', maxlength: '500', required: '' },
  });
  const error = el('p', { className: 'error', attrs: { role: 'alert' } });
  error.hidden = true;
  const confirm = el('button', {
    text: options.confirm,
    className: 'curate-confirm',
    attrs: { type: 'submit' },
  });
  const form = el('form', { className: 'curate-form', attrs: { 'aria-label': options.title } }, [
    el('p', { className: 'curate-title', text: options.title }),
    ...(options.extra ?? []),
    el('label', { text: 'Your name', attrs: { for: author.id } }),
    author,
    el('label', { text: 'Why', attrs: { for: reason.id } }),
    reason,
    error,
    el('div', { className: 'actions' }, [
      confirm,
      el('button', {
        text: 'Cancel',
        attrs: { type: 'button' },
        onClick: () => options.close(),
      }),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = { author: author.value.trim(), reason: reason.value.trim() };
    if (!input.author || !input.reason) {
      error.hidden = false;
      error.textContent = 'Say who you are and why: both are kept in the review panel.';
      return;
    }
    rememberAnalyst(input.author);
    confirm.disabled = true;
    options
      .submit(input)
      .catch((e: unknown) => {
        error.hidden = false;
        error.textContent = `Not saved: ${messageOf(e)}`;
      })
      .finally(() => {
        confirm.disabled = false;
      });
  });
  queueMicrotask(() => (author.value ? reason : author).focus());
  return form;
}
