/** POST /api/cypher/connect: "connect result nodes" for console results, against a real Neo4j. */
import { describe, expect, it } from 'vitest';
import type { ConnectResponse, CypherResponse } from '../../contract/console';
import { fixtureApp } from '../support/fixtureApp';
import { DPRK_ID, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);

async function consoleResult(query: string): Promise<CypherResponse> {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/cypher', payload: { query } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CypherResponse>();
}

const connect = (ids: unknown) =>
  ctx.app.inject({ method: 'POST', url: '/api/cypher/connect', payload: { ids } });

describe('POST /api/cypher/connect', () => {
  it('gives the relationships among nodes returned without them', async () => {
    // The DPRK's commitments and the entities they link, returned as nodes only.
    const result = await consoleResult(
      `MATCH (k:Country {id: '${DPRK_ID}'})<-[:ABOUT|TARGETS]-(c:Commitment)-[:MADE|ABOUT|TARGETS]-(e:Entity)
       RETURN k, c, e`,
    );
    expect(result.graph.edges).toEqual([]);
    const ids = result.graph.nodes.map((n) => n.attributes.elementId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    const res = await connect(ids);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ConnectResponse>();
    expect(body).toMatchObject({ truncated: false, maxNodes: 300, maxEdges: 1000 });
    const set = new Set(ids);
    expect(body.edges.every((e) => set.has(e.source) && set.has(e.target))).toBe(true);
    // The same relationships a query that returns them gives.
    const full = await consoleResult(
      `MATCH (k:Country {id: '${DPRK_ID}'})<-[:ABOUT|TARGETS]-(c:Commitment)-[:MADE|ABOUT|TARGETS]-(e:Entity)
       WITH collect(DISTINCT k) + collect(DISTINCT c) + collect(DISTINCT e) AS ns
       UNWIND ns AS a MATCH (a)-[r]->(b) WHERE b IN ns RETURN DISTINCT r`,
    );
    expect(body.edges.length).toBe(full.rows.length);
    expect(body.edges.length).toBeGreaterThan(result.graph.nodes.length / 2);
    expect(body.edges.some((e) => e.type === 'ABOUT' && typeof e.implicit === 'boolean')).toBe(
      true,
    );
  });

  it('refuses an empty list, too many ids and extra fields with 400', async () => {
    expect((await connect([])).statusCode).toBe(400);
    const many = await connect(Array.from({ length: 301 }, (_, i) => `4:x:${i}`));
    expect(many.statusCode).toBe(400);
    expect(many.json().error.message).toContain('at most 300');
    const extra = await ctx.app.inject({
      method: 'POST',
      url: '/api/cypher/connect',
      payload: { ids: ['4:x:1'], query: 'MATCH (n) DETACH DELETE n' },
    });
    expect(extra.statusCode).toBe(400);
  });

  it('answers no edges for element ids that name nothing', async () => {
    const res = await connect(['4:00000000-0000-0000-0000-000000000000:999999', 'not-an-id']);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ConnectResponse>().edges).toEqual([]);
  });
});
