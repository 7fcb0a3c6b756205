/**
 * Query parameters from JSON. Whole numbers become Cypher integers: the driver would otherwise
 * send every JS number as a float, and `LIMIT $n` refuses 10.0. Parameters are values, never
 * text spliced into the query, so Cypher inside a parameter is just a string.
 */
import neo4j from 'neo4j-driver';

function toParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParam(v)]));
  }
  return value;
}

export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return toParam(params) as Record<string, unknown>;
}
