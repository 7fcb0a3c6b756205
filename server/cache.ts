/**
 * Answers that only change when documents are loaded or deleted (the first view, the documents
 * list, the lens, an entity's panel), kept as serialised JSON and keyed by the ingest version
 * stored in Neo4j (cypher/api/ingestVersion.cypher). Every request still asks Neo4j for the
 * version (count-store reads, sub-millisecond), so two server replicas over one database never
 * serve an answer from before the other's ingest; concurrent requests share that one read.
 * Large answers are also kept gzipped: compressed once per version, not once per request.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/connect';
import { queryRow } from './db';
import { CACHE_KEY_HEADER, isPrewarmRequest } from './prewarmRequest';
import { requestTimeLeft, withinRequestDeadline } from './requestDeadline';
import { IngestVersionRow } from './rows';

export interface CacheOptions {
  /** Total size of the kept answers, in bytes of JSON: the oldest go first beyond it. */
  maxBytes?: number;
}

/** An answer as sent: its JSON and, when worth it, the same bytes gzipped, and its cache key. */
export interface Answer {
  key: string;
  json: string;
  gzip: Buffer | null;
}

interface Entry {
  version: string;
  answer: Promise<Answer>;
  /** The answer once computed (what the first view's snapshot persists). */
  settled?: Answer;
  bytes: number;
}

// Below this, compressing saves less than it costs the client to inflate.
const GZIP_FROM = 4096;

function fromJson(key: string, json: string): Answer {
  return { key, json, gzip: json.length >= GZIP_FROM ? gzipSync(json, { level: 6 }) : null };
}

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private pendingVersion: Promise<string> | null = null;
  private held: Promise<unknown> = Promise.resolve();
  private readonly maxBytes: number;
  /** Lookups answered from a kept (or in-flight) answer, and those that started a computation. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    private readonly db: Database,
    options: CacheOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  /** The current ingest version; requests arriving while one read is in flight share it. */
  version(): Promise<string> {
    if (!this.pendingVersion) {
      this.pendingVersion = queryRow(this.db, 'api/ingestVersion', IngestVersionRow)
        .then((row) => JSON.stringify(row ?? {}))
        .finally(() => {
          this.pendingVersion = null;
        });
    }
    return this.pendingVersion;
  }

  /**
   * `compute()`'s answer for this key at the current version: computed once per version
   * however many requests ask at the same time; a failure is not kept. The shared computation
   * runs under the deadline of the request that started it: when that deadline passes, a
   * request that joined it computes once more under its own deadline instead of failing too.
   */
  async get(key: string, compute: () => Promise<unknown>, joinedExpired = false): Promise<Answer> {
    await withinRequestDeadline(this.held, 'waiting for the stored first view to be read');
    const version = await withinRequestDeadline(this.version(), 'reading the ingest version');
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.stats.hits++;
      // Most recently used last: eviction takes the first entries of the Map.
      this.entries.delete(key);
      this.entries.set(key, hit);
      if (joinedExpired) return withinRequestDeadline(hit.answer, 'computing the answer');
      // The computation joined may be the pre-warm's, under a longer deadline than this request.
      return withinRequestDeadline(hit.answer, 'waiting for the same answer being computed').catch(
        (error: unknown) => {
          if (
            error instanceof Error &&
            error.name === 'DeadlineError' &&
            (requestTimeLeft() ?? 1) > 0
          )
            return this.get(key, compute, true);
          throw error;
        },
      );
    }
    if (hit) this.drop(key, hit);
    this.stats.misses++;
    const answer = compute().then((value) => fromJson(key, JSON.stringify(value)));
    const entry: Entry = { version, answer, bytes: 0 };
    this.entries.set(key, entry);
    entry.answer.then(
      (settled) => this.settle(key, entry, settled),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.answer;
  }

  /**
   * Lookups wait until `loading` settles (the persisted first view being read at start), so a
   * request arriving meanwhile is answered from it instead of starting the same computation.
   */
  holdWhile(loading: Promise<unknown>): void {
    this.held = loading.catch(() => undefined);
  }

  /**
   * Answers computed elsewhere for `version` (the persisted first view, server/snapshot/), kept
   * as if computed here; a key this cache already holds at that version keeps its own answer.
   * Returns the keys taken.
   */
  restore(version: string, answers: { key: string; json: string }[]): string[] {
    const taken: string[] = [];
    for (const { key, json } of answers) {
      const hit = this.entries.get(key);
      if (hit?.version === version) continue;
      if (hit) this.drop(key, hit);
      const settled = fromJson(key, json);
      const entry: Entry = { version, answer: Promise.resolve(settled), bytes: 0 };
      this.entries.set(key, entry);
      this.settle(key, entry, settled);
      taken.push(key);
    }
    return taken;
  }

  /** The computed answer kept for `key` at `version`, if any (none while still computing). */
  kept(key: string, version: string): Answer | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry.settled : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  private settle(key: string, entry: Entry, answer: Answer): void {
    if (this.entries.get(key) !== entry) return;
    entry.settled = answer;
    entry.bytes = answer.json.length + (answer.gzip?.length ?? 0);
    this.bytes += entry.bytes;
    this.evict();
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) return;
      this.drop(key, entry);
    }
  }
}

// One cache per database handle: route modules share it without an app-wide decoration.
const caches = new WeakMap<Database, AnswerCache>();

export function cacheFor(db: Database): AnswerCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new AnswerCache(db);
    caches.set(db, cache);
  }
  return cache;
}

/** Sends an answer as is: gzipped when the client accepts it, else the JSON text. */
export function sendAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: Answer,
): FastifyReply {
  void reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  // Only the pre-warm learns the key: it persists the first view's answers under their keys.
  if (isPrewarmRequest(request))
    void reply.header(CACHE_KEY_HEADER, encodeURIComponent(answer.key));
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (answer.gzip && /\bgzip\b/.test(accepts)) {
    return reply.header('content-encoding', 'gzip').send(answer.gzip);
  }
  return reply.send(answer.json);
}

/** A cache key from a route name and its parsed query: same query, same key. */
export function cacheKey(route: string, query: object): string {
  return `${route}?${JSON.stringify(query)}`;
}
