/**
 * The Cypher console: an editor with completion from the live schema, a JSON parameters editor,
 * saved queries and a local history; Ctrl/Cmd-Enter runs the query on the server's read-only
 * console and stacks the answer in a frame of its own (table, graph, JSON; CSV/JSON export).
 * The explorer's graph changes only when asked ("add to explorer"); "back to explorer" restores
 * the view the URL describes.
 */
import { messageOf } from '../../contract/errors';
import './console.css';
import type { SerializedGraph } from '../../contract/api';
import type { CypherResponse, SavedQuery } from '../../contract/console';
import { ApiError } from '../api';
import { el, option } from '../dom';
import { fetchSavedQueries, fetchSchema, runCypher } from './api';
import type { QueryEditor } from './editor';
import { mountFrame } from './frames';
import { type HistoryEntry, readHistory, remember } from './history';

/** What the console may do to the main graph view. */
export interface ViewApi {
  /** Draws a query's nodes and relationships over the explorer's view. */
  showGraph(graph: SerializedGraph, mode: 'add'): void;
  /** Back to the explorer: the view the URL describes, redrawn, its tab shown. */
  restore(): void;
}

const DEFAULT_QUERY =
  'MATCH (c:Country)<-[:ABOUT|TARGETS]-(k:Commitment)\nRETURN c.name AS country, count(k) AS commitments\nORDER BY commitments DESC';

function parseParams(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new SyntaxError('parameters must be a JSON object');
  return parsed as Record<string, unknown>;
}

function summaryText(result: CypherResponse): string {
  const s = result.summary;
  const parts = [
    `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${s.resultAvailableAfterMs + s.resultConsumedAfterMs} ms`,
  ];
  if (s.truncated) parts.push(`truncated at ${s.rowLimit} rows`);
  parts.push(
    `${result.graph.nodes.length} nodes and ${result.graph.edges.length} relationships drawn`,
  );
  if (s.undrawnNodes > 0)
    parts.push(`${s.undrawnNodes} nodes (documents, sentences…) in the table only`);
  return [parts.join(' · '), ...s.notifications].join('\n');
}

export function mountConsole(host: HTMLElement, view: ViewApi): void {
  const saved = el('select', { className: 'cc-saved', attrs: { 'aria-label': 'saved queries' } }, [
    option('', 'Saved queries…'),
  ]);
  const history = el('select', { className: 'cc-history', attrs: { 'aria-label': 'history' } }, [
    option('', 'History…'),
  ]);
  const back = el('button', {
    className: 'cc-back',
    text: '← Back to explorer',
    title: "The explorer's own view, as its URL describes it",
    attrs: { type: 'button' },
  });
  const run = el('button', {
    className: 'cc-run',
    text: 'Run',
    title: 'Ctrl/Cmd-Enter',
    attrs: { type: 'button' },
  });
  const description = el('p', { className: 'cc-description' });
  const editorHost = el('div', { className: 'cc-editor' });
  const params = el('textarea', {
    className: 'cc-params',
    attrs: { rows: '3', spellcheck: 'false', 'aria-label': 'parameters (JSON)' },
  });
  params.value = '{}';
  const status = el('pre', { className: 'cc-status', attrs: { role: 'status' } });
  const results = el('div', { className: 'cc-results', attrs: { 'aria-live': 'polite' } });
  const body = el('div', { className: 'cc-body' }, [
    el('div', { className: 'cc-toolbar' }, [saved, history, run, back]),
    description,
    editorHost,
    el('label', { className: 'cc-params-label', text: 'Parameters (JSON)' }, [params]),
    status,
    results,
  ]);
  host.append(
    el('section', { className: 'cypher-console', attrs: { 'aria-label': 'Cypher console' } }, [
      body,
    ]),
  );

  let editor: QueryEditor | undefined;
  let savedQueries: SavedQuery[] = [];
  let running = false;

  const setStatus = (text: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  const fillHistory = (entries: HistoryEntry[]) => {
    history.replaceChildren(
      option('', 'History…'),
      ...entries.map((e, i) => option(String(i), e.query.replace(/\s+/g, ' ').slice(0, 80))),
    );
  };

  const execute = async () => {
    if (!editor || running) return;
    const query = editor.getValue();
    let values: Record<string, unknown>;
    try {
      values = parseParams(params.value);
    } catch (error) {
      setStatus(`Parameters: ${messageOf(error)}`, 'error');
      return;
    }
    running = true;
    run.disabled = true;
    setStatus('Running…');
    try {
      const result = await runCypher(query, values);
      const summary = summaryText(result);
      mountFrame(results, query, result, summary, (r) => view.showGraph(r.graph, 'add'));
      setStatus(summary);
      fillHistory(remember({ query, params: params.value }));
    } catch (error) {
      const message = messageOf(error);
      const code = error instanceof ApiError ? `${error.status} ${error.code}: ` : '';
      setStatus(`${code}${message}`, 'error');
      if (error instanceof ApiError && error.position) editor.moveTo(error.position.offset);
    } finally {
      running = false;
      run.disabled = false;
    }
  };

  const load = (query: string, paramsText: string, about = '') => {
    editor?.setValue(query);
    params.value = paramsText;
    description.textContent = about;
    editor?.focus();
  };

  saved.addEventListener('change', () => {
    const picked = savedQueries.find((q) => q.id === saved.value);
    if (!picked) return;
    const defaults = Object.fromEntries(picked.params.map((p) => [p.name, p.default]));
    const help = picked.params.map((p) => `$${p.name} (${p.type}): ${p.description}`).join('; ');
    load(
      picked.query,
      JSON.stringify(defaults, null, 2),
      [picked.description, help].filter(Boolean).join(' — '),
    );
  });
  history.addEventListener('change', () => {
    const entry = readHistory()[Number(history.value)];
    if (entry) load(entry.query, entry.params);
    history.value = '';
  });
  run.addEventListener('click', () => void execute());
  back.addEventListener('click', () => view.restore());
  params.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });

  fillHistory(readHistory());
  setStatus('Loading the editor…');
  void (async () => {
    try {
      const { createQueryEditor } = await import('./editor');
      editor = createQueryEditor(
        editorHost,
        readHistory()[0]?.query ?? DEFAULT_QUERY,
        () => void execute(),
      );
      setStatus('Read-only Cypher. Ctrl/Cmd-Enter runs the query.');
      const [queries, schema] = await Promise.all([fetchSavedQueries(), fetchSchema()]);
      savedQueries = queries;
      saved.append(...queries.map((q) => option(q.id, q.name)));
      editor.setSchema(schema);
      host.dataset.consoleReady = 'true';
    } catch (error) {
      setStatus(`The console could not start: ${messageOf(error)}`, 'error');
    }
  })();
}
