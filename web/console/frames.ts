/**
 * Result frames, stacked newest first like Neo4j Browser's: each holds one run's answer as a
 * table, a graph of its own, or the raw JSON, and exports it as CSV or JSON. The explorer's
 * graph is left alone; "add to explorer" is an explicit choice, and undone by "back to explorer".
 */

import type { CypherResponse } from '../../contract/console';
import { messageOf } from '../../contract/errors';
import { el } from '../dom';
import { toCsv } from '../export/csv';
import { download, stamp } from '../export/download';
import { connectResultNodes } from './connectNodes';
import { type FrameGraph, mountFrameGraph } from './frameGraph';
import { renderTable } from './resultsTable';

/** Frames kept; older ones close (each graph frame holds a WebGL context). */
const MAX_FRAMES = 8;

type FrameView = 'table' | 'graph' | 'json';

const cell = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function resultCsv(result: CypherResponse): string {
  return toCsv([result.columns, ...result.rows.map((row) => row.map(cell))]);
}

export function mountFrame(
  stack: HTMLElement,
  query: string,
  result: CypherResponse,
  summary: string,
  addToExplorer: (result: CypherResponse) => void,
): HTMLElement {
  let graph: FrameGraph | undefined;
  const body = el('div', { className: 'cc-frame-body' });
  const buttons = new Map<FrameView, HTMLButtonElement>();
  const show = (view: FrameView) => {
    graph?.kill();
    graph = undefined;
    for (const [v, b] of buttons) b.setAttribute('aria-pressed', String(v === view));
    frame.dataset.view = view;
    if (view === 'table') renderTable(body, result);
    else if (view === 'json')
      body.replaceChildren(
        el('pre', {
          className: 'cc-json',
          text: JSON.stringify({ columns: result.columns, rows: result.rows }, null, 2),
        }),
      );
    else {
      const canvas = el('div', {
        className: 'cc-graph',
        attrs: { role: 'img', 'aria-label': `graph of ${result.graph.nodes.length} nodes` },
      });
      body.replaceChildren(
        result.graph.nodes.length
          ? canvas
          : el('p', { className: 'muted', text: 'This result has no nodes to draw.' }),
      );
      if (result.graph.nodes.length) graph = mountFrameGraph(canvas, result.graph);
    }
  };
  const viewButton = (view: FrameView, text: string) => {
    const b = el('button', {
      text,
      attrs: { type: 'button', 'data-view': view, 'aria-pressed': 'false' },
    });
    b.addEventListener('click', () => show(view));
    buttons.set(view, b);
    return b;
  };
  const action = (text: string, cls: string, run: () => void, title = '') => {
    const b = el('button', { text, className: cls, title, attrs: { type: 'button' } });
    b.addEventListener('click', run);
    return b;
  };
  const name = (ext: string) => `cypher-result-${stamp()}.${ext}`;
  const frame: HTMLElement = el(
    'section',
    { className: 'cc-frame', attrs: { 'aria-label': 'query result' } },
    [
      el('header', { className: 'cc-frame-head' }, [
        el('code', {
          className: 'cc-frame-query',
          text: query.replace(/\s+/g, ' ').slice(0, 120),
          title: query,
        }),
        el('div', { className: 'cc-frame-actions' }, [
          el(
            'div',
            { className: 'cc-frame-views', attrs: { role: 'group', 'aria-label': 'show as' } },
            [
              viewButton('table', 'Table'),
              viewButton('graph', 'Graph'),
              viewButton('json', 'JSON'),
            ],
          ),
          action('CSV', 'cc-export-csv', () =>
            download(
              name('csv'),
              new Blob([resultCsv(result)], { type: 'text/csv;charset=utf-8' }),
            ),
          ),
          action('JSON', 'cc-export-json', () =>
            download(
              name('json'),
              new Blob(
                [JSON.stringify({ query, columns: result.columns, rows: result.rows }, null, 2)],
                {
                  type: 'application/json',
                },
              ),
            ),
          ),
          result.graph.nodes.length > 1
            ? action(
                'Connect nodes',
                'cc-connect',
                () => {
                  const summaryLine = frame.querySelector('.cc-frame-summary');
                  connectResultNodes(result.graph)
                    .then((note) => {
                      if (summaryLine) summaryLine.textContent = `${summary} ${note}`;
                      show('graph');
                    })
                    .catch((e: unknown) => {
                      if (summaryLine)
                        summaryLine.textContent = `${summary} Could not connect: ${messageOf(e)}`;
                    });
                },
                'Draw the relationships among these nodes that the query did not return',
              )
            : null,
          result.graph.nodes.length
            ? action(
                'Add to explorer',
                'cc-add',
                () => addToExplorer(result),
                'Draw these nodes over the explorer graph',
              )
            : null,
          action(
            '×',
            'cc-close',
            () => {
              graph?.kill();
              frame.remove();
            },
            'Close this result',
          ),
        ]),
      ]),
      el('p', { className: 'cc-frame-summary muted', text: summary }),
      body,
    ],
  );
  show('table');
  stack.prepend(frame);
  for (const old of [...stack.querySelectorAll<HTMLElement>('.cc-frame')].slice(MAX_FRAMES))
    old.querySelector<HTMLButtonElement>('.cc-close')?.click();
  return frame;
}
