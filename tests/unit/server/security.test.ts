/**
 * Safe when exposed, without a database (a closed port stands in for it: these answers must not
 * need one): the Host allow-list, the access token by header and by cookie, the security
 * headers, health without versions for the network, bidi controls neutralised in answers, the
 * config refusing a non-loopback HOST without a token, and credentials redacted.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../../db/config';
import type { Database } from '../../../db/connect';
import { redactSecrets, redactUri } from '../../../db/redact';
import { buildApp } from '../../../server/app';
import { neutraliseBidi } from '../../../server/responseLimits';
import { allowedHosts, hostName } from '../../../server/security';
import { downDatabase } from '../../support/downDatabase';

const TOKEN = 'a-very-long-test-token-0123456789';

let db: Database;
beforeAll(async () => {
  // The driver's shortest retry: the health test is about what it tells whom, not the retry.
  db = await downDatabase({ transactionRetryMs: 0 });
});
afterAll(() => db.close());

function config(env: Record<string, string> = {}): Config {
  return { ...loadConfig(env), LOG_LEVEL: 'silent', API_TIMEOUT_MS: 300 };
}

describe('the configuration', () => {
  it('refuses a non-loopback HOST without ACCESS_TOKEN, naming the fix', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20'])
      expect(() => loadConfig({ HOST })).toThrow(/expose .*Set ACCESS_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', ACCESS_TOKEN: TOKEN }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '127.0.0.2' }).HOST).toBe('127.0.0.2');
    expect(loadConfig({ HOST: '::1' }).HOST).toBe('::1');
  });

  it('refuses a short token', () => {
    expect(() => loadConfig({ ACCESS_TOKEN: 'short' })).toThrow(/ACCESS_TOKEN.*16/);
  });
});

describe('the Host allow-list', () => {
  it('knows loopback, HOST and ALLOWED_HOSTS, and reads names without ports', () => {
    const hosts = allowedHosts({ HOST: '10.0.0.5', ALLOWED_HOSTS: 'graph.example.org, other' });
    for (const h of ['localhost', '127.0.0.1', '::1', '10.0.0.5', 'graph.example.org', 'other'])
      expect(hosts.has(h)).toBe(true);
    expect(hosts.has('evil.example')).toBe(false);
    expect(hostName('[::1]:5173')).toBe('::1');
    expect(hostName('Example.ORG:80')).toBe('example.org');
    expect(hostName(undefined)).toBe('');
  });

  it('answers 421 to Host: evil.example (DNS rebinding), on the API and the page alike', async () => {
    const app = await buildApp({ db, config: config() });
    try {
      for (const url of ['/api/health', '/api/documents', '/', '/api/cypher/schema']) {
        const res = await app.inject({ url, headers: { host: 'evil.example' } });
        expect(res.statusCode).toBe(421);
        expect(res.json()).toMatchObject({ error: { code: 'host_not_allowed' } });
      }
      const ok = await app.inject({ url: '/api/nowhere', headers: { host: 'localhost:5173' } });
      expect(ok.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('the access token', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ db, config: config({ HOST: '0.0.0.0', ACCESS_TOKEN: TOKEN }) });
  });
  afterAll(() => app.close());

  it('answers 401 without it, or with a wrong one, with what to do', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { cookie: 'cg_token=nope' }]) {
      const res = await app.inject({ url: '/api/documents', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(/Authorization: Bearer/);
    }
    expect((await app.inject({ url: '/' })).statusCode).toBe(401);
    expect((await app.inject({ url: `/api/documents?token=${TOKEN}` })).statusCode).toBe(401);
  });

  it('lets a Bearer header through', async () => {
    const res = await app.inject({
      url: '/api/nowhere',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(404);
  });

  it('/?token= sets an HttpOnly SameSite=Strict cookie and drops the token from the URL', async () => {
    const res = await app.inject({ url: `/some/view?x=1&token=${TOKEN}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/some/view?x=1');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^cg_token=.+; Path=\/; HttpOnly; SameSite=Strict/);
    const jar = cookie.split(';')[0] as string;
    const after = await app.inject({ url: '/api/nowhere', headers: { cookie: `a=b; ${jar}` } });
    expect(after.statusCode).toBe(404);
    const wrong = await app.inject({ url: '/?token=not-the-token-at-all' });
    expect(wrong.statusCode).toBe(401);
  });
});

describe('answers', () => {
  it('carry CSP, nosniff, no framing and no referrer, errors included', async () => {
    const app = await buildApp({ db, config: config() });
    try {
      for (const url of ['/api/nowhere', '/']) {
        const res = await app.inject({ url });
        expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
        expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['x-frame-options']).toBe('DENY');
      }
    } finally {
      await app.close();
    }
  });

  it('health tells the network only "degraded", this machine the reason too', async () => {
    const app = await buildApp({ db, config: config() });
    try {
      const remote = await app.inject({ url: '/api/health', remoteAddress: '10.1.2.3' });
      expect(remote.statusCode).toBe(503);
      expect(remote.json()).toEqual({ status: 'degraded' });
      const local = await app.inject({ url: '/api/health' });
      expect(local.json()).toMatchObject({
        status: 'degraded',
        neo4j: { error: expect.any(String) },
      });
    } finally {
      await app.close();
    }
  });

  it('neutralise bidi controls without moving offsets', () => {
    const spoof = 'Kim\u202Egnp.exe \u2066x\u2069 \u200Ey\u200F';
    const clean = neutraliseBidi(spoof);
    expect(clean).toBe('Kim\uFFFDgnp.exe \uFFFDx\uFFFD \uFFFDy\uFFFD');
    expect(clean.length).toBe(spoof.length);
  });
});

describe('redaction', () => {
  it('takes credentials out of URIs and tokens out of query strings', () => {
    expect(redactUri('bolt://alice:s3cret@db.example:7687')).toBe('bolt://db.example:7687');
    const line = redactSecrets(
      'cannot reach neo4j+s://alice:s3cret@db:7687 (GET /?x=1&token=abcdef0123456789xyz)',
    );
    expect(line).not.toMatch(/s3cret|alice|abcdef/);
    expect(line).toMatch(/neo4j\+s:\/\/\*\*\*@db:7687/);
  });
});
