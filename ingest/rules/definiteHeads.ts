/**
 * The definite references of data/rules/definite-heads.json, validated once for both readers:
 * namedAnaphor.ts (`ownGovernmentHeads`: heads "the" never points back through) and
 * definiteDescriptions.ts (`descriptions` by entity type, royal `honorifics`).
 */
import { z } from 'zod';
import { EntityTypeSchema } from '../../contract/extraction';
import definiteJson from '../../data/rules/definite-heads.json';
import { parseRules } from './load';

const schema = z.object({
  ownGovernmentHeads: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
  descriptions: z.array(
    z.object({
      nouns: z.array(z.string().regex(/^\p{L}+$/u)).min(1),
      type: EntityTypeSchema,
    }),
  ),
  honorifics: z.array(z.string().regex(/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u)),
});

export const DEFINITE_HEADS = parseRules('rules/definite-heads.json', schema, definiteJson);
