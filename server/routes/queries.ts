/** GET /api/queries: the saved queries of cypher/queries/, for the console's picker. */
import type { SavedQuery } from '../../contract/console';
import { loadSavedQueries } from '../cypher/savedQueries';
import { NoInput } from '../http/input';
import { defineRoute } from '../http/route';

export const queriesRoute = defineRoute({
  method: 'GET',
  url: '/queries',
  name: 'queries',
  query: NoInput,
  handler: async (): Promise<{ queries: SavedQuery[] }> => ({ queries: loadSavedQueries() }),
});
