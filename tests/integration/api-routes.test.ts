/**
 * The route registry: every route in API_ROUTES declares its input schemas and is reachable at
 * its path (never the 404 of an unregistered route); a route that reads a query string or a body
 * answers junk there with a 400 naming the route, before touching the database. Path parameters
 * get a plausible id: Fastify itself refuses over-long ones (414) before any schema runs.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ROUTES } from '../../server/routes';
import { fixtureApp } from '../support/fixtureApp';

const ctx = fixtureApp([]);
const JUNK = 'x'.repeat(400);

/** The keys a schema reads, when it is an object schema. */
const keysOf = (schema: z.ZodType | undefined): string[] =>
  schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];

describe('the route registry', () => {
  it('lists unique routes, each with at least one declared input schema', () => {
    const seen = API_ROUTES.map((r) => `${r.method} ${r.url}`);
    expect(new Set(seen).size).toBe(seen.length);
    for (const route of API_ROUTES) {
      const { params, query, body } = route.schemas;
      expect(params ?? query ?? body, `${route.method} ${route.url}`).toBeDefined();
      if (route.url.includes('/:')) expect(keysOf(params)).not.toHaveLength(0);
    }
  });

  for (const route of API_ROUTES) {
    it(`${route.method} /api${route.url} is registered and rejects junk input with a 400`, async () => {
      const url = `/api${route.url.replace(/:[A-Za-z]+/g, 'country:nowhere')}`;
      const query = Object.fromEntries(keysOf(route.schemas.query).map((k) => [k, JUNK]));
      const res = await ctx.app.inject({
        method: route.method,
        url,
        query,
        ...(route.method === 'POST' ? { payload: { junk: true } } : {}),
      });
      expect(res.statusCode, res.body).not.toBe(404);
      const readsInput = keysOf(route.schemas.query).length > 0 || route.schemas.body !== undefined;
      if (readsInput) {
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.message).toMatch(new RegExp(`^${route.name}: `));
      } else {
        expect(res.statusCode, res.body).toBeLessThan(400);
      }
    });
  }
});
