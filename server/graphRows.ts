/** Turns query rows into the API's shapes: graphology's serialisation, evidence (pure, unit-tested). */

import type { z } from 'zod';
import type { DocumentRef, EntityRef, Evidence, SerializedGraph, Span } from '../contract/api';
import type * as rows from './rows';

export type GraphRow = z.output<typeof rows.GraphRow>;
export type RelationRow = z.output<typeof rows.RelationRow>;
/** A mention as MENTIONS stores it: offsets into the document's normalised text. */
export type MentionRow = z.output<typeof rows.MentionRow>;
/** The row shape every evidence query returns (see cypher/api/*.cypher). */
export type EvidenceRow = z.output<typeof rows.EvidenceRow>;

/**
 * Rows as graphology's serialisation. `entities`, when given, are nodes even without a row and
 * carry their corpus-wide weight as `commitments` (not just the commitments in these rows).
 */
export function toSerializedGraph(
  rows: GraphRow[],
  relations: RelationRow[] = [],
  entities: (EntityRef & { weight: number })[] = [],
): SerializedGraph {
  const nodes = new Map<string, SerializedGraph['nodes'][number]>();
  const weights = new Map(entities.map((e) => [e.id, e.weight]));
  const edges: SerializedGraph['edges'] = [];
  const addEntity = (e: EntityRef) => {
    const node = nodes.get(e.id) ?? {
      key: e.id,
      attributes: { name: e.name, type: e.type, commitments: 0 },
    };
    node.attributes.commitments = weights.get(e.id) ?? (node.attributes.commitments ?? 0) + 1;
    nodes.set(e.id, node);
  };
  for (const e of entities) addEntity(e);
  for (const { commitment: c, actors, links } of rows) {
    nodes.set(c.id, {
      key: c.id,
      attributes: {
        name: `${c.stance}: ${c.trigger}`,
        type: 'Commitment',
        stance: c.stance,
        trigger: c.trigger,
        docId: c.docId,
        text: c.text,
      },
    });
    for (const actor of actors) {
      addEntity(actor);
      edges.push({
        key: `${actor.id}->MADE->${c.id}`,
        source: actor.id,
        target: c.id,
        attributes: { type: 'MADE' },
      });
    }
    for (const link of links) {
      addEntity(link.entity);
      edges.push({
        key: `${c.id}->${link.rel}->${link.entity.id}`,
        source: c.id,
        target: link.entity.id,
        attributes: { type: link.rel, implicit: link.implicit },
      });
    }
  }
  for (const r of relations) {
    if (nodes.has(r.source) && nodes.has(r.target)) {
      edges.push({
        key: `${r.source}->${r.type}->${r.target}`,
        source: r.source,
        target: r.target,
        attributes: { type: r.type },
      });
    }
  }
  // A commitment can link the same entity as actor and about: keys stay unique by construction.
  return { nodes: [...nodes.values()], edges };
}

/**
 * Spans of mentions within their sentence. Offsets are document offsets, so they are shifted
 * by the sentence's start; a mention whose shifted span does not read its own text (offsets
 * relative to the sentence, or a repaired sentence) falls back to finding the text, and one
 * not found is dropped rather than highlighting the wrong words.
 */
export function sentenceSpans(
  sentence: { text: string; start?: number | null },
  mentions: MentionRow[],
): Span[] {
  const spans: Span[] = [];
  const base = sentence.start ?? 0;
  for (const m of mentions) {
    const length = m.end - m.start;
    const candidates = [m.start - base, m.start];
    let at = candidates.find((c) => c >= 0 && sentence.text.slice(c, c + length) === m.text);
    if (at === undefined) {
      const found = sentence.text.indexOf(m.text);
      if (found < 0 || m.text.length === 0) continue;
      at = found;
    }
    spans.push({ start: at, end: at + m.text.length });
  }
  return mergeSpans(spans);
}

/** Sorted, non-overlapping spans: overlapping highlights would split words twice. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function toEvidence(row: EvidenceRow): Evidence {
  const document: DocumentRef = {
    id: row.document.id,
    title: row.document.title,
    date: row.document.date ?? null,
  };
  return {
    commitmentId: row.commitmentId ?? null,
    stance: row.stance ?? null,
    trigger: row.trigger ?? null,
    sentence: {
      id: row.sentence.id,
      text: row.sentence.text,
      highlights: sentenceSpans(row.sentence, row.mentions),
    },
    document,
    ...(row.implicit === undefined ? {} : { implicit: row.implicit === true }),
  };
}
