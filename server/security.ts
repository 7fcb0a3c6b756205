/**
 * What keeps the server safe when it is reachable from elsewhere (see README "Security model"):
 *
 * - a Host allow-list (421 otherwise): loopback names, HOST itself, the machine's own addresses
 *   when HOST is a wildcard, and ALLOWED_HOSTS — a page on evil.example that re-binds its DNS
 *   name to this machine cannot read the API;
 * - the access token, when ACCESS_TOKEN is set (config refuses a non-loopback HOST without one):
 *   `Authorization: Bearer <token>`, or the HttpOnly SameSite=Strict cookie that opening
 *   `/?token=<token>` sets before redirecting to the same page without the token — so the browser
 *   app works unchanged and the token leaves the address bar, history and Referer at once;
 * - security headers on every answer: a CSP without inline scripts or eval, nosniff, no framing,
 *   no referrer.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Config, isLoopbackHost } from '../db/config';
import { HttpError } from './errors';

const TOKEN_COOKIE = 'cg_token';

// CodeMirror and sigma set styles from script (style-src 'unsafe-inline' covers style
// attributes); the ForceAtlas2 worker may start from a blob: URL; PNG export draws to data: URLs.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** Host names (no port, lower case) the server answers to. */
export function allowedHosts(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '::1']);
  const bound = config.HOST.toLowerCase().replace(/^\[|\]$/g, '');
  if (WILDCARDS.has(bound)) {
    hosts.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces()))
      for (const address of list ?? []) hosts.add(address.address.toLowerCase());
  } else hosts.add(bound);
  for (const extra of config.ALLOWED_HOSTS.split(','))
    if (extra.trim()) hosts.add(extra.trim().toLowerCase());
  return hosts;
}

/** The Host header's name without its port; `[::1]:5173` → `::1`. */
export function hostName(header: string | undefined): string {
  const value = (header ?? '').trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'));
  const colon = value.lastIndexOf(':');
  return colon >= 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison (hashes first, so unequal lengths leak nothing either). */
function tokenMatches(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

function requestToken(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return readCookie(request.headers.cookie, TOKEN_COOKIE);
}

/** `/?token=` with the right token: the cookie is set and the page reloads without it. */
function tokenRedirect(request: FastifyRequest, reply: FastifyReply, token: string) {
  const url = new URL(request.url, 'http://localhost');
  const offered = url.searchParams.get('token');
  if (offered === null || request.method !== 'GET' || url.pathname.startsWith('/api/'))
    return undefined;
  if (!tokenMatches(offered, token)) return undefined;
  url.searchParams.delete('token');
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return reply
    .header('set-cookie', `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure}`)
    .redirect(`${url.pathname}${url.search}`, 303);
}

export function registerSecurity(app: FastifyInstance, config: Config): void {
  const hosts = allowedHosts(config);
  const token = config.ACCESS_TOKEN;
  app.addHook('onRequest', async (request, reply) => {
    for (const [name, value] of Object.entries(HEADERS)) void reply.header(name, value);
    const host = hostName(request.headers.host);
    if (!hosts.has(host))
      throw new HttpError(
        421,
        'host_not_allowed',
        `this server does not answer to the host name "${host.slice(0, 100)}"; add it to ALLOWED_HOSTS if it is really this server`,
      );
    if (!token || tokenMatches(requestToken(request), token)) return;
    const redirected = tokenRedirect(request, reply, token);
    if (redirected) return redirected;
    throw new HttpError(
      401,
      'unauthorized',
      'this server needs its access token: send "Authorization: Bearer <token>", or open /?token=<token> once in the browser',
    );
  });
}

/** Whether the request comes from this machine (versions and details are shown only then). */
export function isLocalRequest(request: FastifyRequest): boolean {
  return (
    isLoopbackHost(request.ip.replace(/^::ffff:/, '')) &&
    isLoopbackHost(hostName(request.headers.host))
  );
}
