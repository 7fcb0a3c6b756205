/**
 * The Cypher tab: the read-only query console. It owns no URL state beyond its tab (`tab=cypher`):
 * a query is not part of a shared view. The console (its code, saved queries and schema) is
 * loaded the first time the tab is open, not at start-up: the first view does not need it, and
 * on a just-started server its requests ended after the graph was drawn and held back `ready`.
 * Loading it on its own also keeps the panel list importable where no WebGL exists.
 */
import { definePanel } from './panel';

export const cypherTab = definePanel({
  id: 'cypher',
  label: 'Cypher',
  state: {},
  reloadOnOpen: true,
  mount({ section, explorer, state }) {
    let mounted: Promise<void> | null = null;
    return {
      async apply() {
        if (state().tab !== 'cypher') return null;
        mounted ??= import('../console').then(({ mountConsole }) =>
          mountConsole(section, explorer),
        );
        await mounted;
        return null;
      },
    };
  },
});
