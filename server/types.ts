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
  /** Set on entity→entity edges that stand for commitments (the web app's collapsed view). */
  stance?: Stance;
  label?: string;
  commitments?: string[];
}

/** graphology's serialisation format (Graph#export / Graph#import). */
export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

export interface Health {
  status: 'ok' | 'degraded';
  /** Only for requests from this machine. */
  neo4j?: { version: string; edition: string } | { error: string };
}

/** An entity as other answers refer to it. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** A character span within a sentence's text (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface DocumentRef {
  id: string;
  title: string;
  date: string | null;
}

/** A sentence that evidences something, with the spans to highlight in it. */
export interface Evidence {
  commitmentId: string | null;
  stance: Stance | null;
  trigger: string | null;
  sentence: { id: string; text: string; highlights: Span[] };
  document: DocumentRef;
  /** The link this sentence evidences is only implied (by a heading), never named in it. */
  implicit?: boolean;
}

/** GET /api/search */
export interface SearchHit extends EntityRef {
  aliases: string[];
  score: number;
}
export interface SearchResponse {
  query: string;
  results: SearchHit[];
}

export type CommitmentRole = 'actor' | 'about' | 'target';

export interface EntityCommitment extends Evidence {
  commitmentId: string;
  stance: Stance;
  trigger: string;
  roles: CommitmentRole[];
  implicit: boolean;
  actors: EntityRef[];
  about: EntityRef[];
  targets: EntityRef[];
}

/** GET /api/entities/:id */
export interface EntityDetail {
  entity: EntityRef & { aliases: string[]; attributes: Record<string, string>; docs: string[] };
  commitmentCount: number;
  byStance: { stance: Stance; commitments: EntityCommitment[] }[];
  relations: { type: string; direction: 'out' | 'in'; other: EntityRef }[];
}

/** GET /api/connections/:id */
export interface Connection {
  entity: EntityRef;
  hops: 1 | 2;
  /** Distinct commitments linking the two (for two hops: those linking the intermediary to it). */
  commitments: number;
  /** Of those, the commitments whose sentence names both ends (not implied by a heading). */
  stated: number;
  /** Two hops: how specific the intermediaries are (hubs count little); the ranking key. */
  specificity?: number;
  via: EntityRef[];
  evidence: Evidence[];
}
export interface ConnectionsResponse {
  entity: EntityRef;
  connections: Connection[];
  /** How many connections exist before the limit, for an honest "showing N of M". */
  totals: { direct: number; twoHop: number };
}

/** GET /api/paths */
export interface PathHop {
  /** `from` and `to` follow the path (from its start to its end), whatever the graph's direction. */
  from: EntityRef;
  to: EntityRef;
  via:
    | {
        kind: 'commitment';
        id: string;
        stance: Stance;
        trigger: string;
        /** What `from` and `to` are in the commitment: who stated it and what it is about. */
        roles?: [CommitmentRole, CommitmentRole];
      }
    | { kind: 'relation'; type: string };
  /** The graph's edge runs `to` → `from` (an actor reached from what it spoke about). */
  reversed?: boolean;
  evidence: Evidence | null;
}
export interface PathsResponse {
  from: EntityRef;
  to: EntityRef;
  paths: { length: number; hops: PathHop[] }[];
}
