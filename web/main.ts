/**
 * The explorer's entry point: reads the view from the URL, draws the graph, and keeps panels,
 * graph emphasis and the URL in step as the user searches, filters, selects and explores.
 */
import type Sigma from 'sigma';
import type { DocumentRef, GraphScope } from '../server/types';
import { fetchDocuments, fetchGraph } from './api';
import { makeExporters } from './app/exports';
import { GraphView } from './app/graphView';
import { localEvidence } from './app/localEvidence';
import { SidePanels } from './app/sidePanels';
import { mountConsole, type ViewApi } from './console';
import { el } from './dom';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './graph/buildGraph';
import { expansion } from './graph/expand';
import { mountDocumentFilter } from './panels/documentFilter';
import { renderExportMenu } from './panels/exportMenu';
import { type FilterValues, renderFilters } from './panels/filters';
import { renderLegend } from './panels/legend';
import { mountSearch } from './panels/search';
import { mountTabs } from './panels/tabs';
import { DEFAULT_CAP, decodeState, encodeState, type ViewState } from './state/urlState';

declare global {
  interface Window {
    /** Handle for end-to-end tests and for analysts poking at the model in devtools. */
    communique?: {
      graph: ViewGraph;
      renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
      ready: boolean;
      state(): ViewState;
      view: GraphView;
      /** Resolves when every view change asked so far has been applied (graph laid out, panels drawn). */
      settled(): Promise<void>;
      /** What the Cypher console drives. */
      viewApi: ViewApi;
    };
  }
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const status = byId('status');
const focusBar = byId('focus-bar');

let state = decodeState(location.search);
// Titles and dates of the documents whose commitments are on screen, fetched per graph load:
// the whole list (10,000 documents) is never loaded.
const documents = new Map<string, DocumentRef>();
let lensIds: Set<string> | null = null;
let pathIds: Set<string> | null = null;
const docRefs = () => documents;
const documentFilter = mountDocumentFilter((docs) => void update({ docs }));
// What the graph shows and leaves out, said above it (the first view is a part of the corpus).
const scopeNotice = el('p', {
  attrs: {
    id: 'scope-notice',
    role: 'note',
    style:
      'position:absolute;right:0.6rem;bottom:0.6rem;max-width:45%;margin:0;padding:0.3rem 0.5rem;font-size:0.75rem;background:rgb(255 255 255 / 90%);border-radius:6px;pointer-events:none',
  },
});
byId('graph-area').prepend(scopeNotice);

const nameOf = (id: string) =>
  view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, 'label') : id;
const view = new GraphView(byId('sigma-container'), {
  clickNode(key, attrs) {
    if (attrs.type !== 'Commitment') return void update({ selected: key, tab: 'entity' });
    void update({ tab: 'entity' });
    panels.showCommitments(attrs.name, localEvidence(view.data, [key], [], docRefs()));
  },
  clickEdge(_key, attrs, [source, target]) {
    if (!attrs.commitments?.length) return;
    void update({ tab: 'entity' });
    const names = [nameOf(source), nameOf(target)];
    panels.showCommitments(
      `${names[0]} → ${names[1]}`,
      localEvidence(view.data, attrs.commitments, names, docRefs()),
    );
  },
});
const tabs = mountTabs(byId('side-panel'), (tab) => void update({ tab }));
const panels = new SidePanels(tabs, {
  open: (id) => void update({ selected: id, tab: 'entity' }),
  lens: (id) => void update({ lens: id, tab: 'lens' }),
  focus: (id) => void update({ focus: { ...state.focus, [id]: state.focus[id] ?? DEFAULT_CAP } }),
  pathFrom: (id) =>
    void update({
      path: { from: id, to: state.path.to === id ? null : state.path.to },
      tab: 'path',
    }),
  toggleLensType: (t) =>
    void update(
      {
        lensTypes: state.lensTypes.includes(t)
          ? state.lensTypes.filter((x) => x !== t)
          : [...state.lensTypes, t],
      },
      'replace',
    ),
  pickPathEnd: (end, id) => void update({ path: { ...state.path, [end]: id }, tab: 'path' }),
});
mountSearch(byId('search-host'), {
  id: 'search-input',
  placeholder: 'Search entities (e.g. North Korea)…',
  onPick: (hit) => void update({ selected: hit.id, tab: 'entity' }),
});
renderExportMenu(
  byId('export-host'),
  makeExporters(view, docRefs),
  (m) => (status.textContent = m),
);
const viewApi: ViewApi = {
  showGraph: (graph, mode) => {
    void track(view.showGraph(graph, mode).then(() => afterGraphChange()));
  },
};
mountConsole(tabs.sections.cypher, viewApi);

function filterValues(): FilterValues {
  return {
    types: state.types,
    stances: state.stances,
    docs: state.docs,
    collapse: state.collapse,
    sizeBy: view.sizeBy,
  };
}

function drawFilters(): void {
  documentFilter.setSelected(state.docs);
  renderFilters(byId('filters-host'), filterValues(), documentFilter.element, (patch) => {
    if (patch.sizeBy) view.setSizeBy(patch.sizeBy);
    const { sizeBy: _sizeBy, ...rest } = patch;
    if (Object.keys(rest).length) void update(rest);
  });
}

/** Emphasis follows the open tab: the lens lights its list, the path tab its path. */
function syncEmphasis(): void {
  view.setEmphasis({
    selected: state.selected,
    lens: state.tab === 'lens' ? lensIds : null,
    path: state.tab === 'path' ? pathIds : null,
  });
}

