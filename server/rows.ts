/**
 * The row each `cypher/api/*.cypher` query returns, as a zod schema next to its RETURN clause's
 * shape. `queryRows()` (server/db.ts) checks every row against one of these, so a query edited
 * without its schema (or a database holding something the loader never writes) fails loudly
 * with the file and field named instead of sending `undefined` to the browser. The row types the
 * server computes with are derived from these schemas: one declaration, no casts.
 *
 * Integers arrive as JS numbers (the driver runs with disableLosslessIntegers); dates are stored
 * as ISO strings by the loader, so a Neo4j temporal value here would be a malformed row.
 */
import { z } from 'zod';
import { OVERRIDE_KINDS } from '../contract/curation';
import { ENTITY_TYPES, STANCES } from '../contract/vocabulary';

const entityType = z.enum(ENTITY_TYPES);
const stance = z.enum(STANCES);
const role = z.enum(['actor', 'about', 'target']);

export const EntityRefRow = z.object({ id: z.string(), name: z.string(), type: entityType });

const DocumentRefRow = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
});

export const MentionRow = z.object({ start: z.number(), end: z.number(), text: z.string() });

/** The evidence shape of every query that returns a sentence (see graphRows.toEvidence). */
export const EvidenceRow = z.object({
  commitmentId: z.string().nullable(),
  stance: stance.nullable(),
  trigger: z.string().nullable(),
  sentence: z.object({ id: z.string(), text: z.string(), start: z.number().nullable() }),
  document: DocumentRefRow,
  mentions: z.array(MentionRow),
  implicit: z.boolean().optional(),
});

/** graph.cypher and graphTopCommitments.cypher. */
export const GraphRow = z.object({
  commitment: z.object({
    id: z.string(),
    stance,
    trigger: z.string(),
    docId: z.string(),
    text: z.string(),
  }),
  actors: z.array(EntityRefRow),
  links: z.array(
    z.object({ rel: z.enum(['ABOUT', 'TARGETS']), implicit: z.boolean(), entity: EntityRefRow }),
  ),
});

export const RelationRow = z.object({ source: z.string(), target: z.string(), type: z.string() });

export const TotalsRow = z.object({
  documents: z.number(),
  commitments: z.number(),
  entities: z.number(),
});

export const WeightedEntityRow = EntityRefRow.extend({ weight: z.number() });

/** compareCommitments.cypher and timeline.cypher. */
export const CommitmentRow = EvidenceRow.extend({
  commitmentId: z.string(),
  stance,
  trigger: z.string(),
  countries: z.array(EntityRefRow),
  about: z.array(EntityRefRow.extend({ implicit: z.boolean() })),
});

export const TimelineRow = CommitmentRow.extend({ roles: z.array(role) });

export const AbsenceRow = z.object({
  entity: EntityRefRow,
  document: DocumentRefRow,
  seriesSize: z.number(),
  namedIn: z.number(),
});

export const DocumentRow = z.object({ document: DocumentRefRow });

export const DocumentSummaryRow = z.object({
  document: DocumentRefRow.extend({
    place: z.string().nullable(),
    source: z.string().nullable(),
  }),
  sentences: z.number(),
  commitments: z.number(),
  entities: z.number(),
});

export const CountRow = z.object({ total: z.number() });

export const SearchHitRow = EntityRefRow.extend({
  aliases: z.array(z.string()),
  score: z.number(),
});

/** connectionsDirect.cypher and connectionsTwoHop.cypher. */
export const ConnectionRow = z.object({
  total: z.number(),
  /** Null on the one row of an empty page, which still carries the total. */
  entity: EntityRefRow.nullable(),
  commitments: z.number().nullable(),
  stated: z.number().nullable(),
  specificity: z.number().nullable().optional(),
  via: z.array(EntityRefRow).nullable().optional(),
  /** Null on the empty page's row of connectionsTwoHop (a list over no commitments). */
  evidence: z.array(EvidenceRow.nullable()).nullable(),
});

/** entityCommitments.cypher. */
export const EntityCommitmentRow = EvidenceRow.extend({
  commitmentId: z.string(),
  stance,
  trigger: z.string(),
  roles: z.array(role),
  implicit: z.boolean(),
  actors: z.array(EntityRefRow),
  about: z.array(EntityRefRow),
  targets: z.array(EntityRefRow),
});

/** entityFirstPages.cypher: a commitment of the first page of its stance, with that stance's total. */
export const EntityFirstPageRow = EntityCommitmentRow.extend({ total: z.number() });

export const StanceTotalRow = z.object({ stance, total: z.number() });

/** entity.cypher: every property of the node (the extraction's attributes among them). */
export const EntityRow = z.object({
  entity: z.looseObject({
    name: z.string(),
    type: entityType,
    aliases: z.array(z.string()).nullish(),
  }),
  relationCount: z.number(),
  relations: z.array(
    z.object({ type: z.string(), direction: z.enum(['out', 'in']), other: EntityRefRow }),
  ),
});

export const PathNodeRow = z.discriminatedUnion('kind', [
  EntityRefRow.extend({ kind: z.literal('entity') }),
  z.object({ kind: z.literal('commitment'), id: z.string(), stance, trigger: z.string() }),
]);

export const PathRow = z.object({
  nodes: z.array(PathNodeRow),
  rels: z.array(z.string()),
  starts: z.array(z.string()),
});

export const PathEvidenceRow = z.object({ key: z.string(), evidence: EvidenceRow });

export const CypherSchemaRow = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});

export const HealthRow = z.object({ version: z.string(), edition: z.string() });

/** ingestVersion.cypher: only its identity matters (it keys the cache), so any object will do. */
export const IngestVersionRow = z.record(z.string(), z.unknown());

export const PingRow = z.object({ ok: z.number() });

/** cypher/api/connectNodes.cypher: a relationship among console result nodes, by element id. */
export const ConnectEdgeRow = z.object({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  implicit: z.boolean().nullish(),
});

const optionalText = z.string().optional();
/** An (:Override) node's properties (cypher/curation/*.cypher, `o {.*}`). */
export const OverrideRow = z.object({
  id: z.string(),
  kind: z.enum(OVERRIDE_KINDS),
  target: z.string(),
  targetName: z.string(),
  into: optionalText,
  intoName: optionalText,
  entity: optionalText,
  entityName: optionalText,
  relation: optionalText,
  stance: optionalText,
  trigger: optionalText,
  reason: z.string(),
  author: z.string(),
  createdAt: z.string(),
  undoneAt: optionalText,
  undoneBy: optionalText,
  undoReason: optionalText,
});

const NamedRow = z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable();
/** cypher/curation/targets.cypher: what an override would act on, and an active duplicate. */
export const OverrideTargetsRow = z.object({
  entity: NamedRow,
  commitment: z
    .object({ id: z.string(), stance: z.string(), trigger: z.string(), text: z.string() })
    .nullable(),
  into: NamedRow,
  link: NamedRow,
  active: z.string().nullable(),
});

export const OverridePageRow = z.object({ total: z.number(), items: z.array(OverrideRow) });
