/** Common English given names (data/lexicon/given-names.json, public domain), validated once. */
import { z } from 'zod';
import givenNamesJson from '../../data/lexicon/given-names.json';
import { parseRules } from './load';

const schema = z.object({ names: z.array(z.string().regex(/^[A-Z][a-z]+$/)).min(1) });

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  parseRules('lexicon/given-names.json', schema, givenNamesJson).names,
);
