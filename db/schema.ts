/** Applies `cypher/schema.cypher`; safe to run at every start (every statement is IF NOT EXISTS). */
import type { Database } from './connect';
import { cypherStatements } from './cypherFiles';

export async function applySchema(db: Database): Promise<number> {
  const statements = cypherStatements('schema');
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements) {
      // Schema commands cannot share a transaction with each other's index population.
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  return statements.length;
}
