/** Turns graph query rows into graphology's serialisation (pure, unit-tested). */
import type { EntityType, Stance } from '../ingest/contract';
import type { SerializedGraph } from './types';

interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface GraphRow {
  commitment: { id: string; stance: Stance; trigger: string; docId: string; text: string };
  actors: EntityRef[];
  links: { rel: 'ABOUT' | 'TARGETS'; implicit: boolean; entity: EntityRef }[];
}

export interface RelationRow {
  source: string;
  target: string;
  type: string;
}

export function toSerializedGraph(rows: GraphRow[], relations: RelationRow[] = []): SerializedGraph {
  const nodes = new Map<string, SerializedGraph['nodes'][number]>();
  const edges: SerializedGraph['edges'] = [];
  const addEntity = (e: EntityRef) => {
    const node = nodes.get(e.id) ?? { key: e.id, attributes: { name: e.name, type: e.type, commitments: 0 } };
    node.attributes.commitments = (node.attributes.commitments ?? 0) + 1;
    nodes.set(e.id, node);
  };
  for (const { commitment: c, actors, links } of rows) {
    nodes.set(c.id, {
      key: c.id,
      attributes: { name: `${c.stance}: ${c.trigger}`, type: 'Commitment', stance: c.stance, trigger: c.trigger, docId: c.docId, text: c.text },
    });
    for (const actor of actors) {
      addEntity(actor);
      edges.push({ key: `${actor.id}->MADE->${c.id}`, source: actor.id, target: c.id, attributes: { type: 'MADE' } });
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
      edges.push({ key: `${r.source}->${r.type}->${r.target}`, source: r.source, target: r.target, attributes: { type: r.type } });
    }
  }
  // A commitment can link the same entity as actor and about: keys stay unique by construction.
  return { nodes: [...nodes.values()], edges };
}
