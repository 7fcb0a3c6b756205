/** Empties a database and re-applies the schema: for tests and benchmarks, never the API. */
import type { Database } from './connect';
import { cypherStatements } from './cypherFiles';
import { applySchema } from './schema';

export async function clearDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS only runs in an implicit (auto-commit) transaction.
    for (const statement of cypherStatements('admin/clearDatabase')) await session.run(statement);
  } finally {
    await session.close();
  }
  await applySchema(db);
}
