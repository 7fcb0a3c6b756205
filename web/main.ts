/**
 * The explorer's entry point: reads the view from the URL, draws the graph, and keeps panels,
 * graph emphasis and the URL in step as the user searches, filters, selects and explores.
 */

import { messageOf } from '../contract/errors';
import { fetchDocuments, fetchGraph } from './api';
import { documentRefs } from './app/documentRefs';
import { earlyRequest } from './app/earlyRequest';
import { makeExporters } from './app/exports';
import { exportTitle } from './app/exportTitle';
import { drawFilters } from './app/filterBar';
import { mountGraphControls } from './app/graphControls';
import { GraphView } from './app/graphView';
import { localEvidence } from './app/localEvidence';
import { mountScopeNotice } from './app/scopeNotice';
import { mountSheetToggle } from './app/sheet';
import { jobTracker } from './app/tracker';
import type { ViewApi } from './console';
import type { CurationHooks } from './curation/actions';
import { el } from './dom';
import { expansion } from './graph/expand';
import { keepTypes } from './graph/typeFilter';
import { placeCommunityNote } from './panels/communityNote';
import { mountDocumentFilter } from './panels/documentFilter';
import { entityTab } from './panels/entityTab';
import { renderExportMenu } from './panels/exportMenu';
import { renderFocusBar } from './panels/focusBar';
import { renderLegend } from './panels/legend';
import type { Explorer, MountedPanel, Panel, PanelContext } from './panels/panel';
import { ALL_PANELS } from './panels/registry';
import { mountSearch } from './panels/search';
import { mountTabs } from './panels/tabs';
import {
  DEFAULT_CAP,
  DEFAULT_LENS,
  decodeState,
  encodeState,
  type Tab,
  type ViewState,
} from './state/urlState';
import { compareButton } from './time/compareView';

import './app/handle';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const status = byId('status');
const focusBar = byId('focus-bar');

let state = decodeState(location.search);
const graphQuery = () => ({ types: state.types, stances: state.stances, docs: state.docs });
// Sent before the renderer's start-up below, which it overlaps; reloadGraph takes it.
const graphRequest = earlyRequest(graphQuery(), fetchGraph);
const documents = documentRefs();
/** What each panel lights in the graph while its tab is open (the lens its list, the path its hops). */
const lit = new Map<string, Set<string> | null>();
const docRefs = () => documents.known;
const documentFilter = mountDocumentFilter((docs) => void update({ docs }));
const showScope = mountScopeNotice(byId('graph-area'));
const { track, settled } = jobTracker(report);

const nameOf = (id: string) =>
  view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, 'label') : id;
const view = new GraphView(byId('sigma-container'), {
  clickNode(key, attrs) {
    if (attrs.type !== 'Commitment') return void update({ selected: key, tab: 'entity' });
    void update({ tab: 'entity' });
    entity.showCommitments(attrs.name, localEvidence(view.data, [key], [], docRefs()));
  },
  clickEdge(_key, attrs, [source, target]) {
    if (!attrs.commitments?.length) return;
    void update({ tab: 'entity' });
    const names = [nameOf(source), nameOf(target)];
    entity.showCommitments(
      `${names[0]} → ${names[1]}`,
      localEvidence(view.data, attrs.commitments, names, docRefs()),
    );
  },
});
const tabs = mountTabs(byId('side-panel'), ALL_PANELS, (tab) => void update({ tab }));
// Curation: after a correction or its undo every view is fetched again (the server's answers
// changed) and the review panel lists it.
const curation: CurationHooks = {
  changed(message: string, moved?: { from: string; to: string | null }) {
    status.textContent = message;
    // A hidden entity is no longer there to show; a merged one lives on in the other entity.
    if (moved && state.selected === moved.from) {
      state = { ...state, selected: moved.to };
      if (!moved.to)
        tabs.sections.entity.replaceChildren(el('p', { className: 'muted', text: message }));
    }
    if (moved && state.lens === moved.from) state = { ...state, lens: moved.to ?? DEFAULT_LENS };
    const query = encodeState(state);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void track(apply(null, state));
    void mounted.get('review')?.apply();
  },
};
mountSearch(byId('search-host'), {
  id: 'search-input',
  placeholder: 'Search entities (e.g. North Korea)…',
  onPick: (hit) => void update({ selected: hit.id, tab: 'entity' }),
});
renderExportMenu(
  byId('export-host'),
  makeExporters(view, docRefs, () => exportTitle(state, nameOf)),
  (m) => (status.textContent = m),
);
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
const explorer: Explorer = {
  ...viewApi,
  open: (id) => void update({ selected: id, tab: 'entity' }),
  lens: (id) => void update({ lens: id, tab: 'lens' }),
  focus: (id) => void update({ focus: { ...state.focus, [id]: state.focus[id] ?? DEFAULT_CAP } }),
  pathFrom: (id) =>
    void update({
      path: { from: id, to: state.path.to === id ? null : state.path.to },
      tab: 'path',
    }),
  curation,
};

