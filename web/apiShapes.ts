/**
 * What the page reads from each API answer, checked at the fetch (see shape.ts). Each shape lists
 * the properties the rendering code relies on; the types come from the shared contract.
 */
import type {
  ConnectionsResponse,
  DocumentRef,
  DocumentSummary,
  EntityCommitmentsPage,
  EntityDetail,
  EntityRef,
  ErrorBody,
  Evidence,
  GraphResponse,
  Page,
  PathsResponse,
  SearchResponse,
  SerializedGraph,
} from '../contract/api';
import type {
  ConnectResponse,
  CypherResponse,
  CypherSchema,
  SavedQuery,
} from '../contract/console';
import type { Override, OverridesPage } from '../contract/curation';
import type { CompareResponse, TimelineResponse } from '../contract/positions';
import {
  bool,
  list,
  nullable,
  num,
  object,
  optional,
  record,
  type Shape,
  str,
  unknownValue,
} from './shape';

const entityRef = object<EntityRef>({ id: str, name: str, type: str });
const documentRef = object<DocumentRef>({ id: str, title: str, date: nullable(str) });
const evidenceFields = {
  commitmentId: optional(nullable(str)),
  sentence: object({ id: str, text: str, highlights: list(object({ start: num, end: num })) }),
  document: documentRef,
};
const evidence = object<Evidence>(evidenceFields);
const page = <T>(item: Shape<T>) =>
  object<Page<T>>({ items: list(item), total: num, offset: num, limit: num });
const capped = <T>(item: Shape<T>) => object({ total: num, items: list(item) });

const graphFields = {
  nodes: list(object({ key: str, attributes: object({ name: str, type: str }) })),
  edges: list(object({ key: str, source: str, target: str, attributes: object({ type: str }) })),
};
const serializedGraph = object<SerializedGraph>(graphFields);

export const graphShape = object<GraphResponse>({
  ...graphFields,
  attributes: optional(object({ scope: optional(object({ notice: str })) })),
});

export const searchShape = object<SearchResponse>({
  query: str,
  results: list(object({ id: str, name: str, type: str, aliases: list(str), score: num })),
});

const entityCommitment = object({
  ...evidenceFields,
  stance: str,
  trigger: str,
  roles: list(str),
  actors: list(entityRef),
  about: list(entityRef),
  targets: list(entityRef),
});

export const entityShape = object<EntityDetail>({
  entity: object({ id: str, name: str, type: str, aliases: list(str), attributes: record(str) }),
  commitmentCount: num,
  byStance: list(object({ stance: str, total: num, commitments: list(entityCommitment) })),
  pageSize: num,
  relations: list(object({ type: str, direction: str, other: entityRef })),
  relationCount: num,
});

export const entityCommitmentsShape = object<EntityCommitmentsPage>({
  items: list(entityCommitment),
  total: num,
  offset: num,
  limit: num,
  stance: str,
});

export const connectionsShape = object<ConnectionsResponse>({
  entity: entityRef,
  connections: list(
    object({
      entity: entityRef,
      hops: num,
      commitments: num,
      stated: num,
      via: list(entityRef),
      evidence: list(evidence),
    }),
  ),
  totals: object({ direct: num, twoHop: num }),
  total: num,
  range: object({
    from: nullable(str),
    to: nullable(str),
    since: nullable(object({ id: str, label: str, document: documentRef })),
  }),
  anchors: list(object({ id: str, label: str })),
});

export const pathsShape = object<PathsResponse>({
  from: entityRef,
  to: entityRef,
  paths: list(
    object({
      length: num,
      hops: list(
        object({
          from: entityRef,
          to: entityRef,
          via: object({ kind: str }),
          evidence: nullable(evidence),
        }),
      ),
    }),
  ),
  more: bool,
});

export const documentsShape = page<DocumentSummary>(
  object<DocumentSummary>({
    document: documentRef,
    sentences: num,
    commitments: num,
    entities: num,
  }),
);

export const cypherShape = object<CypherResponse>({
  columns: list(str),
  rows: list(list(unknownValue)),
  graph: serializedGraph,
  summary: object({ truncated: bool, rowLimit: num, undrawnNodes: num, notifications: list(str) }),
});

export const savedQueriesShape = object<{ queries: SavedQuery[] }>({
  queries: list(
    object({
      id: str,
      name: str,
      description: str,
      params: list(object({ name: str, type: str })),
      query: str,
    }),
  ),
});

export const schemaShape = object<CypherSchema>({
  labels: list(str),
  relationshipTypes: list(str),
  propertyKeys: list(str),
  procedures: list(str),
});

const positionFields = { key: str, countries: list(entityRef), family: str, about: entityRef };
const positionRef = object(positionFields);
const comparedList = capped(object({ ...positionFields, a: list(evidence), b: list(evidence) }));

export const compareShape = object<CompareResponse>({
  a: list(documentRef),
  b: list(documentRef),
  new: comparedList,
  restated: comparedList,
  dropped: comparedList,
  stanceChanges: comparedList,
  wordingChanges: comparedList,
  topics: object({
    appeared: capped(object({ entity: entityRef })),
    disappeared: capped(object({ entity: entityRef })),
  }),
  absences: list(object({ entity: entityRef, document: documentRef })),
});

export const timelineShape = object<TimelineResponse>({
  entity: entityRef,
  documents: list(documentRef),
  positions: capped(positionRef),
  entries: capped(object({ ...evidenceFields, position: positionRef, mark: str })),
});

export const errorShape = object<ErrorBody>({
  error: object({
    code: str,
    message: str,
    position: optional(object({ line: num, column: num, offset: num })),
  }),
});

export const connectShape = object<ConnectResponse>({
  edges: list(object({ source: str, target: str, type: str, implicit: optional(bool) })),
  truncated: bool,
  maxNodes: num,
  maxEdges: num,
});

export const overrideShape = object<Override>({
  id: str,
  kind: str,
  target: str,
  targetName: str,
  reason: str,
  author: str,
  createdAt: str,
  undoneAt: optional(str),
});

export const overridesPageShape = object<OverridesPage>({
  items: list(overrideShape),
  total: num,
  offset: num,
  limit: num,
});
