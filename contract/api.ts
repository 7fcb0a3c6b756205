/** Shapes the API sends; the web app imports these types so both sides agree. */
import type { EntityType, Stance } from './vocabulary';

export type NodeKind = EntityType | 'Commitment';

export interface GraphNodeAttributes {
  name: string;
  type: NodeKind;
  stance?: Stance;
  trigger?: string;
  docId?: string;
  text?: string;
  commitments?: number;
  /** Console results: the node's Neo4j element id ("connect result nodes" asks by it). */
  elementId?: string;
  /** The first view's position, laid out once per ingest by the server (absent elsewhere). */
  x?: number;
  y?: number;
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

/** A page of a list: `items` from `offset`, at most `limit`, of `total` in all. */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * What a graph answer shows and leaves out. `top`: the most connected entities of the whole
 * corpus (ranked by commitments) and commitments among them; `documents`: the commitments of
 * the selected documents, in id order.
 */
export interface GraphScope {
  mode: 'top' | 'documents';
  entities: { shown: number; total: number };
  commitments: { shown: number; total: number };
  documents: { selected: number; total: number };
  /** Entities (top) or commitments (documents) skipped before this answer, and at most how many. */
  offset: number;
  limit: number;
  /** One sentence for the user: what is on screen and what is not. */
  notice: string;
}

/** GET /api/graph: graphology's serialisation with the scope as the graph's attribute. */
export interface GraphResponse extends SerializedGraph {
  attributes: { scope: GraphScope };
}

/** GET /api/documents: one document with its counts. */
export interface DocumentSummary {
  document: DocumentRef & { place?: string | null; source?: string | null };
  sentences: number;
  commitments: number;
  entities: number;
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

/**
 * GET /api/entities/:id: the entity, how many commitments it takes part in per stance with the
 * first page of each (newest first; GET /api/entities/:id/commitments pages on), and its first
 * relations of `relationCount`.
 */
export interface EntityDetail {
  entity: EntityRef & { aliases: string[]; attributes: Record<string, string> };
  commitmentCount: number;
  byStance: { stance: Stance; total: number; commitments: EntityCommitment[] }[];
  /** Commitments per stance in the first page of each group. */
  pageSize: number;
  relations: { type: string; direction: 'out' | 'in'; other: EntityRef }[];
  relationCount: number;
}

/** GET /api/entities/:id/commitments?stance=&offset=&limit= */
export type EntityCommitmentsPage = Page<EntityCommitment> & { stance: Stance };

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
/**
 * Direct connections first, then two-hop ones, one ranked list paged by `offset`/`limit`;
 * `total` counts both kinds (two-hop ones as found through the capped intermediaries).
 */
export interface ConnectionsResponse {
  entity: EntityRef;
  connections: Connection[];
  /** How many connections exist before paging, for an honest "showing N of M". */
  totals: { direct: number; twoHop: number };
  total: number;
  offset: number;
  limit: number;
  /** The dates whose documents' commitments count (both null: the whole corpus). */
  range: LensRange;
  /** The presets of the time filter (data/rules/lens-anchors.json), for the lens's menu. */
  anchors: LensAnchor[];
}

/** A preset of the lens's time filter: "since the last statement signed by exactly …". */
export interface LensAnchor {
  id: string;
  label: string;
}

/** The lens's time filter: ISO dates, inclusive; undated documents are out when either is set. */
export interface LensRange {
  from: string | null;
  to: string | null;
  /** Set when `from` is a preset's document: the latest one its rule picks. */
  since: (LensAnchor & { document: DocumentRef }) | null;
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
  limit: number;
  /** More shortest paths exist than `limit`. */
  more: boolean;
}

/** Every error answer: `{error: {code, message}}`; the console adds the query position. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    position?: { line: number; column: number; offset: number };
  };
}
