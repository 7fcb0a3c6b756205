/**
 * API overhead: p50 / p95 latency of each endpoint over HTTP against the raw neo4j-driver
 * queries it wraps (the same `cypher/api` files with the same parameters), measured
 * interleaved in one run so both see the same machine load.
 */

import { loadConfig } from '../db/config';
import type { Database } from '../db/connect';
import { buildApp } from '../server/app';
import { readQuery } from '../server/db';
import { toLuceneQuery } from '../server/routes/search';
import { percentile, round } from './measure';

interface Case {
  name: string;
  path: string;
  raw: () => Promise<unknown>;
}

export interface ApiBenchRow {
  endpoint: string;
  apiP50Ms: number;
  apiP95Ms: number;
  rawP50Ms: number;
  rawP95Ms: number;
  /** API p50 / raw p50. */
  ratioP50: number;
  ratioP95: number;
}

function cases(db: Database, focus: string): Case[] {
  const graphParams = { types: [], docs: [], stances: [], limit: 2000 };
  // As the route sends them, the time filter off (ranged: false).
  const connection = {
    id: focus,
    types: ['Topic', 'Program', 'Region'],
    offset: 0,
    limit: 100,
    evidence: 5,
    perVia: 2_000,
    ranged: false,
    from: '0000-01-01',
    to: '9999-12-31',
  };
  return [
    {
      name: '/api/graph',
      path: '/api/graph',
      raw: async () => {
        const rows = (await readQuery(db, 'api/graph', graphParams)) as {
          actors: { id: string }[];
          links: { entity: { id: string } }[];
        }[];
        const ids = [
          ...new Set(
            rows.flatMap((r) => [...r.actors.map((a) => a.id), ...r.links.map((l) => l.entity.id)]),
          ),
        ];
        return readQuery(db, 'api/graphRelations', { ids });
      },
    },
    {
      name: '/api/connections/:id',
      path: `/api/connections/${encodeURIComponent(focus)}?types=Topic,Program,Region&hops=2`,
      raw: async () => {
        await readQuery(db, 'api/entityRefs', { ids: [focus] });
        const direct = await readQuery(db, 'api/connectionsDirect', connection);
        // As the route: two-hop entities only fill what the direct ones leave of the limit.
        const room = connection.limit - direct.length;
        if (room <= 0) return direct;
        return readQuery(db, 'api/connectionsTwoHop', { ...connection, limit: room, viaLimit: 25 });
      },
    },
    {
      name: '/api/search',
      path: '/api/search?q=north%20korea',
      raw: () => readQuery(db, 'api/search', { query: toLuceneQuery('north korea'), limit: 30 }),
    },
  ];
}

async function sample(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function runApiBench(
  db: Database,
  focus = 'country:prk',
  iterations = 60,
): Promise<ApiBenchRow[]> {
  const app = await buildApp({ db, config: { ...loadConfig({}), LOG_LEVEL: 'silent' } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const rows: ApiBenchRow[] = [];
  try {
    for (const c of cases(db, focus)) {
      const http = async () => {
        const response = await fetch(base + c.path);
        if (!response.ok) throw new Error(`bench: ${c.path} answered ${response.status}`);
        // Time to the last byte, as a load tool measures: parsing is the client's cost.
        return response.arrayBuffer();
      };
      for (let i = 0; i < 5; i++) await Promise.all([http(), c.raw()]); // warm plans and JIT
      const api: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < iterations; i++) {
        api.push(await sample(http));
        raw.push(await sample(c.raw));
      }
      const [a50, a95, r50, r95] = [
        percentile(api, 50),
        percentile(api, 95),
        percentile(raw, 50),
        percentile(raw, 95),
      ];
      rows.push({
        endpoint: c.name,
        apiP50Ms: round(a50),
        apiP95Ms: round(a95),
        rawP50Ms: round(r50),
        rawP95Ms: round(r95),
        ratioP50: round(a50 / r50),
        ratioP95: round(a95 / r95),
      });
    }
  } finally {
    await app.close();
  }
  return rows;
}
