/**
 * GET /api/search?q=&limit=: entities by name or alias through the `entity_names` full-text
 * index. User input never reaches Lucene's syntax: every term is escaped, then searched as a
 * word, a prefix (typing "North Kor") and, for longer terms, a fuzzy match (typos). Fuzzy
 * matching costs Lucene tens of milliseconds, so answers are cached per ingest version.
 */
import { z } from 'zod';
import type { SearchHit, SearchResponse } from '../../contract/api';
import { cacheFor, cacheKey, sendAnswer } from '../cache';
import { queryRows } from '../db';
import { defineRoute } from '../http/route';
import { SearchHitRow } from '../rows';

const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q is required').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

// Lucene's query syntax: these characters (and && ||) mean something unless escaped.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|<>=]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Splits on whitespace and on separators the index's analyser also splits on. */
export function searchTerms(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[\s,;()[\]{}"]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * Every term must match (as itself, a prefix, or fuzzily); the whole phrase is boosted so an
 * exact name or alias ranks first. Lower-cased, so AND/OR/NOT typed by a user are plain words.
 */
export function toLuceneQuery(q: string): string | undefined {
  const terms = searchTerms(q);
  if (terms.length === 0) return undefined;
  const clauses = terms.map((t) => {
    const e = escapeLucene(t);
    const fuzzy = t.length >= 4 ? ` OR ${e}~1` : '';
    return `+(${e}^2 OR ${e}*${fuzzy})`;
  });
  const phrase = `"${terms.map(escapeLucene).join(' ')}"^4`;
  return `(${clauses.join(' ')}) OR (${phrase})`;
}

/** Exact name or alias first, then names/aliases starting with the query, then Lucene's score. */
export function rankHits(q: string, hits: SearchHit[]): SearchHit[] {
  const needle = q.trim().toLowerCase();
  const tier = (h: SearchHit) => {
    const names = [h.name, ...h.aliases].map((n) => n.toLowerCase());
    if (names.includes(needle)) return 0;
    if (names.some((n) => n.startsWith(needle))) return 1;
    return 2;
  };
  return hits
    .map((h, i) => ({ h, i, t: tier(h) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.h);
}

export const searchRoute = defineRoute({
  method: 'GET',
  url: '/search',
  name: 'search',
  query: SearchQuery,
  async handler({ query: { q, limit } }, request, reply) {
    const app = request.server;
    const answer = await cacheFor(app.db).get(
      cacheKey('search', { q, limit }),
      async (): Promise<SearchResponse> => {
        const query = toLuceneQuery(q);
        if (!query) return { query: q, results: [] };
        // Ask for more than shown: the re-ranking may lift an exact alias from further down.
        const rows = await queryRows(app.db, 'api/search', SearchHitRow, {
          query,
          limit: limit * 3,
        });
        return { query: q, results: rankHits(q, rows).slice(0, limit) };
      },
    );
    return sendAnswer(request, reply, answer);
  },
});
