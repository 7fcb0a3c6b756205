/** What the graph shows and leaves out, said over its corner (the first view is a part of the corpus). */
import type { GraphScope } from '../../contract/api';
import { el } from '../dom';

export function mountScopeNotice(host: HTMLElement): (scope: GraphScope | undefined) => void {
  const notice = el('p', {
    attrs: {
      id: 'scope-notice',
      role: 'note',
      style:
        'position:absolute;right:0.6rem;bottom:0.6rem;max-width:45%;margin:0;padding:0.3rem 0.5rem;font-size:0.75rem;background:rgb(255 255 255 / 90%);border-radius:6px;pointer-events:none',
    },
  });
  host.prepend(notice);
  return (scope) => {
    notice.textContent = scope?.notice ?? '';
    notice.hidden = !scope;
  };
}
