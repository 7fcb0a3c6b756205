/**
 * A route as data: method, path, the zod schemas of its input and a handler that receives the
 * parsed input. `server/routes/index.ts` lists them; `registerRoutes` wires each one the same
 * way (input parsed before the handler runs, a 400 naming every bad field otherwise), so a new
 * route is one module plus one line in the list.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { z } from 'zod';
import { parseWith } from './input';

type Schema = z.ZodType;

interface RouteInput<P extends Schema, Q extends Schema, B extends Schema> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

export interface RouteSpec<P extends Schema, Q extends Schema, B extends Schema> {
  method: 'GET' | 'POST';
  /** Under /api, in Fastify's syntax (`/entities/:id`). */
  url: string;
  /** Names the route in error messages: `graph: limit: Too big`. */
  name: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Route options that need the app (the console's rate limit reads its config). */
  options?: (app: FastifyInstance) => RouteShorthandOptions;
  // Method syntax on purpose: its parameter is checked bivariantly, which lets defineRoute hand
  // a typed spec to the one type-erased wrapper below without a cast.
  handler(
    input: RouteInput<P, Q, B>,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<unknown>;
}

/** A route with its types erased: what the registry holds and the tests iterate. */
export interface Route {
  method: 'GET' | 'POST';
  url: string;
  name: string;
  schemas: { params?: Schema; query?: Schema; body?: Schema };
  options?: (app: FastifyInstance) => RouteShorthandOptions;
  handle: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

export function defineRoute<
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
>(spec: RouteSpec<P, Q, B>): Route {
  return erased(spec);
}

/** Parses each declared input before the handler runs; undeclared input passes as it came. */
function erased(spec: RouteSpec<Schema, Schema, Schema>): Route {
  const { params, query, body } = spec;
  const parse = (schema: Schema | undefined, value: unknown, whole: string): unknown =>
    schema ? parseWith(schema, value, spec.name, whole) : value;
  return {
    method: spec.method,
    url: spec.url,
    name: spec.name,
    schemas: { params, query, body },
    options: spec.options,
    handle: (request, reply) =>
      spec.handler(
        {
          params: parse(params, request.params, 'input'),
          query: parse(query, request.query, 'input'),
          body: parse(body, request.body, 'body'),
        },
        request,
        reply,
      ),
  };
}

export function registerRoutes(app: FastifyInstance, routes: readonly Route[]): void {
  for (const route of routes) {
    app.route({
      ...(route.options?.(app) ?? {}),
      method: route.method,
      url: route.url,
      handler: (request, reply) => route.handle(request, reply),
    });
  }
}
