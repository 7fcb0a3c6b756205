/**
 * Statements over time on the real sample corpus (data/corpus through the real ingest): the
 * 2021-04-02 trilateral NSA statement against the 2025-09-22 New York statement, and the DPRK's
 * timeline checked against what the extractor itself reported for every document.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRef } from '../../contract/api';
import type { Extraction } from '../../contract/extraction';
import type { CompareResponse, TimelineResponse } from '../../contract/positions';
import type { Database } from '../../db/connect';
import { extractSequentially, ingestFiles } from '../../ingest/ingestFiles';
import { listDocumentFiles } from '../../ingest/listFiles';
import { loadDocument } from '../../ingest/load/loadBatch';
import { buildApp } from '../../server/app';
import { resetDatabase, testConfig, testDatabase } from '../support/database';
import { buildExtraction } from './api-fixture';

const CORPUS = new URL('../../data/corpus', import.meta.url).pathname;
const DPRK = 'country:prk';
const DPRK_WORDS = /DPRK|North Korea|Democratic People's Republic of Korea/;
let db: Database;
let app: FastifyInstance;
const extractions: Extraction[] = [];

/** A series of three statements by the same two parties; the third does not name fisheries. */
function seriesFixture(n: number, sentence: string): Extraction {
  const parties = ['country:fra', 'country:deu'];
  return buildExtraction({
    id: `doc:2030-01-0${n}-series-${n}`,
    title: `Franco-German statement ${n}`,
    date: `2030-01-0${n}`,
    sentences: [sentence],
    entities: [
      { id: 'country:fra', type: 'Country', name: 'France', aliases: [] },
      { id: 'country:deu', type: 'Country', name: 'Germany', aliases: [] },
      { id: 'topic:fisheries', type: 'Topic', name: 'fisheries', aliases: [] },
      { id: 'topic:energy', type: 'Topic', name: 'energy', aliases: [] },
    ],
    commitments: [
      {
        sentence: 0,
        stance: 'commit',
        trigger: 'committed to',
        actors: parties,
        about: ['topic:energy'],
      },
    ],
    relations: parties.map((from) => ({
      type: 'SIGNED' as const,
      from,
      to: `doc:2030-01-0${n}-series-${n}`,
    })),
  });
}
const SERIES = [
  seriesFixture(1, 'France and Germany committed to energy and fisheries cooperation.'),
  seriesFixture(2, 'France and Germany committed to energy security and to fisheries.'),
  seriesFixture(3, 'France and Germany committed to energy.'),
];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const outcomes = await ingestFiles(db, listDocumentFiles([CORPUS]), {
    extractFn: async (paths) => {
      const out = await extractSequentially(paths);
      for (const x of out) if (!(x instanceof Error)) extractions.push(x);
      return out;
    },
  });
  for (const o of outcomes) if (o.error) throw o.error;
  for (const x of SERIES) await loadDocument(db, x);
  app = await buildApp({ db, config: testConfig() });
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

async function trilateral(date: string): Promise<DocumentRef> {
  const { items } = await get<{ items: { document: DocumentRef }[] }>(
    `/api/documents?q=${date}&limit=50`,
  );
  const doc = items
    .map((d) => d.document)
    .find((d) => d.date === date && /trilateral/i.test(d.title));
  if (!doc) throw new Error(`no trilateral statement dated ${date} in data/corpus`);
  return doc;
}

describe('compare 2021-04-02 with 2025-09-22', () => {
  let body: CompareResponse;
  let a: DocumentRef;
  let b: DocumentRef;
  beforeAll(async () => {
    [a, b] = [await trilateral('2021-04-02'), await trilateral('2025-09-22')];
    body = await get<CompareResponse>(
      `/api/compare?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`,
    );
  });

  it('lists DPRK denuclearization as restated, with the sentence of each side', () => {
    const denuclearization = body.restated.items.filter((p) => p.about.name === 'denuclearization');
    expect(denuclearization.length).toBeGreaterThan(0);
    for (const p of denuclearization) {
      expect(p.countries.map((c) => c.id)).toEqual(['country:jpn', 'country:kor', 'country:usa']);
      expect(p.a.length).toBeGreaterThan(0);
      expect(p.b.length).toBeGreaterThan(0);
      for (const s of p.a) expect(s.document.id).toBe(a.id);
      for (const s of p.b) expect(s.document.id).toBe(b.id);
      for (const s of [...p.a, ...p.b]) {
        expect(s.sentence.text).toMatch(/denucleari[sz]ation/);
        expect(s.sentence.text).toMatch(DPRK_WORDS);
      }
    }
  });

  it('lists at least three new topics, each with its sentence in the later statement', () => {
    expect(body.topics.appeared.total).toBeGreaterThanOrEqual(3);
    const newTopics = body.new.items.filter((p) => p.about.type === 'Topic');
    expect(newTopics.length).toBeGreaterThanOrEqual(3);
    for (const p of newTopics) {
      expect(p.a).toEqual([]);
      expect(p.b[0]?.document.id).toBe(b.id);
      expect(p.b[0]?.sentence.text.length).toBeGreaterThan(20);
    }
    for (const t of body.topics.appeared.items) {
      expect(t.statements[0]?.document.id).toBe(b.id);
      // A topic that appears was not what any commitment of the earlier statement was about.
      expect(body.restated.items.some((p) => p.about.id === t.entity.id)).toBe(false);
    }
  });

  it('lists dropped positions with the earlier sentence only, and caps every list', async () => {
    expect(body.dropped.total).toBeGreaterThan(0);
    for (const p of body.dropped.items) {
      expect(p.b).toEqual([]);
      expect(p.a[0]?.document.id).toBe(a.id);
    }
    const capped = await get<CompareResponse>(
      `/api/compare?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}&limit=2`,
    );
    expect(capped.new.items).toHaveLength(2);
    expect(capped.new.total).toBe(body.new.total);
  });

  it('answers 404 for an unknown document and 400 for one on both sides', async () => {
    const missing = await get<{ error: { message: string } }>(
      `/api/compare?a=${encodeURIComponent(a.id)}&b=doc:nope`,
      404,
    );
    expect(missing.error.message).toContain('doc:nope');
    const both = await get<{ error: { message: string } }>(
      `/api/compare?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(a.id)}`,
      400,
    );
    expect(both.error.message).toContain('both sides');
    await get('/api/compare?a=', 400);
  });
});

