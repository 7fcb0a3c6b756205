/** GET /api/connections/:id: the "what connects to X" lens, against a real Neo4j. */
import { describe, expect, it } from 'vitest';
import type { ConnectionsResponse } from '../../contract/api';
import { fixtureApp } from '../support/fixtureApp';
import { DPRK_ID, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);

async function connections(id: string, query = ''): Promise<ConnectionsResponse> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/connections/${encodeURIComponent(id)}${query}`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<ConnectionsResponse>();
}

describe('GET /api/connections/:id', () => {
  it('lists the DPRK topics, denuclearization among them, each with its sentence', async () => {
    const body = await connections(DPRK_ID, '?types=Topic&hops=1');
    expect(body.entity.id).toBe(DPRK_ID);
    const names = body.connections.map((c) => c.entity.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'denuclearization',
        'sanctions',
        'military cooperation',
        'abductees',
      ]),
    );
    expect(body.connections.every((c) => c.entity.type === 'Topic' && c.hops === 1)).toBe(true);
    const denuc = body.connections.find((c) => c.entity.name === 'denuclearization');
    const sentence = denuc?.evidence[0]?.sentence;
    expect(sentence?.text).toContain('complete denuclearization');
    // Both ends are highlighted in the evidence: the DPRK's words and the topic's.
    const words = sentence?.highlights.map((h) => sentence.text.slice(h.start, h.end));
    expect(words).toEqual(
      expect.arrayContaining(['denuclearization', "Democratic People's Republic of Korea", 'DPRK']),
    );
    expect(denuc?.evidence[0]?.document.date).toBe('2025-09-22');
  });

  it('ranks by evidence: the topic in two DPRK commitments before those in one', async () => {
    const body = await connections(DPRK_ID, '?types=Topic&hops=1');
    expect(body.connections[0]?.entity.name).toBe('military cooperation');
    expect(body.connections[0]?.commitments).toBe(2);
    const counts = body.connections.map((c) => c.commitments);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('puts direct links first, then two-hop ones through an intermediary', async () => {
    const body = await connections(DPRK_ID, '?hops=2');
    const hops = body.connections.map((c) => c.hops);
    expect(hops).toEqual([...hops].sort());
    const deterrence = body.connections.find((c) => c.entity.id === 'topic:extended-deterrence');
    expect(deterrence?.hops).toBe(2);
    expect(deterrence?.via.length).toBeGreaterThan(0);
    expect(deterrence?.evidence[0]?.sentence.text).toContain('extended deterrence');
  });

  it('says which links are only implied by a heading, and how many exist beyond the limit', async () => {
    const body = await connections(DPRK_ID, '?types=Topic&hops=2&limit=2');
    expect(body.connections.length).toBe(2);
    expect(body.totals.direct).toBeGreaterThan(2);
    expect(body.totals.twoHop).toBeGreaterThan(0);
    const all = await connections(DPRK_ID, '?types=Topic&hops=1');
    // "abductees" is about the DPRK only through its heading ("implicitAbout").
    const abductees = all.connections.find((c) => c.entity.id === 'topic:abductees');
    expect(abductees?.stated).toBe(0);
    expect(abductees?.evidence[0]?.implicit).toBe(true);
    const denuc = all.connections.find((c) => c.entity.name === 'denuclearization');
    expect(denuc?.stated).toBe(denuc?.commitments);
    expect(denuc?.evidence[0]?.implicit).toBe(false);
  });

  it('ranks two-hop candidates by how specific their intermediaries are', async () => {
    const body = await connections(DPRK_ID, '?hops=2');
    const scores = body.connections.filter((c) => c.hops === 2).map((c) => c.specificity ?? 0);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by types and rejects an unknown type or hop count', async () => {
    const body = await connections(DPRK_ID, '?types=Region,Program&hops=1');
    expect(new Set(body.connections.map((c) => c.entity.type))).toEqual(
      new Set(['Region', 'Program']),
    );
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/connections/${DPRK_ID}?types=Planet` }))
        .statusCode,
    ).toBe(400);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/connections/${DPRK_ID}?hops=3` }))
        .statusCode,
    ).toBe(400);
  });

  it('answers 404 for an unknown entity', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/connections/country%3Anowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
