/** GET /api/entities/:id: the entity panel's data, against a real Neo4j. */
import { describe, expect, it } from 'vitest';
import type { EntityDetail } from '../../contract/api';
import { fixtureApp } from '../support/fixtureApp';
import { DPRK_ID, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);

async function entity(id: string): Promise<EntityDetail> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/entities/${encodeURIComponent(id)}`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<EntityDetail>();
}

describe('GET /api/entities/:id', () => {
  it('returns the DPRK with its aliases and its commitments grouped by stance', async () => {
    const body = await entity(DPRK_ID);
    expect(body.entity).toMatchObject({
      id: DPRK_ID,
      type: 'Country',
      name: "Democratic People's Republic of Korea",
    });
    expect(body.entity.aliases).toEqual(expect.arrayContaining(['DPRK', 'North Korea']));
    expect(body.byStance.map((g) => g.stance)).toEqual([
      'commit',
      'reaffirm',
      'concern',
      'urge',
      'recognize',
    ]);
    expect(body.commitmentCount).toBe(7);
  });

  it('gives each commitment its sentence, the entity words as spans, the document and date', async () => {
    const body = await entity(DPRK_ID);
    const urge = body.byStance.find((g) => g.stance === 'urge')?.commitments[0];
    expect(urge?.sentence.text).toMatch(/^They urged Russia and North Korea/);
    expect(urge?.roles).toEqual(['target']);
    expect(urge?.document).toEqual({
      id: 'doc:2025-09-22-us-japan-rok-trilateral-new-york',
      title: expect.stringMatching(/^Joint Statement/),
      date: '2025-09-22',
    });
    const words = urge?.sentence.highlights.map((s) => urge.sentence.text.slice(s.start, s.end));
    expect(words).toEqual(['North Korea']);
    expect(urge?.targets.map((t) => t.id)).toEqual(
      expect.arrayContaining(['country:rus', DPRK_ID]),
    );
  });

  it('marks implicit commitments (under the DPRK heading, never naming it)', async () => {
    const body = await entity(DPRK_ID);
    const abductees = body.byStance.find((g) => g.stance === 'commit')?.commitments[0];
    expect(abductees?.implicit).toBe(true);
    expect(abductees?.sentence.highlights).toEqual([]);
  });

  it('lists relations and attributes of an official', async () => {
    const body = await entity('official:marco-rubio');
    expect(body.relations).toContainEqual({
      type: 'REPRESENTS',
      direction: 'out',
      other: { id: 'country:usa', name: 'United States', type: 'Country' },
    });
    expect(body.byStance[0]?.commitments[0]?.roles).toEqual(['actor']);
  });

  it('answers 404 with an error body for an unknown entity', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/entities/country%3Anowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('country:nowhere') },
    });
  });
});
