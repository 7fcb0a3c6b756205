/**
 * Stance families (data/rules/stance-families.json): "concern", "oppose" and "condemn" are one
 * position stated more or less strongly, so the position key uses the family and a change within
 * it is a stance change, not a new position. Validated once at module load; a broken file stops
 * the server with one line naming the file and the field.
 */
import { z } from 'zod';
import { STANCES, type Stance, StanceSchema } from '../../contract/extraction';
import families from '../../data/rules/stance-families.json';
import { parseRules } from '../../ingest/rules/load';

const FamiliesSchema = z
  .object({
    families: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z][a-z-]*$/, 'family ids are lowercase words'),
          label: z.string().min(1),
          /** Stances run mildest to strongest; unordered ones are the same strength. */
          ordered: z.boolean(),
          stances: z.array(StanceSchema).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((value, ctx) => {
    const owner = new Map<string, string>();
    value.families.forEach((family, i) => {
      for (const stance of family.stances) {
        if (owner.has(stance))
          ctx.addIssue({
            code: 'custom',
            path: ['families', i, 'stances'],
            message: `stance "${stance}" is already in family "${owner.get(stance)}"`,
          });
        owner.set(stance, family.id);
      }
    });
    const missing = STANCES.filter((s) => !owner.has(s));
    if (missing.length)
      ctx.addIssue({
        code: 'custom',
        path: ['families'],
        message: `every stance needs a family; missing: ${missing.join(', ')}`,
      });
  });

export type StanceFamilies = z.output<typeof FamiliesSchema>;

export function parseStanceFamilies(json: unknown): StanceFamilies {
  return parseRules('rules/stance-families.json', FamiliesSchema, json);
}

const RULES = parseStanceFamilies(families);
const FAMILY = new Map<Stance, { id: string; rank: number }>(
  RULES.families.flatMap((f) =>
    f.stances.map((s, rank) => [s, { id: f.id, rank: f.ordered ? rank : 0 }] as const),
  ),
);

/** The family a stance belongs to (e.g. condemn → disapprove). */
export function familyOf(stance: Stance): string {
  return FAMILY.get(stance)?.id ?? 'other';
}

/** A stance's strength within its family: 0 is the mildest (every stance of an unordered one). */
export function strengthOf(stance: Stance): number {
  return FAMILY.get(stance)?.rank ?? 0;
}
