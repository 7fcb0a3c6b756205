/**
 * The Cypher tab: the read-only query console. It owns no URL state beyond its tab (`tab=cypher`):
 * a query is not part of a shared view. The console is loaded on its own (it is not needed to
 * draw the first view), which also keeps the panel list importable where no WebGL exists.
 */
import { definePanel } from './panel';

export const cypherTab = definePanel({
  id: 'cypher',
  label: 'Cypher',
  state: {},
  mount({ section, explorer }) {
    const mounted = import('../console').then(({ mountConsole }) =>
      mountConsole(section, explorer),
    );
    return {
      async apply() {
        await mounted;
        return null;
      },
    };
  },
});