function drawFocusBar(): void {
  const ex = expansion(view.graph, state.focus);
  view.setEmphasis({ visible: ex?.visible ?? null });
  focusBar.hidden = !ex;
  if (!ex) {
    focusBar.replaceChildren();
    return;
  }
  const chips = Object.entries(state.focus).map(([id, cap]) => {
    const name = view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, 'label') : id;
    const more = ex.hidden.get(id) ?? 0;
    const { [id]: _dropped, ...rest } = state.focus;
    return el('span', { className: 'focus-chip', attrs: { 'data-id': id } }, [
      `${name} · ${ex.shown.get(id) ?? 0} neighbours shown`,
      more > 0
        ? el('button', {
            text: `show ${Math.min(20, more)} more`,
            attrs: { type: 'button', class: 'show-more' },
            onClick: () => void update({ focus: { ...state.focus, [id]: cap + 20 } }),
          })
        : '',
      el('button', {
        text: '×',
        title: 'collapse this expansion',
        attrs: { type: 'button' },
        onClick: () => void update({ focus: rest }),
      }),
    ]);
  });
  focusBar.replaceChildren(
    el('strong', { text: 'Focus' }),
    ...chips,
    el('button', {
      text: 'show everything',
      attrs: { type: 'button', id: 'focus-clear' },
      onClick: () => void update({ focus: {} }),
    }),
  );
}

function afterGraphChange(): void {
  renderLegend(byId('legend'), view.graph);
  drawFocusBar();
  syncEmphasis();
  status.textContent = `${view.graph.order} nodes, ${view.graph.size} edges`;
}

/** Fetches the titles of documents the graph's commitments cite that are not known yet. */
async function loadDocumentRefs(docIds: string[]): Promise<void> {
  const missing = [...new Set(docIds)].filter((id) => id && !documents.has(id));
  for (let i = 0; i < missing.length; i += 500) {
    const ids = missing.slice(i, i + 500);
    const page = await fetchDocuments({ ids, limit: 500 });
    for (const d of page.items) documents.set(d.document.id, d.document);
  }
}

function showScope(scope: GraphScope | undefined): void {
  scopeNotice.textContent = scope?.notice ?? '';
  scopeNotice.hidden = !scope;
}

async function reloadGraph(): Promise<void> {
  status.textContent = 'loading the graph…';
  const data = await fetchGraph({ types: state.types, stances: state.stances, docs: state.docs });
  status.textContent = `${data.nodes.length} nodes — laying out…`;
  showScope(data.attributes?.scope);
  const refs = loadDocumentRefs(data.nodes.map((n) => n.attributes.docId ?? ''));
  await view.load(data, state.collapse);
  await refs.catch(report);
  afterGraphChange();
}

async function applySelected(): Promise<void> {
  syncEmphasis();
  if (!state.selected) return;
  if (view.graph.hasNode(state.selected)) view.focusCamera(state.selected);
  await panels.showEntity(state.selected);
}

async function applyLens(): Promise<void> {
  const data = await panels.showLens(state.lens, state.lensTypes);
  if (!data) return;
  lensIds = new Set([
    data.entity.id,
    ...data.connections.flatMap((c) => [
      c.entity.id,
      ...c.evidence.flatMap((e) => (e.commitmentId ? [e.commitmentId] : [])),
    ]),
  ]);
  syncEmphasis();
}

async function applyPath(): Promise<void> {
  const data = await panels.showPath(state.path.from, state.path.to);
  pathIds = data
    ? new Set(
        data.paths.flatMap((p) =>
          p.hops.flatMap((h) => [
            h.from.id,
            h.to.id,
            ...(h.via.kind === 'commitment' ? [h.via.id] : []),
          ]),
        ),
      )
    : null;
  syncEmphasis();
}

async function apply(before: ViewState | null, now: ViewState): Promise<void> {
  const changed = (...keys: (keyof ViewState)[]) =>
    !before || keys.some((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]));
  tabs.show(now.tab);
  const jobs: Promise<void>[] = [];
  if (changed('types', 'stances', 'docs', 'collapse')) {
    drawFilters();
    jobs.push(
      reloadGraph().then(() => (state.selected ? view.focusCamera(state.selected) : undefined)),
    );
  } else if (changed('focus')) drawFocusBar();
  if (changed('selected')) jobs.push(applySelected());
  if (changed('lens', 'lensTypes')) jobs.push(applyLens());
  if (changed('path')) jobs.push(applyPath());
  if (changed('tab')) syncEmphasis();
  await Promise.all(jobs);
}

let inflight: Promise<unknown>[] = [];

/** Applies a view change and remembers it until done, for `settled()`. */
function track(job: Promise<void>): Promise<void> {
  const guarded = job.catch(report);
  inflight.push(guarded);
  void guarded.then(() => {
    inflight = inflight.filter((p) => p !== guarded);
  });
  return guarded;
}

async function settled(): Promise<void> {
  while (inflight.length) await Promise.all(inflight);
}

function update(patch: Partial<ViewState>, how: 'push' | 'replace' = 'push'): Promise<void> {
  const before = state;
  state = { ...state, ...patch };
  const query = encodeState(state);
  const url = query ? `?${query}` : location.pathname;
  if (query !== location.search.replace(/^\?/, ''))
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  return track(apply(before, state));
}

function report(error: unknown): void {
  status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`;
}

window.addEventListener('popstate', () => {
  const before = state;
  state = decodeState(location.search);
  void track(apply(before, state));
});

async function start(): Promise<void> {
  window.communique = {
    graph: view.graph,
    renderer: view.renderer,
    ready: false,
    state: () => state,
    view,
    settled,
    viewApi,
  };
  await track(apply(null, state));
  window.communique.ready = true;
}

start().catch((error: unknown) => {
  status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
});
