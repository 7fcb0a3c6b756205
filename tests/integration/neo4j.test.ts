/** The database under test is a real Neo4j 5 Community, and the schema is idempotent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { applySchema } from '../../db/schema';
import { testDatabase } from '../support/database';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

describe('Neo4j', () => {
  it('is a real Neo4j 5.x community server', async () => {
    const { records } = await db.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN *',
      {},
      { database: db.database },
    );
    const kernel = records.map((r) => r.toObject()).find((r) => r.name === 'Neo4j Kernel');
    expect(kernel?.versions[0]).toMatch(/^5\.\d+/);
    expect(kernel?.edition).toBe('community');
  });

  it('applies the schema twice without error, and it is there', async () => {
    const first = await applySchema(db);
    const second = await applySchema(db);
    expect(second).toBe(first);
    const { records } = await db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      { database: db.database },
    );
    expect(records[0]?.get('names')).toEqual(
      expect.arrayContaining(['document_id', 'entity_id', 'sentence_id', 'commitment_id']),
    );
    const indexes = await db.driver.executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state',
      {},
      { database: db.database },
    );
    expect(indexes.records.map((r) => r.toObject())).toContainEqual({
      name: 'entity_names',
      state: 'ONLINE',
    });
  });
});
