/** The side panel's tabs: one section shown at a time, the choice kept in the view state. */
import { el } from '../dom';
import type { Tab } from '../state/urlState';

const LABELS: Record<Tab, string> = {
  entity: 'Entity',
  lens: 'Connections',
  path: 'Path',
  cypher: 'Cypher',
  review: 'Review',
};

export interface Tabs {
  sections: Record<Tab, HTMLElement>;
  show(tab: Tab): void;
}

export function mountTabs(host: HTMLElement, onSelect: (tab: Tab) => void): Tabs {
  const tabs = Object.keys(LABELS) as Tab[];
  const buttons = new Map<Tab, HTMLButtonElement>();
  const nav = el('div', {
    className: 'tabs',
    attrs: { role: 'tablist', 'aria-label': 'side panel' },
  });
  const sections = {} as Record<Tab, HTMLElement>;
  for (const tab of tabs) {
    const button = el('button', {
      text: LABELS[tab],
      attrs: { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}` },
      onClick: () => onSelect(tab),
    });
    // Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern, automatic activation).
    button.addEventListener('keydown', (event) => {
      const at = tabs.indexOf(tab);
      const next =
        event.key === 'ArrowRight'
          ? tabs[(at + 1) % tabs.length]
          : event.key === 'ArrowLeft'
            ? tabs[(at + tabs.length - 1) % tabs.length]
            : event.key === 'Home'
              ? tabs[0]
              : event.key === 'End'
                ? tabs[tabs.length - 1]
                : undefined;
      if (!next) return;
      event.preventDefault();
      buttons.get(next)?.focus();
      onSelect(next);
    });
    buttons.set(tab, button);
    nav.append(button);
    sections[tab] = el('section', {
      className: 'tab-panel',
      attrs: {
        id: `panel-${tab}`,
        role: 'tabpanel',
        'aria-labelledby': `tab-${tab}`,
        tabindex: '0',
      },
    });
  }
  host.replaceChildren(nav, ...tabs.map((t) => sections[t]));
  return {
    sections,
    show(tab) {
      host.dataset.tab = tab;
      for (const t of tabs) {
        sections[t].hidden = t !== tab;
        buttons.get(t)?.setAttribute('aria-selected', String(t === tab));
        // Roving tabindex: Tab reaches the selected tab only; arrows reach the others.
        buttons.get(t)?.setAttribute('tabindex', t === tab ? '0' : '-1');
      }
    },
  };
}
