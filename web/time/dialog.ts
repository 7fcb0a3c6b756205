/**
 * A modal <dialog> for the wide views (compare, timeline): they need more room than the side
 * panel, and a dialog leaves the explorer's layout alone. One per id, reused when reopened.
 */
import { el } from '../dom';

export interface Dialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  setTitle(text: string): void;
}

export function openDialog(id: string, title: string): Dialog {
  let dialog = document.getElementById(id) as HTMLDialogElement | null;
  if (!dialog) {
    dialog = el('dialog', {
      className: 'time-dialog',
      attrs: { id, 'aria-labelledby': `${id}-title` },
    });
    const close = el('button', {
      text: '×',
      title: 'close',
      attrs: { type: 'button', class: 'time-close' },
      onClick: () => dialog?.close(),
    });
    dialog.append(
      el('header', {}, [el('h2', { attrs: { id: `${id}-title` } }), close]),
      el('div', { className: 'time-body' }),
    );
    document.body.append(dialog);
  }
  const heading = dialog.querySelector('h2') as HTMLElement;
  const body = dialog.querySelector('.time-body') as HTMLElement;
  heading.textContent = title;
  if (!dialog.open) dialog.showModal();
  return { dialog, body, setTitle: (text) => (heading.textContent = text) };
}
