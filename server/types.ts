/** Shapes the API sends; the web app imports these types so both sides agree. */
import type { EntityType, Stance } from '../ingest/contract';

export type NodeKind = EntityType | 'Commitment';

export interface GraphNodeAttributes {
  name: string;
  type: NodeKind;
  stance?: Stance;
  trigger?: string;
  docId?: string;
  text?: string;
  commitments?: number;
}

export interface GraphEdgeAttributes {
  type: string;
  implicit?: boolean;
}

/** graphology's serialisation format (Graph#export / Graph#import). */
export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: { version: string; edition: string } | { error: string };
}
