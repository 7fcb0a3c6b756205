/**
 * Applies `cypher/schema.cypher`; safe to run at every start (every statement is IF NOT EXISTS).
 * A store loaded before document support became links (`docs` lists on entities and relations)
 * is migrated once, here, so old stores keep deleting and replacing documents correctly.
 */
import type { Database } from './connect';
import { cypher, cypherStatements } from './cypherFiles';

export async function applySchema(db: Database): Promise<number> {
  const statements = cypherStatements('schema');
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements) {
      // Schema commands cannot share a transaction with each other's index population.
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.run('CALL db.awaitIndexes(60)');
    const legacy = await session.run(cypher('admin/legacySupportLists'));
    if (legacy.records[0]?.get('legacy') === true) {
      // CALL … IN TRANSACTIONS only runs in an implicit (auto-commit) transaction.
      for (const step of cypherStatements('admin/migrateSupportLists')) await session.run(step);
    }
  } finally {
    await session.close();
  }
  return statements.length;
}
