/** A result value as short plain text for a table cell (the full JSON goes in the cell's title). */
import type { Json } from '../../contract/console';

const MAX_CELL = 300;
const MAX_LIST = 8;

type JsonObject = { [key: string]: Json };

const isObject = (v: Json): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: JsonObject) =>
  Array.isArray(v.labels) && isObject(v.properties ?? null) && typeof v.elementId === 'string';
const isRelationship = (v: JsonObject) =>
  typeof v.type === 'string' && typeof v.start === 'string' && typeof v.end === 'string';
const isPath = (v: JsonObject) => Array.isArray(v.nodes) && Array.isArray(v.relationships);

function caption(properties: Json | undefined): string {
  if (!isObject(properties ?? null)) return '';
  const p = properties as JsonObject;
  const value = p.name ?? p.title ?? p.trigger ?? p.id ?? p.text;
  return typeof value === 'string' ? value : '';
}

function nodeText(v: JsonObject): string {
  const labels = (v.labels as Json[]).map((l) => `:${String(l)}`).join('');
  const name = caption(v.properties);
  return name ? `(${labels} ${name})` : `(${labels})`;
}

function format(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_LIST).map(format);
    return `[${items.join(', ')}${value.length > MAX_LIST ? `, … ${value.length - MAX_LIST} more` : ''}]`;
  }
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return `[:${String(value.type)}]`;
  if (isPath(value)) {
    const nodes = value.nodes as Json[];
    const rels = value.relationships as Json[];
    return nodes
      .map(
        (n, i) =>
          (isObject(n) ? nodeText(n) : '()') +
          (i < rels.length ? `-${format(rels[i] ?? null)}-` : ''),
      )
      .join('');
  }
  return JSON.stringify(value);
}

export function formatValue(value: Json): string {
  const text = format(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}
