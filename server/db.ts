/** Read helpers over the driver: every API query is a `cypher/` file run in a read transaction. */
import type { Database } from '../db/connect';
import { cypher } from '../db/cypherFiles';

export type Row = Record<string, unknown>;

/** Runs `cypher/<name>.cypher` with parameters in a read transaction; plain-object rows. */
export async function readQuery(
  db: Database,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher(name), params));
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
