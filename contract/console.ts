/** The console's API shapes, shared with the web console (type-only imports). */
import type { SerializedGraph } from './api';
/** A Neo4j value as JSON (see server/cypher/values.ts for the mapping). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

export interface CypherSummary {
  /** Always `r`: nothing else runs. */
  queryType: string;
  resultAvailableAfterMs: number;
  resultConsumedAfterMs: number;
  /** True when the result had more rows than the row limit; the rest were discarded. */
  truncated: boolean;
  /** What cut a truncated result: the row limit or the byte budget (CYPHER_MAX_BYTES). */
  truncatedBy?: 'rows' | 'bytes';
  rowLimit: number;
  /** The byte budget of the rows. */
  byteLimit?: number;
  /** Nodes in the result the graph view cannot draw (documents, sentences…). */
  undrawnNodes: number;
  /** Neo4j's notifications (cartesian products, deprecations…), as "title: description". */
  notifications: string[];
}

export interface CypherResponse {
  columns: string[];
  /** One array per record, values in column order, JSON-safe. */
  rows: Json[][];
  graph: SerializedGraph;
  summary: CypherSummary;
}

export interface SavedQueryParam {
  name: string;
  type: 'string' | 'integer' | 'float' | 'boolean';
  default: string | number | boolean;
  description: string;
}

export interface SavedQuery {
  /** The file's name without `.cypher`. */
  id: string;
  name: string;
  description: string;
  params: SavedQueryParam[];
  query: string;
}

/** POST /api/cypher/connect: the relationships among a result's nodes, by element id. */
export interface ConnectRequest {
  ids: string[];
}
export interface ConnectResponse {
  edges: { source: string; target: string; type: string; implicit?: boolean }[];
  /** More relationships exist than `maxEdges`; the first ones are given. */
  truncated: boolean;
  maxNodes: number;
  maxEdges: number;
}

/** What the editor completes from: the live schema. */
export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  procedures: string[];
}
