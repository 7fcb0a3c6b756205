/**
 * Bounded reads over a hub: many documents whose every commitment involves the United States.
 * Pages add up to the totals, default answers stay small whatever the hub's size, and cached
 * answers change when the ingest version does.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type {
  ConnectionsResponse,
  DocumentSummary,
  EntityCommitmentsPage,
  EntityDetail,
  GraphResponse,
  Page,
} from '../../contract/api';
import type { Extraction, Stance } from '../../contract/extraction';
import { cypher } from '../../db/cypherFiles';
import { loadDocument } from '../../ingest/load/loadBatch';
import { fixtureApp } from '../support/fixtureApp';
import { type HubSpec, hubDocument as hubExtraction } from './api-fixture';

const DOCS = 40;
const PER_DOC = 5;
const USA = 'country:usa';
const STANCES_USED: Stance[] = ['reaffirm', 'support', 'urge', 'welcome'];

/** Document i: the United States and partner i, each sentence a commitment on one topic. */
const HUB: HubSpec = {
  perDoc: PER_DOC,
  topicCycle: 7,
  stances: STANCES_USED,
  verb: 'addressed',
  id: (i) => `doc:2024-02-${String(i + 1).padStart(2, '0')}-hub-${i}`,
  title: (i) => `Joint Statement of the United States and Partner ${i}`,
  date: (i) => `2024-02-${String((i % 28) + 1).padStart(2, '0')}`,
  partner: (i) => `country:partner-${i}`,
  topic: (n) => `topic:theme-${n}`,
};
const hubDocument = (i: number): Extraction => hubExtraction(i, HUB);

const ctx = fixtureApp(Array.from({ length: DOCS }, (_, i) => hubDocument(i)));

async function get<T>(url: string): Promise<{ body: T; bytes: number }> {
  const res = await ctx.app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return { body: res.json<T>(), bytes: res.body.length };
}

describe('the entity panel of a hub', () => {
  it('counts every commitment per stance but sends one small page of each', async () => {
    const { body, bytes } = await get<EntityDetail>(`/api/entities/${USA}`);
    expect(body.commitmentCount).toBe(DOCS * PER_DOC);
    expect(body.byStance.map((g) => g.stance).sort()).toEqual([...STANCES_USED].sort());
    expect(body.byStance.reduce((n, g) => n + g.total, 0)).toBe(DOCS * PER_DOC);
    for (const g of body.byStance) expect(g.commitments).toHaveLength(body.pageSize);
    // 200 commitments with their sentences would be ~100 kB; the default answer is a fraction.
    expect(bytes).toBeLessThan(30_000);
  });

  it('pages through one stance: pages add up to its total without overlap', async () => {
    const { body: detail } = await get<EntityDetail>(`/api/entities/${USA}`);
    const group = detail.byStance.find((g) => g.stance === 'urge');
    if (!group) throw new Error('no urge group');
    const seen: string[] = [];
    for (let offset = 0; offset < group.total + 7; offset += 7) {
      const { body } = await get<EntityCommitmentsPage>(
        `/api/entities/${USA}/commitments?stance=urge&offset=${offset}&limit=7`,
      );
      expect(body).toMatchObject({ total: group.total, offset, limit: 7, stance: 'urge' });
      expect(body.items.every((c) => c.stance === 'urge' && c.roles.includes('actor'))).toBe(true);
      seen.push(...body.items.map((c) => c.commitmentId));
    }
    expect(seen).toHaveLength(group.total);
    expect(new Set(seen).size).toBe(group.total);
  });
});

describe('documents, a page at a time', () => {
  it('pages with the total, finds by title as typed, and fetches by id', async () => {
    const first = (await get<Page<DocumentSummary>>('/api/documents?limit=25')).body;
    expect(first).toMatchObject({ total: DOCS, offset: 0, limit: 25 });
    expect(first.items).toHaveLength(25);
    const rest = (await get<Page<DocumentSummary>>('/api/documents?limit=25&offset=25')).body;
    expect(rest.items).toHaveLength(DOCS - 25);
    const ids = [...first.items, ...rest.items].map((d) => d.document.id);
    expect(new Set(ids).size).toBe(DOCS);
    expect(first.items[0]?.commitments).toBe(PER_DOC);

    const found = (await get<Page<DocumentSummary>>('/api/documents?q=PARTNER%2012')).body;
    expect(found.items.map((d) => d.document.title)).toEqual([
      'Joint Statement of the United States and Partner 12',
    ]);
    const byId = (await get<Page<DocumentSummary>>(`/api/documents?ids=${ids[3]},${ids[9]}`)).body;
    expect(byId.items.map((d) => d.document.id).sort()).toEqual([ids[3], ids[9]].sort());
  });
});

