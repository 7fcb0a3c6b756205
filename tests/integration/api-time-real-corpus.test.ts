/**
 * Statements over time on the real corpus: the 125 White House statements of data/corpus-wh-dprk
 * plus the 2025-09-22 New York statement of data/corpus, through the real ingest. The DPRK lens's
 * time filter keeps only the commitments of documents in range, in counts and evidence, checked
 * against what the extractor itself reported; the "since the last trilateral statement" preset
 * picks its document by the rule of data/rules/lens-anchors.json; 2021-04-02 compared with
 * 2025-09-22; the DPRK timeline over every statement.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionsResponse, DocumentRef } from '../../contract/api';
import type { Extraction } from '../../contract/extraction';
import type { CompareResponse, TimelineEntry, TimelineResponse } from '../../contract/positions';
import type { Database } from '../../db/connect';
import { extractSequentially, ingestFiles } from '../../ingest/ingestFiles';
import { listDocumentFiles } from '../../ingest/listFiles';
import { buildApp } from '../../server/app';
import { LENS_ANCHORS } from '../../server/lens/anchors';
import { resetDatabase, testConfig, testDatabase } from '../support/database';

const CORPUS = new URL('../../data/corpus-wh-dprk', import.meta.url).pathname;
// The New York statement is not a White House release; the 2021-04-02 one is in both folders.
const NEW_YORK = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
const DPRK = 'country:prk';
const DPRK_WORDS = /DPRK|North Korea|Democratic People's Republic of Korea/;
let db: Database;
let app: FastifyInstance;
const extractions: Extraction[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const outcomes = await ingestFiles(db, listDocumentFiles([CORPUS, NEW_YORK]), {
    extractFn: async (paths) => {
      const out = await extractSequentially(paths);
      for (const x of out) if (!(x instanceof Error)) extractions.push(x);
      return out;
    },
  });
  for (const o of outcomes) if (o.error) throw o.error;
  // 126 statements on a shared 2-core machine: a deadline is not what this file tests.
  app = await buildApp({ db, config: testConfig({ API_TIMEOUT_MS: 120_000 }) });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const get = async <T>(url: string, status = 200): Promise<T> => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return res.json<T>();
};
/** For the tests that read the whole lens or a set of 57 statements: minutes on a loaded machine. */
const HEAVY = 240_000;
const lens = (query: string) =>
  get<ConnectionsResponse>(`/api/connections/${DPRK}?hops=1&limit=500&evidence=20${query}`);
const dateOf = (x: Extraction) => x.documents[0]?.date ?? null;
const evidenceDates = (body: ConnectionsResponse) =>
  body.connections.flatMap((c) => c.evidence.map((e) => e.document.date));

