import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectionsResponse,
  EntityRef,
  Evidence,
  GraphResponse,
  PathsResponse,
} from '../../../contract/api';
import { ApiError, checkAnswer, getJson, UnexpectedAnswerError } from '../../../web/api';
import { connectionsShape, graphShape, pathsShape } from '../../../web/apiShapes';
import { list, nullable, num, object, optional, record, str } from '../../../web/shape';

const prk: EntityRef = { id: 'country:prk', name: 'North Korea', type: 'Country' };
const usa: EntityRef = { id: 'country:usa', name: 'United States', type: 'Country' };
const evidence: Evidence = {
  commitmentId: 'c1',
  stance: 'urge',
  trigger: 'urge',
  sentence: {
    id: 's1',
    text: 'We urge North Korea to return.',
    highlights: [{ start: 9, end: 20 }],
  },
  document: { id: 'doc:1', title: 'Statement', date: '2025-01-01' },
};
const graph = (): GraphResponse => ({
  attributes: {
    scope: {
      mode: 'top',
      entities: { shown: 2, total: 2 },
      commitments: { shown: 0, total: 0 },
      documents: { selected: 0, total: 1 },
      offset: 0,
      limit: 100,
      notice: 'All 2 entities.',
    },
  },
  nodes: [
    { key: prk.id, attributes: { name: prk.name, type: 'Country' } },
    { key: usa.id, attributes: { name: usa.name, type: 'Country' } },
  ],
  edges: [{ key: 'e1', source: usa.id, target: prk.id, attributes: { type: 'ABOUT' } }],
});

describe('shape checks', () => {
  it('name the first property that is off, with its path', () => {
    const shape = object({ a: list(object({ b: str, c: nullable(num) })), d: optional(str) });
    expect(shape.problem({ a: [{ b: 'x', c: null }] }, 'answer')).toBeNull();
    expect(
      shape.problem(
        {
          a: [
            { b: 'x', c: 1 },
            { b: 2, c: 1 },
          ],
        },
        'answer',
      ),
    ).toBe('answer.a[1].b: expected a string, got number');
    expect(shape.problem({ a: {} }, 'answer')).toBe('answer.a: expected an array, got object');
    expect(shape.problem(null, 'answer')).toBe('answer: expected an object, got null');
    expect(shape.problem({ a: [], d: 3 }, 'answer')).toBe(
      'answer.d: expected a string, got number',
    );
    expect(record(str).problem({ x: 'y', z: [] }, 'm')).toBe(
      'm.z: expected a string, got an array',
    );
  });

  it('accept the answers the contract describes', () => {
    const connections: ConnectionsResponse = {
      entity: prk,
      connections: [
        { entity: usa, hops: 1, commitments: 1, stated: 1, via: [], evidence: [evidence] },
      ],
      totals: { direct: 1, twoHop: 0 },
      total: 1,
      range: { from: '2023-01-01', to: null, since: null },
      anchors: [{ id: 'trilateral', label: 'since the last trilateral statement' }],
      offset: 0,
      limit: 50,
    };
    const paths: PathsResponse = {
      from: usa,
      to: prk,
      paths: [
        {
          length: 1,
          hops: [
            {
              from: usa,
              to: prk,
              via: { kind: 'commitment', id: 'c1', stance: 'urge', trigger: 'urge' },
              evidence,
            },
          ],
        },
      ],
      limit: 5,
      more: false,
    };
    expect(graphShape.problem(graph(), 'answer')).toBeNull();
    expect(connectionsShape.problem(connections, 'answer')).toBeNull();
    expect(pathsShape.problem(paths, 'answer')).toBeNull();
  });

  it('turn a malformed answer into an UnexpectedAnswerError that says what to do', () => {
    const bad: unknown = {
      ...graph(),
      nodes: [{ key: null, attributes: { name: 'x', type: 'Country' } }],
    };
    let caught: unknown;
    try {
      checkAnswer('/api/graph?types=Country', bad, graphShape);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnexpectedAnswerError);
    const error = caught as UnexpectedAnswerError;
    expect(error.problem).toBe('answer.nodes[0].key: expected a string, got null');
    expect(error.name).toBe('UnexpectedAnswerError');
    expect(error.message).toContain('/api/graph');
    expect(error.message).toContain('answer.nodes[0].key: expected a string, got null');
    expect(error.message).toMatch(/Reload the page/);
  });
});

describe('getJson against a real HTTP server', () => {
  let server: Server;
  let base = '';
  const saved = globalThis.document;
  const answers: Record<string, { status: number; body: string }> = {
    '/api/graph': { status: 200, body: JSON.stringify({ nodes: 'none', edges: [] }) },
    '/api/good': { status: 200, body: JSON.stringify(graph()) },
    '/api/gone': { status: 404, body: '<html>not json</html>' },
  };

  beforeAll(async () => {
    globalThis.document = parseHTML('<!doctype html><html><body></body></html>').document;
    server = createServer((request, response) => {
      const answer = answers[request.url ?? ''] ?? { status: 500, body: '{}' };
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    globalThis.document = saved;
    await new Promise((resolve) => server.close(resolve));
  });

  it('passes a well-formed answer through', async () => {
    expect((await getJson(`${base}/api/good`, graphShape)).nodes).toHaveLength(2);
  });

  it('rejects a malformed answer with a typed error and a banner, not a crash later', async () => {
    const failure = getJson(`${base}/api/graph`, graphShape);
    await expect(failure).rejects.toMatchObject({ name: 'UnexpectedAnswerError' });
    const banner = document.getElementById('unexpected-answer-banner');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.textContent).toContain('answer.nodes: expected an array, got string');
  });

  it('keeps the status of an error answer that is not the API error shape', async () => {
    const failure = getJson(`${base}/api/gone`, graphShape);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'http_error' });
  });
});
