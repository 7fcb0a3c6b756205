/**
 * Curation against a real Neo4j: hide, merge and reject are stored as audited overrides, applied
 * by every read, kept through a forced re-ingest of the same statement, and undone.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectionsResponse,
  EntityDetail,
  GraphResponse,
  SearchResponse,
} from '../../contract/api';
import {
  CURATION_HEADER,
  type Override,
  type OverrideRequest,
  type OverridesPage,
} from '../../contract/curation';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { loadDocument } from '../../ingest/load/loadBatch';
import { buildApp } from '../../server/app';
import { createOverride, undoOverride } from '../../server/curation/overrides';
import { resetDatabase, testConfig, testDatabase } from '../support/database';
import { buildExtraction } from './api-fixture';

const FILE = 'data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt';
const DPRK = 'country:prk';
const AUTHOR = 'Test Analyst';
let db: Database;
let app: FastifyInstance;
let docId: string;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const [outcome] = await ingestFiles(db, [FILE]);
  docId = outcome?.docId ?? '';
  app = await buildApp({ db, config: testConfig() });
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function get<T>(url: string, status = 200): Promise<T> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
  return res.json<T>();
}

const curate = (body: Partial<OverrideRequest>, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/overrides',
    headers: { [CURATION_HEADER]: '1', ...headers },
    payload: { author: AUTHOR, reason: 'wrong extraction', ...body },
  });

async function created(body: Partial<OverrideRequest>): Promise<Override> {
  const res = await curate(body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Override>();
}

async function undo(id: string): Promise<Override> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/overrides/${id}/undo`,
    headers: { [CURATION_HEADER]: '1' },
    payload: { author: 'Reviewer', reason: 'was right after all' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Override>();
}

/** The same statement loaded again, as `npm run ingest -- --force FILE` does. */
async function reingest(): Promise<void> {
  const [outcome] = await ingestFiles(db, [FILE]);
  expect(outcome?.error).toBeUndefined();
  expect(outcome?.docId).toBe(docId);
}

const graphIds = async () =>
  new Set(
    (await get<GraphResponse>(`/api/graph?docs=${encodeURIComponent(docId)}`)).nodes.map(
      (n) => n.key,
    ),
  );
const lensIds = async () =>
  (await get<ConnectionsResponse>(`/api/connections/${DPRK}?limit=500`)).connections.map(
    (c) => c.entity.id,
  );
const entity = (id: string, status = 200) =>
  get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}?limit=50`, status);
const commitmentIds = (d: EntityDetail) =>
  d.byStance.flatMap((g) => g.commitments.map((c) => c.commitmentId));

describe('curation writes are guarded', () => {
  it('refuses a write without the curation header, from another origin, or malformed', async () => {
    const noHeader = await app.inject({
      method: 'POST',
      url: '/api/overrides',
      payload: { kind: 'hide', target: DPRK, reason: 'x', author: AUTHOR },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('curation_header_missing');
    const foreign = await curate(
      { kind: 'hide', target: DPRK },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('cross_origin');
    const noReason = await curate({ kind: 'hide', target: DPRK, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('reason');
    const mergeWithoutInto = await curate({ kind: 'merge', target: DPRK });
    expect(mergeWithoutInto.statusCode).toBe(400);
    expect((await curate({ kind: 'hide', target: 'topic:no-such-thing' })).statusCode).toBe(404);
    // Nothing was written by any of them.
    expect((await get<OverridesPage>('/api/overrides')).total).toBe(0);
    expect(await lensIds()).not.toEqual([]);
  });

  it('answers conflicts with typed errors', async () => {
    await expect(
      createOverride(db, { kind: 'merge', target: DPRK, into: DPRK, reason: 'r', author: AUTHOR }),
    ).rejects.toMatchObject({ name: 'OverrideConflictError' });
    await expect(
      createOverride(db, { kind: 'junk', target: DPRK, reason: 'r', author: AUTHOR }),
    ).rejects.toMatchObject({ name: 'OverrideConflictError' });
    await expect(
      createOverride(db, {
        kind: 'rejectCommitment',
        target: 'c:none',
        reason: 'r',
        author: AUTHOR,
      }),
    ).rejects.toMatchObject({ name: 'OverrideTargetError' });
    await expect(
      undoOverride(db, '00000000-0000-4000-8000-000000000000', { author: AUTHOR }),
    ).rejects.toMatchObject({ name: 'OverrideNotFoundError' });
  });
});

describe('hide', () => {
  it('takes an entity out of graph, lens, panel and search; survives re-ingest; undo restores it', async () => {
    const lensBefore = await lensIds();
    const target = lensBefore[0] as string;
    const name = (await entity(target)).entity.name;
    expect((await graphIds()).has(target)).toBe(true);

    const override = await created({ kind: 'hide', target });
    expect(override).toMatchObject({ kind: 'hide', target, targetName: name, author: AUTHOR });
    const check = async () => {
      expect((await graphIds()).has(target)).toBe(false);
      expect(await lensIds()).not.toContain(target);
      await entity(target, 404);
      const search = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(name)}`);
      expect(search.results.map((r) => r.id)).not.toContain(target);
      // A second hide of the same entity is a conflict.
      expect((await curate({ kind: 'hide', target })).statusCode).toBe(409);
    };
    await check();
    await reingest();
    await check();

    const undone = await undo(override.id);
    expect(undone).toMatchObject({ id: override.id, undoneBy: 'Reviewer' });
    expect((await graphIds()).has(target)).toBe(true);
    expect(await lensIds()).toEqual(lensBefore);
    // The audit trail keeps the action and its undo.
    const page = await get<OverridesPage>('/api/overrides');
    const row = page.items.find((o) => o.id === override.id);
    expect(row).toMatchObject({ author: AUTHOR, reason: 'wrong extraction', undoneBy: 'Reviewer' });
    expect(row?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(row?.undoneAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const active = await get<OverridesPage>('/api/overrides?undone=0');
    expect(active.items.map((o) => o.id)).not.toContain(override.id);
  });
});

