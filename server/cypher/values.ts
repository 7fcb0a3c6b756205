/**
 * Neo4j values as JSON: nodes become {elementId, labels, properties}, relationships
 * {elementId, type, start, end, properties}, paths {nodes, relationships}; temporal values and
 * durations their ISO strings, points {srid, x, y, z}. Big integers that a double cannot hold
 * become strings rather than silently wrong numbers.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

import type { Json } from '../../contract/console';

export type { Json };

function nodeJson(node: Node): Json {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: mapJson(node.properties),
  };
}

function relationshipJson(rel: Relationship): Json {
  return {
    elementId: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: mapJson(rel.properties),
  };
}

function pathJson(path: Path): Json {
  return {
    nodes: [path.start, ...path.segments.map((s) => s.end)].map(nodeJson),
    relationships: path.segments.map((s) => relationshipJson(s.relationship)),
  };
}

function mapJson(map: Record<string, unknown>): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toJson(v)]));
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return nodeJson(value);
  if (neo4j.isRelationship(value)) return relationshipJson(value);
  if (neo4j.isPath(value)) return pathJson(value);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toJson(srid), x, y } : { srid: toJson(srid), x, y, z };
  }
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (ArrayBuffer.isView(value))
    return [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)];
  if (typeof value === 'object') return mapJson(value as Record<string, unknown>);
  return String(value);
}
