/**
 * Loads and renders the side panel's tabs: entity detail, lens, path, and a commitment card
 * for clicked commitment nodes. Each load drops its answer if a newer one was asked meanwhile.
 */

import type { ConnectionsResponse, Evidence, PathsResponse } from '../../contract/api';
import type { EntityType } from '../../contract/vocabulary';
import { ApiError, fetchConnections, fetchEntity, fetchPaths } from '../api';
import { el } from '../dom';
import { type EntityActions, renderEntity } from '../panels/entityPanel';
import { evidenceItem } from '../panels/evidence';
import { lensConnections, renderLens } from '../panels/lensPanel';
import { lensRangeControl } from '../panels/lensRange';
import { mountPathPanel, type PathPanel, renderPaths } from '../panels/pathPanel';
import type { Tabs } from '../panels/tabs';
import { type LensRangeState, NO_RANGE } from '../state/urlState';

export interface PanelActions extends EntityActions {
  toggleLensType(type: EntityType): void;
  toggleLensStated(): void;
  setLensRange(range: LensRangeState): void;
  pickPathEnd(end: 'from' | 'to', id: string): void;
}

function message(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'Not in the graph (any more).';
  return `Could not load: ${error instanceof Error ? error.message : String(error)}`;
}

export class SidePanels {
  private readonly path: PathPanel;
  private tokens = { entity: 0, lens: 0, path: 0 };

  constructor(
    private readonly tabs: Tabs,
    private readonly actions: PanelActions,
  ) {
    this.path = mountPathPanel(tabs.sections.path, actions.pickPathEnd);
    tabs.sections.entity.append(
      el('p', { className: 'muted', text: 'Click a node or search for an entity.' }),
    );
  }

  async showEntity(id: string): Promise<void> {
    const token = ++this.tokens.entity;
    const host = this.tabs.sections.entity;
    host.setAttribute('aria-busy', 'true');
    try {
      const detail = await fetchEntity(id);
      if (token === this.tokens.entity) renderEntity(host, detail, this.actions);
    } catch (error) {
      if (token === this.tokens.entity)
        host.replaceChildren(el('p', { className: 'error', text: message(error) }));
    } finally {
      if (token === this.tokens.entity) host.removeAttribute('aria-busy');
    }
  }

  /** Commitments without a server round trip: a clicked commitment node or stance edge. */
  showCommitments(title: string, items: Evidence[]): void {
    this.tokens.entity++;
    this.tabs.sections.entity.replaceChildren(
      el('h2', { text: title, attrs: { id: 'commitments-title' } }),
      el('p', {
        className: 'muted',
        text: `${items.length} commitment${items.length === 1 ? '' : 's'}`,
      }),
      ...items.map((e) => evidenceItem(e)),
    );
  }

  /** Renders the lens; resolves to the ids it lists (empty when it failed or was superseded). */
  async showLens(
    id: string,
    types: EntityType[],
    statedOnly: boolean,
    range: LensRangeState = NO_RANGE,
  ): Promise<ConnectionsResponse | null> {
    const token = ++this.tokens.lens;
    const host = this.tabs.sections.lens;
    host.setAttribute('aria-busy', 'true');
    try {
      const data = await fetchConnections(id, types, 2, range);
      if (token !== this.tokens.lens) return null;
      renderLens(
        host,
        data,
        types,
        statedOnly,
        {
          open: this.actions.open,
          toggleType: this.actions.toggleLensType,
          toggleStated: this.actions.toggleLensStated,
          setRange: this.actions.setLensRange,
        },
        range,
      );
      return { ...data, connections: lensConnections(data, statedOnly) };
    } catch (error) {
      if (token === this.tokens.lens)
        // The date controls stay, so a range that found nothing (a preset with no statement)
        // can be changed right there.
        host.replaceChildren(
          el('p', { className: 'error', text: message(error) }),
          lensRangeControl(range, null, [], this.actions.setLensRange),
        );
      return null;
    } finally {
      if (token === this.tokens.lens) host.removeAttribute('aria-busy');
    }
  }

  async showPath(from: string | null, to: string | null): Promise<PathsResponse | null> {
    const token = ++this.tokens.path;
    if (!from || !to) {
      this.path.results.replaceChildren(
        el('p', {
          className: 'muted',
          text: from ? 'Now pick where to go.' : 'Pick two entities.',
        }),
      );
      return null;
    }
    try {
      const data = await fetchPaths(from, to);
      if (token !== this.tokens.path) return null;
      renderPaths(this.path, data, this.actions.open);
      return data;
    } catch (error) {
      if (token === this.tokens.path)
        this.path.results.replaceChildren(el('p', { className: 'error', text: message(error) }));
      return null;
    }
  }

  setPathInput(end: 'from' | 'to', name: string): void {
    this.path[end].setValue(name);
  }
}
