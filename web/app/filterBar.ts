/**
 * The toolbar's filters drawn from the view state: a size or colour choice changes the view at
 * once, every other choice goes back as a patch of the state (moved out of main.ts as it was).
 */
import { keepFocus } from '../dom';
import type { DocumentFilter } from '../panels/documentFilter';
import { type FilterValues, renderFilters } from '../panels/filters';
import { renderLegend } from '../panels/legend';
import type { ViewState } from '../state/urlState';
import type { GraphView } from './graphView';

function filterValues(state: ViewState, view: GraphView): FilterValues {
  return {
    types: state.types,
    stances: state.stances,
    docs: state.docs,
    collapse: state.collapse,
    sizeBy: view.sizeBy,
    colourBy: view.colourBy,
  };
}

export function drawFilters(
  host: HTMLElement,
  legend: () => HTMLElement,
  state: ViewState,
  view: GraphView,
  documentFilter: DocumentFilter,
  update: (patch: Partial<ViewState>) => void,
): void {
  documentFilter.setSelected(state.docs);
  keepFocus(host, () =>
    renderFilters(host, filterValues(state, view), documentFilter.element, (patch) => {
      if (patch.sizeBy) view.setSizeBy(patch.sizeBy);
      if (patch.colourBy) {
        view.setColourBy(patch.colourBy);
        renderLegend(legend(), view.graph, view.colourBy);
      }
      const { sizeBy: _sizeBy, colourBy: _colourBy, ...rest } = patch;
      if (Object.keys(rest).length) update(rest);
    }),
  );
}