/**
 * Mounts one panel in its tab's section. The registry's panels each see their own slice of the
 * view state; the whole state carries every slice, which TypeScript cannot see through a list
 * of differently typed panels, hence the one widening here.
 */
function mountPanel<S extends object, M extends MountedPanel>(panel: Panel<Tab, S, M>): M {
  const context: PanelContext<S> = {
    section: tabs.sections[panel.id],
    view,
    explorer,
    state: () => state as ViewState & S,
    update: (patch, how) => void update(patch as Partial<ViewState>, how),
  };
  return panel.mount(context);
}
// The entity panel is kept by name: graph clicks show commitments in it directly.
const entity = mountPanel(entityTab);
const mounted = new Map<string, MountedPanel>(
  ALL_PANELS.map((p) => [p.id, p === entityTab ? entity : mountPanel(p)]),
);
byId('toolbar').insertBefore(
  // The newest documents, one bounded page: the compare view chooses among them.
  compareButton(async () => (await fetchDocuments({ limit: 500 })).items),
  status,
);

/** What the camera should frame now: the path on the path tab, the lens on its tab, or all. */
function framed(): Set<string> | undefined {
  const ids = lit.get(state.tab);
  return ids?.size ? ids : undefined;
}

mountSheetToggle(byId('sheet-toggle') as HTMLButtonElement);
mountGraphControls(byId('graph-area'), byId('sigma-container'), view, {
  fit: () => view.fit(framed()),
  reset: () => view.resetCamera(),
  open: (id) => void update({ selected: id, tab: 'entity' }),
});

/** Emphasis follows the open tab: the lens lights its list, the path tab its path. */
function syncEmphasis(): void {
  const how = ALL_PANELS.find((p) => p.id === state.tab)?.emphasis;
  const ids = lit.get(state.tab) ?? null;
  view.setEmphasis({
    selected: state.selected,
    lens: how === 'lens' ? ids : null,
    path: how === 'path' ? ids : null,
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
  renderLegend(byId('legend'), view.graph, view.colourBy);
  showCommunityNote();
  drawFocusBar();
  syncEmphasis();
  status.textContent = `${view.graph.order} nodes, ${view.graph.size} edges`;
}

async function reloadGraph(): Promise<void> {
  status.textContent = 'loading the graph…';
  const data = keepTypes(await graphRequest.take(graphQuery()), state.types);
  status.textContent = `${data.nodes.length} nodes — laying out…`;
  showScope(data.attributes?.scope);
  const refs = documents.load(data.nodes.map((n) => n.attributes.docId ?? ''));
  await view.load(data, state.collapse);
  // Emphasis, legend and focus bar set before the view's next frame: drawn in the same render.
  afterGraphChange();
  await refs.catch(report);
  await view.idle();
  if (window.communique) window.communique.graphDrawn = true;
}

/** Each panel's newest apply: an older one that ends later must not light its stale ids. */
const applying = new Map<string, Promise<unknown>>();

function showCommunityNote(): void {
  placeCommunityNote(tabs.sections.entity, view.graph, state.selected);
}

function applyPanel(id: string, panel: MountedPanel): Promise<void> {
  const job = panel.apply();
  applying.set(id, job);
  return job.then((ids) => {
    if (applying.get(id) === job) lit.set(id, ids);
    syncEmphasis();
  });
}

async function apply(before: ViewState | null, now: ViewState): Promise<void> {
  const changed = (...keys: (keyof ViewState)[]) =>
    !before || keys.some((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]));
  tabs.show(now.tab);
  const jobs: Promise<void>[] = [];
  if (changed('types', 'stances', 'docs', 'collapse')) {
    drawFilters(
      byId('filters-host'),
      () => byId('legend'),
      state,
      view,
      documentFilter,
      (rest) => {
        void update(rest);
      },
    );
    jobs.push(
      reloadGraph().then(() => (state.selected ? view.focusCamera(state.selected) : undefined)),
    );
  } else if (changed('focus')) drawFocusBar();
  for (const panel of ALL_PANELS) {
    const own = mounted.get(panel.id);
    const opened = panel.reloadOnOpen && changed('tab') && now.tab === panel.id;
    if (own && (opened || changed(...(Object.keys(panel.state) as (keyof ViewState)[]))))
      jobs.push(applyPanel(panel.id, own));
  }
  syncEmphasis();
  await Promise.all(jobs);
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
  status.textContent = `Error: ${messageOf(error)}`;
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
    graphDrawn: false,
    ready: false,
    state: () => state,
    view,
    // Applied and drawn: a test reading what sigma displays sees the last change's render.
    settled: async () => {
      await settled();
      await view.idle();
    },
    viewApi,
  };
  await track(apply(null, state));
  window.communique.ready = true;
}

start().catch((error: unknown) => {
  status.textContent = `Could not load the graph: ${messageOf(error)}`;
});