describe('the DPRK timeline', () => {
  let body: TimelineResponse;
  beforeAll(async () => {
    body = await get<TimelineResponse>(`/api/timeline/${DPRK}?limit=2000`);
  });

  // One document may come from two files (the same statement as .txt and .md): the graph holds
  // one of their extractions, so a document matches when any of its extractions does.
  const byDocument = () => {
    const docs = new Map<string, Extraction[]>();
    for (const x of extractions) {
      const id = x.documents[0]?.id ?? '';
      docs.set(id, [...(docs.get(id) ?? []), x]);
    }
    return docs;
  };
  const undatedLast = (date: string | null) => date ?? '9999';

  it('names every corpus document that names the DPRK, oldest first', () => {
    const expected = [...byDocument()]
      .filter(([, xs]) => xs.some((x) => x.mentions.some((m) => m.entityId === DPRK)))
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(body.documents.map((d) => d.id).sort()).toEqual(expected);
    const dates = body.documents.map((d) => undatedLast(d.date));
    expect(dates).toEqual([...dates].sort());
  });

  it('lists the commitments of every document that has one involving the DPRK, in date order', () => {
    const involving = (x: Extraction) => {
      const naming = new Set(
        x.mentions.filter((m) => m.entityId === DPRK).map((m) => m.sentenceId),
      );
      return x.commitments
        .filter(
          (c) =>
            [...c.actors, ...c.about, ...c.targets, ...(c.implicitAbout ?? [])].includes(DPRK) ||
            naming.has(c.sentenceId),
        )
        .map((c) => c.id)
        .sort();
    };
    for (const [id, xs] of byDocument()) {
      const listed = body.entries.items
        .filter((e) => e.document.id === id)
        .map((e) => e.commitmentId)
        .sort();
      expect(xs.map(involving), id).toContainEqual(listed);
      const doc = body.documents.find((d) => d.id === id);
      // A document naming the DPRK without any commitment on it shows the sentence instead.
      if (doc && listed.length === 0) expect(doc.mention?.sentence.text).toMatch(DPRK_WORDS);
    }
    const dates = body.entries.items.map((e) => undatedLast(e.document.date));
    expect(dates).toEqual([...dates].sort());
    expect(body.entries.total).toBe(body.entries.items.length);
  });

  it('marks each entry within its position, with the first-stated date', () => {
    for (const e of body.entries.items) {
      const same = body.entries.items.filter((x) => x.position.key === e.position.key);
      const first = same.map((x) => x.document.date ?? '').sort()[0];
      expect(e.firstStated, e.position.key).toBe(first);
      const docs = [...new Set(same.map((x) => x.document.id))];
      if (docs.length === 1) expect(e.mark).toBe('only');
      else if (e.document.date === first) expect(e.mark).toBe('first');
      else expect(['restated', 'last']).toContain(e.mark);
    }
    expect(body.entries.items.some((e) => e.mark === 'first' || e.mark === 'only')).toBe(true);
    // The trilateral commitment on the DPRK (denuclearization) dates back to 2021-04-02 at least.
    const trilateral = body.positions.items.find(
      (p) => p.key === `country:jpn+country:kor+country:usa|commit|${DPRK}`,
    );
    expect(trilateral?.firstStated ?? '9999').toMatch(/^\d{4}-\d\d-\d\d$/);
    expect((trilateral?.firstStated ?? '9999') <= '2021-04-02').toBe(true);
  });

  it('pages its entries and answers 404 for an unknown entity', async () => {
    const page = await get<TimelineResponse>(`/api/timeline/${DPRK}?limit=2&offset=1`);
    expect(page.entries.items.map((e) => e.commitmentId)).toEqual(
      body.entries.items.slice(1, 3).map((e) => e.commitmentId),
    );
    await get('/api/timeline/country:nowhere', 404);
    await get(`/api/timeline/${DPRK}?limit=0`, 400);
  });
});

describe('absence in a series', () => {
  const [first, , third] = SERIES.map((x) => x.documents[0]?.id ?? '');

  it('flags an entity most statements by the same parties name but this one does not', async () => {
    const body = await get<CompareResponse>(`/api/compare?a=${first}&b=${third}`);
    expect(body.absences.map((x) => [x.entity.id, x.document.id, x.namedIn, x.seriesSize])).toEqual(
      [['topic:fisheries', third, 2, 3]],
    );
    // The parties themselves are never flagged, and a shorter series than asked flags nothing.
    const strict = await get<CompareResponse>(`/api/compare?a=${first}&b=${third}&minSeries=4`);
    expect(strict.absences).toEqual([]);
  });
});
