/** The side panel's tabs: one section shown at a time, the choice kept in the view state. */
import { el } from '../dom';
import type { Tab } from '../state/urlState';

const LABELS: Record<Tab, string> = {
  entity: 'Entity',
  lens: 'Connections',
  path: 'Path',
  cypher: 'Cypher',
};

export interface Tabs {
  sections: Record<Tab, HTMLElement>;
  show(tab: Tab): void;
}

export function mountTabs(host: HTMLElement, onSelect: (tab: Tab) => void): Tabs {
  const tabs = Object.keys(LABELS) as Tab[];
  const buttons = new Map<Tab, HTMLButtonElement>();
  const nav = el('nav', { className: 'tabs', attrs: { role: 'tablist' } });
  const sections = {} as Record<Tab, HTMLElement>;
  for (const tab of tabs) {
    const button = el('button', {
      text: LABELS[tab],
      attrs: { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}` },
      onClick: () => onSelect(tab),
    });
    buttons.set(tab, button);
    nav.append(button);
    sections[tab] = el('section', {
      className: 'tab-panel',
      attrs: { id: `panel-${tab}`, role: 'tabpanel', 'aria-labelledby': `tab-${tab}` },
    });
  }
  host.replaceChildren(nav, ...tabs.map((t) => sections[t]));
  return {
    sections,
    show(tab) {
      for (const t of tabs) {
        sections[t].hidden = t !== tab;
        buttons.get(t)?.setAttribute('aria-selected', String(t === tab));
      }
    },
  };
}
