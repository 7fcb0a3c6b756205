/**
 * The explorer's entry point: reads the view from the URL, draws the graph, and keeps panels,
 * graph emphasis and the URL in step as the user searches, filters, selects and explores.
 */
import type Sigma from 'sigma';
import type { DocumentRef, GraphScope } from '../contract/api';
import { fetchDocuments, fetchGraph } from './api';
import { makeExporters } from './app/exports';
import { mountGraphControls } from './app/graphControls';
import { GraphView } from './app/graphView';
import { localEvidence } from './app/localEvidence';
import { mountSheetToggle } from './app/sheet';
import { SidePanels } from './app/sidePanels';
import { mountConsole, type ViewApi } from './console';
import { el, keepFocus } from './dom';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './graph/buildGraph';
import { expansion } from './graph/expand';
import { keepTypes } from './graph/typeFilter';
import { mountDocumentFilter } from './panels/documentFilter';
import { renderExportMenu } from './panels/exportMenu';
import { type FilterValues, renderFilters } from './panels/filters';
import { renderFocusBar } from './panels/focusBar';
import { renderLegend } from './panels/legend';
import { mountSearch } from './panels/search';
import { mountTabs } from './panels/tabs';
import { DEFAULT_CAP, decodeState, encodeState, type ViewState } from './state/urlState';
import { compareButton } from './time/compareView';

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
  toggleLensStated: () => void update({ statedOnly: !state.statedOnly }, 'replace'),
  setLensRange: (lensRange) => void update({ lensRange }, 'replace'),
  pickPathEnd: (end, id) => void update({ path: { ...state.path, [end]: id }, tab: 'path' }),
});
mountSearch(byId('search-host'), {
  id: 'search-input',
  placeholder: 'Search entities (e.g. North Korea)…',
  onPick: (hit) => void update({ selected: hit.id, tab: 'entity' }),
});
renderExportMenu(
  byId('export-host'),
  makeExporters(view, docRefs, exportTitle),
  (m) => (status.textContent = m),
);
/** The PNG's title: what the view shows (the selection, the lens, or the whole graph). */
function exportTitle(): string {
  const parts = ['communique-graph'];
  if (state.tab === 'lens') parts.push(`what connects to ${nameOf(state.lens)}`);
  else if (state.selected) parts.push(nameOf(state.selected));
  if (state.stances.length) parts.push(`stances: ${state.stances.join(', ')}`);
  return parts.join(' — ');
}

const viewApi: ViewApi = {
  showGraph: (graph, mode) => {
    void track(view.showGraph(graph, mode).then(() => afterGraphChange()));
  },
  restore: () => {
    const tab = state.tab === 'cypher' ? (state.selected ? 'entity' : 'lens') : state.tab;
    // Everything the URL describes is applied afresh: the graph reloaded, panels redrawn.
    void track(apply(null, { ...state, tab })).then(() => update({ tab }, 'replace'));
  },
};
mountConsole(tabs.sections.cypher, viewApi);
byId('toolbar').insertBefore(
  // The newest documents, one bounded page: the compare view chooses among them.
  compareButton(async () => (await fetchDocuments({ limit: 500 })).items),
  status,
);

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
  const host = byId('filters-host');
  documentFilter.setSelected(state.docs);
  keepFocus(host, () =>
    renderFilters(host, filterValues(), documentFilter.element, (patch) => {
      if (patch.sizeBy) view.setSizeBy(patch.sizeBy);
      const { sizeBy: _sizeBy, ...rest } = patch;
      if (Object.keys(rest).length) void update(rest);
    }),
  );
}

/** What the camera should frame now: the path on the path tab, the lens on its tab, or all. */
function framed(): Set<string> | undefined {
  if (state.tab === 'path' && pathIds?.size) return pathIds;
  if (state.tab === 'lens' && lensIds?.size) return lensIds;
  return undefined;
}

mountSheetToggle(byId('sheet-toggle') as HTMLButtonElement);
mountGraphControls(byId('graph-area'), byId('sigma-container'), view, {
  fit: () => view.fit(framed()),
  reset: () => view.resetCamera(),
  open: (id) => void update({ selected: id, tab: 'entity' }),
});

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
  renderFocusBar(focusBar, view.graph, state.focus, ex, (focus) => void update({ focus }));
  // Frame the expansion: a focus is read up close, not as a speck in the whole graph's frame.
  if (ex) void view.idle().then(() => view.fit(ex.visible));
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
  const data = keepTypes(
    await fetchGraph({ types: state.types, stances: state.stances, docs: state.docs }),
    state.types,
  );
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
  const data = await panels.showLens(
    state.lens,
    state.lensTypes,
    state.statedOnly,
    state.lensRange,
  );
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
  // The path is framed on screen, so its hops can be read in the graph too.
  if (pathIds?.size && state.tab === 'path') {
    await view.idle();
    view.fit(pathIds);
  }
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
  if (changed('lens', 'lensTypes', 'statedOnly', 'lensRange')) jobs.push(applyLens());
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
