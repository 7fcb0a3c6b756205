/**
 * Given names, validated once: common English ones (data/lexicon/given-names.json, public domain)
 * and the Spanish, Italian and German ones that list lacks (given-names-world.json, MIT), both
 * accent-folded.
 */
import { z } from 'zod';
import givenNamesJson from '../../data/lexicon/given-names.json';
import worldNamesJson from '../../data/lexicon/given-names-world.json';
import { foldAccents } from '../normalise';
import { parseRules } from './load';

const schema = z.object({ names: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)).min(1) });

/**
 * The English list alone: the person contexts of condolence texts ("Jill and I") and the learnt
 * name model's `givenFirst` feature were fitted on it.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  parseRules('lexicon/given-names.json', schema, givenNamesJson).names,
);

const WORLD_NAMES: ReadonlySet<string> = new Set(
  parseRules('lexicon/given-names-world.json', schema, worldNamesJson).names,
);

// ASCII on purpose: a word of plain letters needs no folding.
const PLAIN = /^[A-Za-z]+$/;

/**
 * Whether a word is a given name in either list, its accents folded ("José", "Björn"): read where
 * a title or the shape of a list already says a person may follow, never alone.
 */
export function isGivenName(word: string): boolean {
  const folded = PLAIN.test(word) ? word : foldAccents(word);
  return GIVEN_NAMES.has(folded) || WORLD_NAMES.has(folded);
}

/**
 * How many words a person's name may run to from its first: three, or four when it opens with two
 * given names ("Luisa María Alcalde Luján" has room for both before its two family names).
 */
export function nameRoom(first: string, second: string | undefined): number {
  return isGivenName(first) && second !== undefined && isGivenName(second) ? 4 : 3;
}
