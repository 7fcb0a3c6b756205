/**
 * The extraction contract (../data-model.md, mirrored in README): the one shape the ingest
 * produces, the loader writes, the server reads and the evaluation scores. The zod schema is the
 * source of truth; the TypeScript types are inferred from it so the two cannot drift.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, STANCES } from './vocabulary';

export * from './vocabulary';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const StanceSchema = z.enum(STANCES);
export const RelationTypeSchema = z.enum(RELATION_TYPES);

/** Ids are lowercase `prefix:slug` (e.g. `country:prk`, `doc:2025-09-22-…`). */
const IdSchema = z.string().regex(/^[a-z]+:[^\s]+$/, 'ids look like "type:slug"');
const OffsetSchema = z.number().int().nonnegative();

const DocumentSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  date: z.string().optional(),
  place: z.string().optional(),
  source: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const SentenceSchema = z.object({
  id: IdSchema,
  docId: IdSchema,
  index: z.number().int().nonnegative(),
  section: z.string().optional(),
  text: z.string().min(1),
  start: OffsetSchema,
  end: OffsetSchema,
});

const EntitySchema = z.object({
  id: IdSchema,
  type: EntityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  attributes: z.record(z.string(), z.string()).optional(),
});

const MentionSchema = z.object({
  entityId: IdSchema,
  sentenceId: IdSchema,
  start: OffsetSchema,
  end: OffsetSchema,
  text: z.string().min(1),
});

const CommitmentSchema = z.object({
  id: IdSchema,
  docId: IdSchema,
  sentenceId: IdSchema,
  stance: StanceSchema,
  trigger: z.string().min(1),
  text: z.string().min(1),
  actors: z.array(IdSchema),
  about: z.array(IdSchema),
  targets: z.array(IdSchema),
  implicitAbout: z.array(IdSchema).optional(),
  /** CAMEO root code (two digits) matching the stance, for GDELT-style alignment. */
  cameo: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});

const RelationSchema = z.object({
  type: RelationTypeSchema,
  from: IdSchema,
  to: IdSchema,
  props: z.record(z.string(), z.string()).optional(),
});

/**
 * A stance trigger that yielded no commitment, and why (no subject, narrative past, a prediction
 * about a non-party, the content of an earlier stance). For corpus checks and debugging only:
 * optional, never loaded into Neo4j.
 */
const SkippedTriggerSchema = z.object({
  sentenceId: IdSchema,
  trigger: z.string().min(1),
  stance: StanceSchema,
  reason: z.enum([
    'no-subject',
    'narrative-past',
    'not-a-party',
    'prediction',
    'complement-clause',
  ]),
});

export const ExtractionSchema = z.object({
  documents: z.array(DocumentSchema),
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  mentions: z.array(MentionSchema),
  commitments: z.array(CommitmentSchema),
  relations: z.array(RelationSchema),
  skipped: z.array(SkippedTriggerSchema).optional(),
});

export type Entity = z.infer<typeof EntitySchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type SkippedTriggerRecord = z.infer<typeof SkippedTriggerSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
