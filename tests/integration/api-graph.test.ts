/** GET /api/graph, /api/documents and /api/health against a real Neo4j. */
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, Page, SerializedGraph } from '../../contract/api';
import { fixtureApp } from '../support/fixtureApp';
import { DPRK_ID, hostileFixture, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture(), hostileFixture()]);

const graph = async (query = '') => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/graph${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<SerializedGraph>();
};

describe('GET /api/graph', () => {
  it('serialises entities and commitments for graphology, with stance on commitments', async () => {
    const body = await graph();
    const dprk = body.nodes.find((n) => n.key === DPRK_ID);
    expect(dprk?.attributes).toMatchObject({
      name: "Democratic People's Republic of Korea",
      type: 'Country',
    });
    const commitments = body.nodes.filter((n) => n.attributes.type === 'Commitment');
    expect(commitments).toHaveLength(9);
    expect(commitments.every((c) => c.attributes.stance)).toBe(true);
    const keys = new Set(body.nodes.map((n) => n.key));
    expect(body.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
    expect(body.edges.some((e) => e.attributes.type === 'REPRESENTS')).toBe(true);
  });

  it('filters by stance and by document', async () => {
    const urge = await graph('?stances=urge');
    expect(
      urge.nodes.filter((n) => n.attributes.type === 'Commitment').map((n) => n.attributes.stance),
    ).toEqual(['urge']);
    const hostile = await graph('?docs=doc:2025-01-01-hostile');
    expect(hostile.nodes.filter((n) => n.attributes.type === 'Commitment')).toHaveLength(1);
    expect(hostile.nodes.some((n) => n.key === DPRK_ID)).toBe(false);
  });

  it('rejects an unknown stance or type with a 400 error body', async () => {
    for (const q of ['?stances=adore', '?types=Planet', '?limit=0']) {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/graph${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(res.json()).toMatchObject({
        error: { code: 'bad_request', message: expect.any(String) },
      });
    }
  });
});

describe('GET /api/documents and /api/health', () => {
  it('lists both documents with counts', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/documents' });
    const page = res.json<Page<DocumentSummary>>();
    expect(page).toMatchObject({ total: 2, offset: 0, limit: 50 });
    const docs = page.items;
    expect(docs.map((d) => d.document.id).sort()).toEqual([
      'doc:2025-01-01-hostile',
      'doc:2025-09-22-us-japan-rok-trilateral-new-york',
    ]);
    expect(docs.find((d) => d.document.id === 'doc:2025-01-01-hostile')?.commitments).toBe(1);
  });

  it('reports the Neo4j version and edition', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toMatchObject({
      status: 'ok',
      neo4j: { version: expect.stringMatching(/^5\./), edition: 'community' },
    });
  });
});