/** Per entity, the commitments the extractor reported linking it to the DPRK, in range. */
function expectedCounts(inRange: (date: string | null) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of extractions) {
    if (!inRange(dateOf(x))) continue;
    for (const c of x.commitments) {
      const linked = new Set([...c.actors, ...c.about, ...c.targets, ...(c.implicitAbout ?? [])]);
      if (!linked.has(DPRK)) continue;
      for (const id of linked) if (id !== DPRK) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

const countsOf = (body: ConnectionsResponse) =>
  new Map(body.connections.map((c) => [c.entity.id, c.commitments]));

describe('the DPRK lens over a date range', () => {
  it('reads one document per statement (the rest of this file relies on it)', () => {
    const ids = extractions.map((x) => x.documents[0]?.id);
    expect(ids.length).toBeGreaterThanOrEqual(126);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it(
    'shows the 2021-04-02 evidence without a range, and drops it with one excluding 2021',
    async () => {
      const all = await lens('');
      expect(all.range).toEqual({ from: null, to: null, since: null });
      expect(evidenceDates(all)).toContain('2021-04-02');
      expect(countsOf(all)).toEqual(expectedCounts(() => true));

      const ranged = await lens('&from=2022-01-01');
      expect(ranged.range).toEqual({ from: '2022-01-01', to: null, since: null });
      const dates = evidenceDates(ranged);
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date && date >= '2022-01-01').toBe(true);
      expect(countsOf(ranged)).toEqual(expectedCounts((d) => d !== null && d >= '2022-01-01'));
      expect(ranged.totals.direct).toBeLessThan(all.totals.direct);
    },
    HEAVY,
  );

  it(
    'keeps both ends inclusive, and two-hop candidates within the range too',
    async () => {
      const year = await get<ConnectionsResponse>(
        `/api/connections/${DPRK}?hops=2&limit=500&from=2023-01-01&to=2023-12-31`,
      );
      expect(year.range).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
      const direct = year.connections.filter((c) => c.hops === 1);
      expect(countsOf({ ...year, connections: direct })).toEqual(
        expectedCounts((d) => d !== null && d >= '2023-01-01' && d <= '2023-12-31'),
      );
      expect(year.totals.twoHop).toBeGreaterThan(0);
      for (const date of evidenceDates(year)) expect(date?.startsWith('2023-')).toBe(true);
    },
    HEAVY,
  );

  it('refuses a range that cannot hold, saying what to do', async () => {
    const backwards = await get<{ error: { code: string; message: string } }>(
      `/api/connections/${DPRK}?from=2024-01-01&to=2023-01-01`,
      400,
    );
    expect(backwards.error.code).toBe('invalid_range');
    expect(backwards.error.message).toMatch(/from \(2024-01-01\) is after to \(2023-01-01\)/);
    const notADay = await get<{ error: { message: string } }>(
      `/api/connections/${DPRK}?from=2023-02-30`,
      400,
    );
    expect(notADay.error.message).toMatch(/from: not a calendar date/);
    await get(`/api/connections/${DPRK}?to=yesterday`, 400);
    await get(`/api/connections/${DPRK}?since=nobody`, 400);
    const both = await get<{ error: { code: string } }>(
      `/api/connections/${DPRK}?since=trilateral&from=2022-01-01`,
      400,
    );
    expect(both.error.code).toBe('invalid_range');
  });
});

describe('"since the last trilateral statement"', () => {
  const rule = LENS_ANCHORS.find((a) => a.id === 'trilateral');
  /** The rule, computed from the extractions: latest dated document signed by exactly them. */
  const latest = (to: string | null) => {
    const wanted = [...(rule?.signatories ?? [])].sort().join(',');
    return extractions
      .filter((x) => {
        const date = dateOf(x);
        const signed = x.relations.filter((r) => r.type === 'SIGNED').map((r) => r.from);
        return date && (!to || date <= to) && [...new Set(signed)].sort().join(',') === wanted;
      })
      .map((x) => ({ id: x.documents[0]?.id ?? '', date: dateOf(x) ?? '' }))
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0];
  };

  it('starts at the latest document its rule picks, and lists the presets', async () => {
    const expected = latest(null);
    expect(expected).toBeDefined();
    const body = await lens('&since=trilateral');
    expect(body.anchors.map((a) => a.id)).toEqual(LENS_ANCHORS.map((a) => a.id));
    expect(body.range.since?.document.id).toBe(expected?.id);
    expect(body.range.from).toBe(expected?.date);
    for (const date of evidenceDates(body))
      expect(date && date >= (expected?.date ?? '')).toBe(true);
    expect(countsOf(body)).toEqual(
      expectedCounts((d) => d !== null && d >= (expected?.date ?? '')),
    );
  });

  it('picks an earlier statement when the range ends before the latest one', async () => {
    const expected = latest('2022-12-31');
    expect(expected).toBeDefined();
    expect(expected?.id).not.toBe(latest(null)?.id);
    const body = await lens('&since=trilateral&to=2022-12-31');
    expect(body.range.since?.document.id).toBe(expected?.id);
    expect(body.range).toMatchObject({ from: expected?.date, to: '2022-12-31' });
  });

  it('answers 404 when no statement fits the rule', async () => {
    const body = await get<{ error: { message: string } }>(
      `/api/connections/${DPRK}?since=trilateral&to=2000-01-01`,
      404,
    );
    expect(body.error.message).toMatch(/choose another preset or a date range/);
  });
});

const docOf = (date: string, title: RegExp): DocumentRef => {
  const x = extractions.find((e) => dateOf(e) === date && title.test(e.documents[0]?.title ?? ''));
  const d = x?.documents[0];
  if (!d) throw new Error(`no statement dated ${date} matching ${title}`);
  return { id: d.id, title: d.title, date: d.date ?? null };
};

describe('compare 2021-04-02 with 2025-09-22 on the real corpus', () => {
  it('lists DPRK denuclearization as restated and at least three new topics, with sentences', async () => {
    const a = docOf('2021-04-02', /Trilateral National Security Advisors/i);
    const b = docOf('2025-09-22', /Trilateral/i);
    const body = await get<CompareResponse>(
      `/api/compare?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`,
    );
    const denuclearization = body.restated.items.filter((p) => p.about.name === 'denuclearization');
    expect(denuclearization.length).toBeGreaterThan(0);
    for (const p of denuclearization) {
      expect(p.a[0]?.document.id).toBe(a.id);
      expect(p.b[0]?.document.id).toBe(b.id);
      for (const s of [...p.a, ...p.b]) {
        expect(s.sentence.text).toMatch(/denucleari[sz]ation/);
        expect(s.sentence.text).toMatch(DPRK_WORDS);
      }
    }
    const newTopics = body.new.items.filter((p) => p.about.type === 'Topic');
    expect(newTopics.length).toBeGreaterThanOrEqual(3);
    for (const p of newTopics) {
      expect(p.a).toEqual([]);
      expect(p.b[0]?.document.id).toBe(b.id);
      expect(p.b[0]?.sentence.text.length).toBeGreaterThan(20);
    }
    expect(body.topics.appeared.total).toBeGreaterThanOrEqual(3);
  });

  it(
    'compares two sets: the statements of 2021 with those of 2023',
    async () => {
      const of = (year: string) =>
        extractions.filter((x) => dateOf(x)?.startsWith(year)).map((x) => x.documents[0]?.id ?? '');
      const [a, b] = [of('2021'), of('2023')];
      expect(b.length).toBeGreaterThan(20);
      const body = await get<CompareResponse>(`/api/compare?a=${a.join(',')}&b=${b.join(',')}`);
      expect(body.a.map((d) => d.id).sort()).toEqual([...a].sort());
      expect(body.b.map((d) => d.id).sort()).toEqual([...b].sort());
      for (const p of body.restated.items) {
        for (const s of p.a) expect(s.document.date?.startsWith('2021')).toBe(true);
        for (const s of p.b) expect(s.document.date?.startsWith('2023')).toBe(true);
      }
      expect(body.restated.total).toBeGreaterThan(0);
      expect(body.new.total).toBeGreaterThan(0);
      expect(body.dropped.total).toBeGreaterThan(0);
    },
    HEAVY,
  );
});

describe('the DPRK timeline over every statement', () => {
  let body: TimelineResponse;
  const entries: TimelineEntry[] = [];
  beforeAll(async () => {
    body = await get<TimelineResponse>(`/api/timeline/${DPRK}?limit=2000`);
    entries.push(...body.entries.items);
    while (entries.length < body.entries.total) {
      const page = await get<TimelineResponse>(
        `/api/timeline/${DPRK}?limit=2000&offset=${entries.length}`,
      );
      if (!page.entries.items.length) break;
      entries.push(...page.entries.items);
    }
  });

  it('names every statement that names the DPRK, oldest first', () => {
    const naming = extractions
      .filter((x) => x.mentions.some((m) => m.entityId === DPRK))
      .map((x) => x.documents[0]?.id)
      .sort();
    expect(naming.length).toBeGreaterThan(100);
    expect(body.documents.map((d) => d.id).sort()).toEqual(naming);
    const dates = body.documents.map((d) => d.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it("lists each statement's commitments involving the DPRK, in date order, with first-stated dates", () => {
    expect(entries.length).toBe(body.entries.total);
    for (const x of extractions) {
      const id = x.documents[0]?.id;
      // Officials who represent the DPRK act for it (Kim Jong Un), as the timeline reads them.
      const forIt = new Set([
        DPRK,
        ...x.relations.filter((r) => r.type === 'REPRESENTS' && r.to === DPRK).map((r) => r.from),
      ]);
      const naming = new Set(
        x.mentions.filter((m) => m.entityId === DPRK).map((m) => m.sentenceId),
      );
      const expected = x.commitments
        .filter(
          (c) =>
            c.actors.some((a) => forIt.has(a)) ||
            [...c.about, ...c.targets, ...(c.implicitAbout ?? [])].includes(DPRK) ||
            naming.has(c.sentenceId),
        )
        .map((c) => c.id)
        .sort();
      const listed = entries
        .filter((e) => e.document.id === id)
        .map((e) => e.commitmentId)
        .sort();
      expect(listed, id).toEqual(expected);
    }
    const dates = entries.map((e) => e.document.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    for (const e of entries) {
      const first = entries
        .filter((x) => x.position.key === e.position.key)
        .map((x) => x.document.date ?? '')
        .sort()[0];
      expect(e.firstStated, e.position.key).toBe(first);
    }
  });
});
