/**
 * Commitments as entity→entity links: each actor of a commitment to each entity it is about or
 * targets, carrying the stance and the sentence. The collapsed view aggregates these into one
 * stance-labelled edge per pair; the CSV export lists them one per row. Pure.
 */

import type { SerializedGraph } from '../../contract/api';
import type { Stance } from '../../contract/vocabulary';

export interface EvidenceEdge {
  source: string;
  target: string;
  /** ABOUT or TARGETS for a commitment link; the relation type otherwise. */
  relation: string;
  stance: Stance | null;
  trigger: string | null;
  /** Linked only through context (a heading or the paragraph), never named in the sentence. */
  implicit: boolean;
  commitmentId: string | null;
  sentence: string;
  docId: string | null;
}

export function evidenceEdges(data: SerializedGraph): EvidenceEdge[] {
  const nodes = new Map(data.nodes.map((n) => [n.key, n.attributes]));
  const actors = new Map<string, string[]>();
  const links = new Map<string, { target: string; rel: string; implicit: boolean }[]>();
  const out: EvidenceEdge[] = [];
  for (const e of data.edges) {
    const source = nodes.get(e.source);
    const target = nodes.get(e.target);
    if (!source || !target) continue;
    if (e.attributes.type === 'MADE' && target.type === 'Commitment') {
      actors.set(e.target, [...(actors.get(e.target) ?? []), e.source]);
    } else if (source.type === 'Commitment') {
      links.set(e.source, [
        ...(links.get(e.source) ?? []),
        { target: e.target, rel: e.attributes.type, implicit: e.attributes.implicit === true },
      ]);
    } else if (target.type !== 'Commitment') {
      out.push({
        source: e.source,
        target: e.target,
        relation: e.attributes.type,
        stance: null,
        trigger: null,
        implicit: false,
        commitmentId: null,
        sentence: '',
        docId: null,
      });
    }
  }
  for (const [commitmentId, targets] of links) {
    const c = nodes.get(commitmentId);
    for (const actor of actors.get(commitmentId) ?? []) {
      for (const t of targets) {
        if (t.target === actor) continue;
        out.push({
          source: actor,
          target: t.target,
          relation: t.rel,
          stance: c?.stance ?? null,
          trigger: c?.trigger ?? null,
          implicit: t.implicit,
          commitmentId,
          sentence: c?.text ?? '',
          docId: c?.docId ?? null,
        });
      }
    }
  }
  return out;
}

/**
 * The graph without commitment nodes: one edge per (actor, entity) pair, labelled with the
 * stances that link them ("urge ×2, concern") and listing its commitments for the panel.
 */
export function collapseCommitments(data: SerializedGraph): SerializedGraph {
  const nodes = data.nodes.filter((n) => n.attributes.type !== 'Commitment');
  const pairs = new Map<
    string,
    {
      source: string;
      target: string;
      stances: Map<Stance, number>;
      commitments: string[];
      type: string;
      /** Every commitment behind the pair links it only implicitly. */
      implicit: boolean;
    }
  >();
  for (const e of evidenceEdges(data)) {
    const key = `${e.source}->${e.target}`;
    const pair = pairs.get(key) ?? {
      source: e.source,
      target: e.target,
      stances: new Map<Stance, number>(),
      commitments: [] as string[],
      type: e.stance ? 'STANCE' : e.relation,
      implicit: true,
    };
    pair.implicit &&= e.implicit;
    if (e.stance) pair.stances.set(e.stance, (pair.stances.get(e.stance) ?? 0) + 1);
    if (e.commitmentId && !pair.commitments.includes(e.commitmentId))
      pair.commitments.push(e.commitmentId);
    if (e.stance) pair.type = 'STANCE';
    pairs.set(key, pair);
  }
  const edges: SerializedGraph['edges'] = [...pairs.entries()].map(([key, p]) => {
    const ranked = [...p.stances.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const label = ranked.map(([s, n]) => (n > 1 ? `${s} ×${n}` : s)).join(', ');
    const top = ranked[0]?.[0];
    return {
      key,
      source: p.source,
      target: p.target,
      attributes: top
        ? {
            type: 'STANCE',
            stance: top,
            label: p.implicit ? `${label} (implicit)` : label,
            commitments: p.commitments,
            implicit: p.implicit,
          }
        : { type: p.type, label: p.type.toLowerCase() },
    };
  });
  return { nodes, edges };
}
