/** The API over the real ingest of the first statement (2025-09-22 trilateral, New York). */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectionsResponse,
  EntityDetail,
  PathsResponse,
  SearchResponse,
} from '../../contract/api';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { buildApp } from '../../server/app';
import { resetDatabase, testConfig, testDatabase } from '../support/database';
import { DPRK_ID } from './api-fixture';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const [outcome] = await ingestFiles(db, [FIRST]);
  if (outcome?.error) throw outcome.error;
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
  app = await buildApp({ db, config: testConfig() });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const get = async <T>(url: string): Promise<T> => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res.json<T>();
};

describe('API over the first statement', () => {
  it('search "North Korea" ranks the DPRK first', async () => {
    const body = await get<SearchResponse>('/api/search?q=North%20Korea');
    expect(body.results[0]?.id).toBe(DPRK_ID);
  });

  it('the DPRK lens lists at least 10 topics, denuclearization among them, each with a sentence', async () => {
    const body = await get<ConnectionsResponse>(`/api/connections/${DPRK_ID}?types=Topic&hops=1`);
    expect(body.connections.length).toBeGreaterThanOrEqual(10);
    expect(body.connections.map((c) => c.entity.name)).toContain('denuclearization');
    for (const c of body.connections) {
      expect(c.evidence[0]?.sentence.text.length, c.entity.name).toBeGreaterThan(20);
      expect(c.evidence[0]?.document.date).toBe('2025-09-22');
    }
  });

  it('the DPRK panel has commitments whose highlights read the DPRK names', async () => {
    const body = await get<EntityDetail>(`/api/entities/${DPRK_ID}`);
    expect(body.commitmentCount).toBeGreaterThan(5);
    const words = body.byStance.flatMap((g) =>
      g.commitments.flatMap((c) =>
        c.sentence.highlights.map((h) => c.sentence.text.slice(h.start, h.end)),
      ),
    );
    expect(words.length).toBeGreaterThan(3);
    for (const w of words)
      expect([
        'DPRK',
        'North Korea',
        'North Korean',
        "Democratic People's Republic of Korea",
        "DPRK's",
      ]).toContain(w);
  });

  it('finds a path from the DPRK to Japan with evidence on every hop', async () => {
    const body = await get<PathsResponse>(`/api/paths?from=${DPRK_ID}&to=country:jpn`);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const hop of body.paths[0]?.hops ?? [])
      expect(hop.evidence?.sentence.text.length).toBeGreaterThan(0);
  });
});
