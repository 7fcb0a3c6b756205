/** GET /api/queries, the saved queries run through the console, and GET /api/cypher/schema. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse, CypherSchema, SavedQuery } from '../../contract/console';
import type { Database } from '../../db/connect';
import { loadDocument } from '../../ingest/load/loadBatch';
import { buildApp } from '../../server/app';
import { defaultParams } from '../../server/cypher/savedQueries';
import { testConfig, testDatabase } from '../support/database';
import { resetForTest, trilateralFixture } from './api-fixture';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = testDatabase();
  await resetForTest(db);
  await loadDocument(db, trilateralFixture());
  app = await buildApp({ db, config: testConfig() });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function savedQueries(): Promise<SavedQuery[]> {
  const res = await app.inject({ method: 'GET', url: '/api/queries' });
  expect(res.statusCode).toBe(200);
  return res.json<{ queries: SavedQuery[] }>().queries;
}

async function run(query: SavedQuery): Promise<CypherResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/cypher',
    payload: { query: query.query, params: defaultParams(query) },
  });
  expect(res.statusCode, `${query.id}: ${res.body}`).toBe(200);
  return res.json<CypherResponse>();
}

describe('saved queries', () => {
  it('lists every saved query with its name, description, parameters and text', async () => {
    const queries = await savedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(7);
    const topics = queries.find((q) => q.id === 'topics-connected-to-actor');
    expect(topics).toMatchObject({
      name: 'Topics connected to the DPRK',
      params: [{ name: 'actor', type: 'string', default: 'country:prk' }],
      query: expect.stringContaining('MATCH'),
    });
  });

  it('runs every saved query with its defaults as a read', async () => {
    for (const query of await savedQueries()) {
      const result = await run(query);
      expect(result.summary.queryType).toBe('r');
    }
  });

  it('finds the DPRK topics and draws them', async () => {
    const topics = (await savedQueries()).find((q) => q.id === 'topics-connected-to-actor');
    const result = await run(topics as SavedQuery);
    expect(result.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['denuclearization']));
    expect(result.graph.nodes.map((n) => n.key)).toContain('country:prk');
    expect(result.graph.edges.length).toBeGreaterThan(0);
  });

  it('finds who urged or condemned whom, and the documents that mention the DPRK', async () => {
    const queries = await savedQueries();
    const urged = await run(
      queries.find((q) => q.id === 'who-urged-or-condemned-whom') as SavedQuery,
    );
    expect(urged.rows.length).toBeGreaterThan(0);
    const docs = await run(
      queries.find((q) => q.id === 'documents-mentioning-entity') as SavedQuery,
    );
    expect(docs.rows[0]?.[0]).toBe('doc:2025-09-22-us-japan-rok-trilateral-new-york');
  });
});

describe('GET /api/cypher/schema', () => {
  it('gives the live labels, relationship types, property keys and the allowed procedures', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/cypher/schema' });
    expect(res.statusCode).toBe(200);
    const schema = res.json<CypherSchema>();
    expect(schema.labels).toEqual(
      expect.arrayContaining(['Entity', 'Country', 'Commitment', 'Document']),
    );
    expect(schema.relationshipTypes).toEqual(
      expect.arrayContaining(['MADE', 'ABOUT', 'TARGETS', 'MENTIONS']),
    );
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'stance']));
    expect(schema.procedures).toContain('db.labels');
  });
});