describe('merge', () => {
  it("folds a duplicate's commitments into the other entity, through re-ingest, and undoes", async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Topic)-[:MADE|ABOUT|TARGETS]-(c:Commitment)
       WITH e, count(c) AS n ORDER BY n DESC, e.id LIMIT 2 RETURN collect(e.id) AS ids`,
      {},
      { database: db.database },
    );
    const [into, dup] = (records[0]?.get('ids') ?? []) as string[];
    const before = await entity(into as string);
    const dupDetail = await entity(dup as string);
    const union = new Set([...commitmentIds(before), ...commitmentIds(dupDetail)]);
    expect(union.size).toBeGreaterThan(before.commitmentCount);

    const override = await created({ kind: 'merge', target: dup, into });
    expect(override).toMatchObject({
      intoName: before.entity.name,
      targetName: dupDetail.entity.name,
    });
    const check = async () => {
      await entity(dup as string, 404);
      const merged = await entity(into as string);
      expect(merged.commitmentCount).toBe(union.size);
      expect(new Set(commitmentIds(merged))).toEqual(union);
      expect((await graphIds()).has(dup as string)).toBe(false);
    };
    await check();
    await reingest();
    await check();

    await undo(override.id);
    const after = await entity(into as string);
    expect(after.commitmentCount).toBe(before.commitmentCount);
    expect((await entity(dup as string)).commitmentCount).toBe(dupDetail.commitmentCount);
  });
});

describe('reject', () => {
  it('drops a wrong commitment everywhere, through re-ingest, and undoes', async () => {
    const before = await entity(DPRK);
    const target = commitmentIds(before)[0] as string;
    const override = await created({ kind: 'rejectCommitment', target });
    expect(override.targetName).toContain(':');
    const check = async () => {
      const now = await entity(DPRK);
      expect(now.commitmentCount).toBe(before.commitmentCount - 1);
      expect(commitmentIds(now)).not.toContain(target);
      expect((await graphIds()).has(target)).toBe(false);
    };
    await check();
    await reingest();
    await check();
    await undo(override.id);
    expect((await entity(DPRK)).commitmentCount).toBe(before.commitmentCount);
  });

  it('drops one wrong link of a commitment and keeps the commitment', async () => {
    const before = await entity(DPRK);
    const c = before.byStance
      .flatMap((g) => g.commitments)
      .find((x) => x.roles.includes('about') && x.actors.length > 0);
    expect(c).toBeDefined();
    const actor = c?.actors[0]?.id as string;
    const override = await created({
      kind: 'rejectLink',
      target: c?.commitmentId,
      entity: DPRK,
      role: 'about',
    });
    expect(override).toMatchObject({ relation: 'ABOUT', entity: DPRK });
    const check = async () => {
      const now = await entity(DPRK);
      const still = now.byStance
        .flatMap((g) => g.commitments)
        .find((x) => x.commitmentId === c?.commitmentId);
      // Still the DPRK's commitment only if it has another role (a target), never as "about".
      expect(still?.roles ?? []).not.toContain('about');
      const actorView = await get<{ items: { commitmentId: string }[] }>(
        `/api/entities/${encodeURIComponent(actor)}/commitments?stance=${c?.stance}&limit=100`,
      );
      expect(actorView.items.map((x) => x.commitmentId)).toContain(c?.commitmentId);
    };
    await check();
    await reingest();
    await check();
    await undo(override.id);
    const restored = (await entity(DPRK)).byStance
      .flatMap((g) => g.commitments)
      .find((x) => x.commitmentId === c?.commitmentId);
    expect(restored?.roles).toContain('about');
  });
});

describe('a rejection is of the commitment it was made on', () => {
  // Commitment ids are positional (document, sentence, k-th): a re-extraction may put another
  // commitment at the same id, which the old rejection must not take out.
  const statement = (stance: 'urge' | 'call', trigger: string) =>
    buildExtraction({
      id: 'doc:curation-positional',
      title: 'Positional',
      date: '2020-01-01',
      sentences: [`Japan ${trigger} Ruritania to stop.`],
      entities: [
        { id: 'country:jpn', type: 'Country', name: 'Japan', aliases: [] },
        { id: 'country:rur', type: 'Country', name: 'Ruritania', aliases: [] },
      ],
      commitments: [
        {
          sentence: 0,
          stance,
          trigger,
          actors: ['country:jpn'],
          about: [],
          targets: ['country:rur'],
        },
      ],
    });
  const ruritania = async () => commitmentIds(await entity('country:rur'));

  it('holds while the stance and trigger match, and lets a different commitment through', async () => {
    await loadDocument(db, statement('urge', 'urged'));
    const [target] = await ruritania();
    expect(target).toBeDefined();
    await created({ kind: 'rejectCommitment', target });
    expect(await ruritania()).toEqual([]);
    await loadDocument(db, statement('call', 'called on'));
    expect(await ruritania()).toEqual([target]);
    await loadDocument(db, statement('urge', 'urged'));
    expect(await ruritania()).toEqual([]);
  });
});
