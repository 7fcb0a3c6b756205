/**
 * The nodes and relationships found anywhere in a result (columns, lists, maps, paths), as
 * graphology's serialisation for the main view. Keys are the model's own ids where a node has one
 * (`country:prk`), so "add" merges with what the view already shows; elementIds otherwise.
 * The view draws entity and commitment kinds only: other nodes (documents, sentences) stay in the
 * table, and relationships need both ends in the result to be drawn.
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { GraphNodeAttributes, NodeKind, SerializedGraph } from '../../contract/api';
import { ENTITY_TYPES, type EntityType, STANCES, type Stance } from '../../contract/extraction';

export interface ResultGraph {
  graph: SerializedGraph;
  /** Nodes found but not drawable in the view (their kind is not an entity or a commitment). */
  undrawn: number;
}

const isEntityType = (value: unknown): value is EntityType =>
  ENTITY_TYPES.includes(value as EntityType);
const isStance = (value: unknown): value is Stance => STANCES.includes(value as Stance);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function kindOf(node: Node): NodeKind | undefined {
  if (node.labels.includes('Commitment')) return 'Commitment';
  if (isEntityType(node.properties.type)) return node.properties.type;
  return node.labels.find(isEntityType);
}

function nodeKey(node: Node): string {
  return text(node.properties.id) ?? node.elementId;
}

function nodeAttributes(node: Node, type: NodeKind): GraphNodeAttributes {
  const p = node.properties;
  const elementId = node.elementId;
  if (type !== 'Commitment') return { name: text(p.name) ?? nodeKey(node), type, elementId };
  const stance = isStance(p.stance) ? p.stance : 'other';
  return {
    name: `${stance}: ${text(p.trigger) ?? ''}`,
    type,
    stance,
    trigger: text(p.trigger),
    docId: text(p.docId),
    text: text(p.text),
    elementId,
  };
}

function collect(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (neo4j.isNode(value)) nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) rels.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      nodes.set(s.end.elementId, s.end);
      rels.set(s.relationship.elementId, s.relationship);
    }
  } else if (Array.isArray(value)) for (const v of value) collect(v, nodes, rels);
  else if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    for (const v of Object.values(value)) collect(v, nodes, rels);
  }
}

export function resultGraph(rows: unknown[][]): ResultGraph {
  const found = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  for (const row of rows) collect(row, found, rels);
  const keys = new Map<string, string>(); // elementId → view key, for drawable nodes
  const nodes = new Map<string, SerializedGraph['nodes'][number]>();
  let undrawn = 0;
  for (const node of found.values()) {
    const type = kindOf(node);
    if (!type) {
      undrawn += 1;
      continue;
    }
    const key = nodeKey(node);
    if (!nodes.has(key)) nodes.set(key, { key, attributes: nodeAttributes(node, type) });
    keys.set(node.elementId, key);
  }
  const edges = new Map<string, SerializedGraph['edges'][number]>();
  for (const rel of rels.values()) {
    const source = keys.get(rel.startNodeElementId);
    const target = keys.get(rel.endNodeElementId);
    if (!source || !target) continue;
    const key = `${source}->${rel.type}->${target}`;
    const implicit = rel.properties.implicit;
    edges.set(key, {
      key,
      source,
      target,
      attributes: typeof implicit === 'boolean' ? { type: rel.type, implicit } : { type: rel.type },
    });
  }
  return { graph: { nodes: [...nodes.values()], edges: [...edges.values()] }, undrawn };
}
