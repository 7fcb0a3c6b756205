/** Empties a database and re-applies the schema: for tests and benchmarks, never the API. */
import type { Database } from './connect';
import { cypher } from './cypherFiles';
import { applySchema } from './schema';

export async function clearDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS only runs in an implicit (auto-commit) transaction.
    await session.run(cypher('admin/clearDatabase'));
  } finally {
    await session.close();
  }
  await applySchema(db);
}
