/** GET /api/search against a real Neo4j full-text index. */
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../contract/api';
import { fixtureApp } from '../support/fixtureApp';
import { DPRK_ID, hostileFixture, trilateralFixture, XSS_ID } from './api-fixture';

const ctx = fixtureApp([trilateralFixture(), hostileFixture()]);

async function search(q: string, extra = ''): Promise<SearchResponse> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/search?q=${encodeURIComponent(q)}${extra}`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<SearchResponse>();
}

describe('GET /api/search', () => {
  it('finds the DPRK first by its alias "North Korea"', async () => {
    const { results } = await search('North Korea');
    expect(results[0]?.id).toBe(DPRK_ID);
    expect(results[0]?.aliases).toContain('North Korea');
  });

  it('matches prefixes as the user types ("North Kor")', async () => {
    const { results } = await search('North Kor');
    expect(results.map((r) => r.id)).toContain(DPRK_ID);
  });

  it('tolerates a typo in a longer word', async () => {
    const { results } = await search('denuclearisation');
    expect(results[0]?.id).toBe('topic:denuclearization');
  });

  it('treats Lucene syntax in the input as text, without a server error', async () => {
    for (const q of [
      '"unbalanced',
      'AND OR NOT',
      'a:b (c',
      'x~~^2*?',
      '\\',
      '[1 TO 5]',
      '&& || !',
    ]) {
      const res = await ctx.app.inject({
        method: 'GET',
        url: `/api/search?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode, q).toBe(200);
    }
  });

  it('finds an entity whose name is markup', async () => {
    const { results } = await search('img src');
    expect(results.map((r) => r.id)).toContain(XSS_ID);
  });

  it('honours limit and rejects a missing q with a 400 error body', async () => {
    expect((await search('korea', '&limit=1')).results).toHaveLength(1);
    const res = await ctx.app.inject({ method: 'GET', url: '/api/search' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });
});