describe('the first view', () => {
  it('shows the most connected entities and says how many it leaves out', async () => {
    const { body } = await get<GraphResponse>('/api/graph?entities=5&limit=12');
    const { scope } = body.attributes;
    // The United States, 7 topics and 40 partners take part in commitments.
    expect(scope).toMatchObject({
      mode: 'top',
      entities: { shown: 5, total: 1 + 7 + DOCS },
      commitments: { total: DOCS * PER_DOC },
      documents: { total: DOCS },
    });
    expect(scope.commitments.shown).toBeLessThanOrEqual(12);
    expect(scope.commitments.shown).toBeGreaterThan(0);
    expect(scope.notice).toContain(`of ${1 + 7 + DOCS}`);
    const entities = body.nodes.filter((n) => n.attributes.type !== 'Commitment');
    expect(entities).toHaveLength(5);
    // Ranked by weight: the hub first, sized by its commitments across the whole corpus.
    const usa = entities.find((n) => n.key === USA);
    expect(usa?.attributes.commitments).toBe(DOCS * PER_DOC);
    expect(entities.every((n) => n.key === USA || n.key.startsWith('topic:'))).toBe(true);
    const keys = new Set(body.nodes.map((n) => n.key));
    expect(body.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
  });

  it('pages the commitments of selected documents with their total', async () => {
    const docs = 'doc:2024-02-01-hub-0,doc:2024-02-02-hub-1';
    const commitmentsOf = (g: GraphResponse) =>
      g.nodes.filter((n) => n.attributes.type === 'Commitment').map((n) => n.key);
    const a = (await get<GraphResponse>(`/api/graph?docs=${docs}&limit=6`)).body;
    const b = (await get<GraphResponse>(`/api/graph?docs=${docs}&limit=6&offset=6`)).body;
    expect(a.attributes.scope).toMatchObject({
      mode: 'documents',
      commitments: { shown: 6, total: 2 * PER_DOC },
      documents: { selected: 2, total: DOCS },
    });
    expect(a.attributes.scope.notice).toContain('4 more not shown');
    const all = [...commitmentsOf(a), ...commitmentsOf(b)];
    expect(new Set(all).size).toBe(2 * PER_DOC);
  });
});

describe('connections of a hub', () => {
  it('pages the ranked list with its totals', async () => {
    const url = `/api/connections/${USA}?hops=1&limit=10`;
    const first = (await get<ConnectionsResponse>(url)).body;
    expect(first.totals).toEqual({ direct: 7 + DOCS, twoHop: 0 });
    expect(first.connections).toHaveLength(10);
    const names: string[] = [];
    for (let offset = 0; offset < first.total; offset += 10) {
      const page = (await get<ConnectionsResponse>(`${url}&offset=${offset}`)).body;
      names.push(...page.connections.map((c) => c.entity.id));
    }
    expect(new Set(names).size).toBe(7 + DOCS);
  });
});

describe('the answer cache', () => {
  it('keeps an answer until the ingest version changes, and a new document changes it', async () => {
    const url = '/api/documents?q=partner%200';
    const title = async () => (await get<Page<DocumentSummary>>(url)).body.items[0]?.document.title;
    expect(await title()).toBe('Joint Statement of the United States and Partner 0');
    // A change the counts do not see: the cached answer stays until the version is bumped.
    await ctx.db.driver.executeQuery(
      "MATCH (d:Document {id: 'doc:2024-02-01-hub-0'}) SET d.title = 'Renamed by hand, partner 0'",
      {},
      { database: ctx.db.database },
    );
    expect(await title()).toBe('Joint Statement of the United States and Partner 0');
    await ctx.db.driver.executeQuery(
      cypher('load/bumpIngestVersion'),
      {},
      { database: ctx.db.database },
    );
    expect(await title()).toBe('Renamed by hand, partner 0');

    // Loading a document invalidates even when the loader does not bump the version.
    const before = (await get<Page<DocumentSummary>>('/api/documents')).body.total;
    await loadDocument(ctx.db, hubDocument(DOCS));
    expect((await get<Page<DocumentSummary>>('/api/documents')).body.total).toBe(before + 1);
  });

  it('sends a large cached answer gzipped to clients that accept it, the same JSON inflated', async () => {
    const plain = await ctx.app.inject({ method: 'GET', url: '/api/graph' });
    const zipped = await ctx.app.inject({
      method: 'GET',
      url: '/api/graph',
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
  });
});
