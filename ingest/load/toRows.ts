/**
 * Turns documents' Extractions into the parameter rows of the load statements. Pure, so the
 * loader's shape is testable without a database. Several documents share one set of rows (one
 * transaction): every row carries its `docId`, and rows that touch shared entities and relations
 * are merged by id and sorted, so each hub is written at most once per batch and two loaders
 * take their locks in the same order.
 */
import type { Extraction } from '../../contract/extraction';

export interface LoadStep {
  /** `cypher/load/<file>.cypher` */
  file: string;
  rows: Record<string, unknown>[];
  /** The statement returns `linked`, which must equal the rows (else a concurrent delete won). */
  checked?: boolean;
}

export class LoadInputError extends Error {
  override name = 'LoadInputError';
}

/** Drops undefined values: the driver refuses them, and SET with null would erase a property. */
function defined<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** The key of an entity-to-entity relation, shared by its RelationSupport nodes. */
function relationKey(type: string, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}

function byKey<T>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function onlyDocument(extraction: Extraction): Extraction['documents'][number] {
  const [doc, ...others] = extraction.documents;
  if (!doc || others.length > 0) {
    throw new LoadInputError(
      `load: an extraction must hold exactly one document to load in one transaction, got ${extraction.documents.length}; extract files one by one.`,
    );
  }
  return doc;
}

/** Entities of every document, one row per id: aliases united, the last document's name wins. */
function entityRows(extractions: Extraction[]): Record<string, unknown>[] {
  const merged = new Map<string, { id: string; type: string; name: string; aliases: string[] }>();
  const attributes = new Map<string, Record<string, string>>();
  for (const e of extractions.flatMap((x) => x.entities)) {
    const seen = merged.get(e.id);
    const aliases = [...new Set([...(seen?.aliases ?? []), ...e.aliases])];
    merged.set(e.id, { id: e.id, type: e.type, name: e.name, aliases });
    attributes.set(e.id, { ...attributes.get(e.id), ...(e.attributes ?? {}) });
  }
  return byKey([...merged.values()], (e) => e.id).map((e) => ({
    ...e,
    attributes: attributes.get(e.id) ?? {},
  }));
}

/**
 * Only the document's own entities may be linked: a reference to an id missing from its
 * `entities` would otherwise link or not depending on whether another document created that
 * entity first (so the graph would depend on load order and batching). Such references are an
 * extraction bug; here they are dropped the same way every time.
 */
function ownEntities(extraction: Extraction): Set<string> {
  return new Set(extraction.entities.map((e) => e.id));
}

/** Entity ids picked from a commitment, deduplicated and limited to the document's own. */
function ownIds(ids: string[], own: Set<string>): string[] {
  return [...new Set(ids)].filter((id) => own.has(id));
}

/**
 * One row per sentence with its mentions nested: the statement creates the sentence and its
 * MENTIONS together, so no second lookup of each new sentence by id.
 */
function sentenceRows(x: Extraction): Record<string, unknown>[] {
  const own = ownEntities(x);
  const mentions = new Map<string, Record<string, unknown>[]>();
  for (const m of x.mentions) {
    if (!own.has(m.entityId)) continue;
    const list = mentions.get(m.sentenceId) ?? [];
    list.push({ entityId: m.entityId, start: m.start, end: m.end, text: m.text });
    mentions.set(m.sentenceId, list);
  }
  return x.sentences.map((sentence) => ({
    docId: sentence.docId,
    props: defined(sentence),
    mentions: mentions.get(sentence.id) ?? [],
  }));
}

/** One row per commitment with its actors, about (explicit, then implicit) and targets nested. */
function commitmentRows(x: Extraction): Record<string, unknown>[] {
  const own = ownEntities(x);
  return x.commitments.map((c) => {
    const implicit = ownIds(c.implicitAbout ?? [], own).filter((id) => !c.about.includes(id));
    return {
      ...defined({
        ...c,
        actors: undefined,
        about: undefined,
        targets: undefined,
        implicitAbout: undefined,
      }),
      actors: ownIds(c.actors, own),
      about: [
        ...ownIds(c.about, own).map((entity) => ({ entity, implicit: false })),
        ...implicit.map((entity) => ({ entity, implicit: true })),
      ],
      targets: ownIds(c.targets, own),
    };
  });
}

/** The steps that load `extractions` (one document each) in one transaction, in order. */
export function batchSteps(extractions: Extraction[]): { docIds: string[]; steps: LoadStep[] } {
  const docs = extractions.map(onlyDocument);
  const relations = new Map<string, Record<string, unknown>>();
  const supports = new Map<string, Record<string, unknown>>();
  const signed: Record<string, unknown>[] = [];
  for (const [i, x] of extractions.entries()) {
    const docId = docs[i]?.id as string;
    const own = ownEntities(x);
    for (const r of x.relations) {
      if (!own.has(r.from) || (r.type !== 'SIGNED' && !own.has(r.to))) continue;
      if (r.type === 'SIGNED') {
        signed.push({ from: r.from, to: r.to });
        continue;
      }
      const key = relationKey(r.type, r.from, r.to);
      relations.set(key, { key, type: r.type, from: r.from, to: r.to, props: r.props ?? {} });
      supports.set(`${docId}\0${key}`, { docId, key, type: r.type, from: r.from, to: r.to });
    }
  }
  const entitySupports = extractions.flatMap((x, i) =>
    [...new Set(x.entities.map((e) => e.id))].map((entityId) => ({
      docId: docs[i]?.id as string,
      entityId,
    })),
  );
  return {
    docIds: docs.map((d) => d.id),
    steps: [
      { file: 'upsertDocument', rows: docs.map(defined) },
      // Entities before what links to them: sentences' mentions and commitments' parties.
      { file: 'upsertEntities', rows: entityRows(extractions) },
      {
        file: 'linkSupports',
        rows: byKey(entitySupports, (s) => `${s.entityId}\0${s.docId}`),
        checked: true,
      },
      { file: 'writeSentences', rows: extractions.flatMap(sentenceRows) },
      { file: 'writeCommitments', rows: extractions.flatMap(commitmentRows) },
      { file: 'upsertRelations', rows: byKey([...relations.values()], (r) => String(r.key)) },
      { file: 'createRelationSupports', rows: [...supports.values()] },
      { file: 'linkSignatories', rows: signed },
    ],
  };
}

/** One document's steps (the baseline loaders of the benchmark use it). */
export function loadSteps(extraction: Extraction): {
  docId: string;
  doc: Record<string, unknown>;
  steps: LoadStep[];
} {
  const doc = onlyDocument(extraction);
  return { docId: doc.id, doc: defined(doc), steps: batchSteps([extraction]).steps };
}
