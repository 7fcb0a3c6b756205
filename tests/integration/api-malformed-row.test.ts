/**
 * The typed query boundary against a real Neo4j: a row that does not fit its query's schema
 * (here a node the loader would never write) is a 500 `malformed_row`, with one log line naming
 * the query file and the field, and none of the row's values (they may be document text).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { buildApp } from '../../server/app';
import { MalformedRowError, queryRows } from '../../server/db';
import { EntityRefRow, SearchHitRow } from '../../server/rows';
import { resetDatabase, testConfig, testDatabase } from '../support/database';

const SECRET_NAME = 'Confidential sentence that must never reach a log';
const lines: string[] = [];
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await db.driver.executeQuery(
    `CREATE (:Entity {id: 'test:bad-type', name: $name, type: 'Spaceship'}),
            (:Entity {id: 'test:good', name: 'Good', type: 'Country'})`,
    { name: SECRET_NAME },
    { database: db.database },
  );
  app = await buildApp({
    db,
    config: testConfig({ LOG_LEVEL: 'error' }),
    logStream: { write: (line) => void lines.push(line) },
  });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('a malformed row from the database', () => {
  it('is a typed 500 with one clear log line naming the query file and the field', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: '/api/entities/test%3Abad-type' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: 'malformed_row', message: expect.stringMatching(/server log/) },
    });
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].msg).toContain('cypher/api/entity.cypher');
    expect(errors[0]).toMatchObject({ query: 'api/entity', field: 'entity.type', row: 0 });
    expect(lines.join('\n')).not.toContain(SECRET_NAME);
    expect(res.body).not.toContain(SECRET_NAME);
  });

  it('leaves well-formed rows alone: the same query answers for a valid entity', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/entities/test%3Agood' });
    expect(res.statusCode).toBe(200);
  });

  it('throws MalformedRowError from the helper when a schema does not fit a real query', async () => {
    // entityRefs returns {id, name, type}: no aliases, no score, so a search hit does not fit.
    const error = await queryRows(db, 'api/entityRefs', SearchHitRow, { ids: ['test:good'] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MalformedRowError);
    expect((error as MalformedRowError).name).toBe('MalformedRowError');
    expect((error as MalformedRowError).field).toBe('aliases');
    const rows = await queryRows(db, 'api/entityRefs', EntityRefRow, { ids: ['test:good'] });
    expect(rows).toEqual([{ id: 'test:good', name: 'Good', type: 'Country' }]);
  });
});
