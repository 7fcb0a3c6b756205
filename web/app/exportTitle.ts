/** The PNG's title: what the view shows (the selection, the lens, or the whole graph). */
import type { ViewState } from '../state/urlState';

export function exportTitle(state: ViewState, nameOf: (id: string) => string): string {
  const parts = ['communique-graph'];
  if (state.tab === 'lens') parts.push(`what connects to ${nameOf(state.lens)}`);
  else if (state.selected) parts.push(nameOf(state.selected));
  if (state.stances.length) parts.push(`stances: ${state.stances.join(', ')}`);
  return parts.join(' — ');
}
