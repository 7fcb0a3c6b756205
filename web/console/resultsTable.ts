/** The result as a table: one row per record, every cell plain text (textContent, never HTML). */
import type { CypherResponse } from '../../contract/console';
import { el } from '../dom';
import { formatValue } from './formatValue';

export function renderTable(container: HTMLElement, result: CypherResponse): void {
  const head = el('thead', {}, [
    el(
      'tr',
      {},
      result.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })),
    ),
  ]);
  const body = el(
    'tbody',
    {},
    result.rows.map((row) =>
      el(
        'tr',
        {},
        row.map((value) =>
          el('td', {
            text: formatValue(value),
            title: JSON.stringify(value, null, 1).slice(0, 4000),
          }),
        ),
      ),
    ),
  );
  container.replaceChildren(el('table', { className: 'cc-table' }, [head, body]));
}
