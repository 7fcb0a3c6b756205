/**
 * The hand-written gold files (`data/gold/*.json`) are untrusted input: a typo in a name would
 * silently turn into a "miss" for every extractor. The schema checks the shape and that every
 * name used by a relation or commitment is declared, once, as an entity.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema, StanceSchema } from '../../contract/extraction';

const Name = z.string().trim().min(1);

const GoldEntitySchema = z.object({
  name: Name,
  type: EntityTypeSchema,
  aliases: z.array(Name),
  attributes: z.record(z.string(), z.string()).optional(),
});

const GoldRelationSchema = z.object({
  type: RelationTypeSchema,
  from: Name,
  to: Name,
});

const GoldCommitmentSchema = z.object({
  actors: z.array(Name).min(1),
  stance: StanceSchema,
  about: z.array(Name),
  targets: z.array(Name),
  sentence: z.string().trim().min(1),
  trigger: z.string().trim().min(1),
});

const GoldDocumentSchema = z
  .object({
    document: z.object({
      title: z.string().min(1),
      date: z.string().optional(),
      place: z.string().optional(),
      source: z.string().optional(),
    }),
    entities: z.array(GoldEntitySchema),
    relations: z.array(GoldRelationSchema),
    commitments: z.array(GoldCommitmentSchema),
  })
  .superRefine((gold, ctx) => {
    const declared = new Set<string>();
    gold.entities.forEach((entity, index) => {
      if (declared.has(entity.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', index, 'name'],
          message: `entity "${entity.name}" is declared twice`,
        });
      }
      declared.add(entity.name);
    });
    const check = (name: string, path: (string | number)[]) => {
      if (!declared.has(name)) {
        ctx.addIssue({ code: 'custom', path, message: `"${name}" is not a declared entity` });
      }
    };
    gold.relations.forEach((relation, index) => {
      check(relation.from, ['relations', index, 'from']);
      check(relation.to, ['relations', index, 'to']);
    });
    gold.commitments.forEach((commitment, index) => {
      for (const field of ['actors', 'about', 'targets'] as const) {
        commitment[field].forEach((name, k) => {
          check(name, ['commitments', index, field, k]);
        });
      }
    });
  });

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldCommitment = z.infer<typeof GoldCommitmentSchema>;
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

export class GoldFileError extends Error {
  override name = 'GoldFileError';
  constructor(
    readonly path: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${message}`, options);
  }
}

/** Parses an already-read gold value; `source` only names it in errors. */
export function parseGold(value: unknown, source = '<gold>'): GoldDocument {
  const result = GoldDocumentSchema.safeParse(value);
  if (!result.success) {
    throw new GoldFileError(source, z.prettifyError(result.error), { cause: result.error });
  }
  return result.data;
}

export async function loadGold(path: string): Promise<GoldDocument> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    throw new GoldFileError(path, 'cannot read the file', { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    throw new GoldFileError(path, 'is not valid JSON', { cause });
  }
  return parseGold(value, path);
}
