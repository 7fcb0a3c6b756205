/** GET /api/paths: shortest paths with the sentence of every hop, against a real Neo4j. */
import { describe, expect, it } from 'vitest';
import type { PathsResponse } from '../../contract/api';
import { loadDocument } from '../../ingest/load/loadBatch';
import { fixtureApp } from '../support/fixtureApp';
import { DPRK_ID, trilateralFixture } from './api-fixture';

const ctx = fixtureApp([trilateralFixture()]);

const get = (query: string) => ctx.app.inject({ method: 'GET', url: `/api/paths?${query}` });

describe('GET /api/paths', () => {
  it('finds a one-hop path through a shared commitment, with its sentence', async () => {
    const res = await get(`from=${DPRK_ID}&to=topic:denuclearization`);
    expect(res.statusCode).toBe(200);
    const body = res.json<PathsResponse>();
    expect(body.paths[0]?.length).toBe(1);
    const hop = body.paths[0]?.hops[0];
    expect(hop?.via).toMatchObject({ kind: 'commitment', stance: 'reaffirm' });
    expect(hop?.evidence?.sentence.text).toContain('complete denuclearization');
  });

  it('chains hops from the DPRK to Japan, every hop with evidence', async () => {
    const body = (await get(`from=${DPRK_ID}&to=country:jpn`)).json<PathsResponse>();
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.hops[0]?.from.id).toBe(DPRK_ID);
      expect(path.hops[path.hops.length - 1]?.to.id).toBe('country:jpn');
      for (const [i, hop] of path.hops.entries()) {
        if (i > 0) expect(hop.from.id).toBe(path.hops[i - 1]?.to.id);
        expect(hop.evidence?.sentence.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists the fewest hops first and tells each hop in the graph direction', async () => {
    const body = (await get(`from=${DPRK_ID}&to=country:jpn&limit=10`)).json<PathsResponse>();
    const lengths = body.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const hop of body.paths.flatMap((p) => p.hops)) {
      if (hop.via.kind !== 'commitment') continue;
      const roles = hop.via.roles ?? [];
      expect(roles).toHaveLength(2);
      // Reversed exactly when the path reaches the actor from what it spoke about.
      expect(hop.reversed).toBe(roles[0] !== 'actor' && roles[1] === 'actor');
    }
    const rubio = (await get('from=country:usa&to=official:marco-rubio')).json<PathsResponse>();
    // Rubio REPRESENTS the United States: walked from the country, the relation runs backwards.
    expect(rubio.paths[0]?.hops[0]?.reversed).toBe(true);
  });

  it('uses entity relations as hops (Rubio represents the United States)', async () => {
    const body = (await get('from=official:marco-rubio&to=country:usa')).json<PathsResponse>();
    expect(body.paths[0]?.hops).toHaveLength(1);
    expect(body.paths[0]?.hops[0]?.via).toEqual({ kind: 'relation', type: 'REPRESENTS' });
  });

  it('rejects bad input: missing ends 400, same ends 400, unknown entity 404', async () => {
    expect((await get('from=country:prk')).statusCode).toBe(400);
    expect((await get('from=country:prk&to=country:prk')).statusCode).toBe(400);
    const missing = await get('from=country:prk&to=country:nowhere');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('returns no paths between unconnected entities rather than failing', async () => {
    await loadDocument(ctx.db, {
      documents: [{ id: 'doc:island', title: 'Island', sha256: 'a'.repeat(64) }],
      sentences: [
        {
          id: 'sent:island:0',
          docId: 'doc:island',
          index: 0,
          text: 'Atlantis exists.',
          start: 0,
          end: 16,
        },
      ],
      entities: [{ id: 'region:atlantis', type: 'Region', name: 'Atlantis', aliases: [] }],
      mentions: [],
      commitments: [],
      relations: [],
    });
    const body = (await get(`from=${DPRK_ID}&to=region:atlantis`)).json<PathsResponse>();
    expect(body.paths).toEqual([]);
  });
});
