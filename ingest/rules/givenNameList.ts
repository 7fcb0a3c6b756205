/**
 * Given names, validated once: common English ones (data/lexicon/given-names.json, public domain)
 * and the Spanish, Italian and German ones that list lacks (given-names-world.json, MIT), both
 * accent-folded.
 */
import { z } from 'zod';
import genderedNamesJson from '../../data/lexicon/given-name-genders.json';
import givenNamesJson from '../../data/lexicon/given-names.json';
import worldNamesJson from '../../data/lexicon/given-names-world.json';
import { foldAccents } from '../normalise';
import { parseRules } from './load';

const NAME = z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+$/);

const schema = z.object({ names: z.array(NAME).min(1) });

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
 * Given names that say a woman or a man (given-name-genders.json, generated, accent-folded): 31k
 * names validated on the first "she"/"he" that needs one, not when every worker loads the names.
 */
let nameGenders: ReadonlyMap<string, 'female' | 'male'> | undefined;

function genderedNames(): ReadonlyMap<string, 'female' | 'male'> {
  if (nameGenders) return nameGenders;
  const gendered = parseRules(
    'lexicon/given-name-genders.json',
    z.object({ female: z.array(NAME).min(1), male: z.array(NAME).min(1) }),
    genderedNamesJson,
  );
  nameGenders = new Map([
    ...gendered.female.map((name) => [name, 'female'] as const),
    ...gendered.male.map((name) => [name, 'male'] as const),
  ]);
  return nameGenders;
}

/** The gender a given name says its bearer is, if it says one ("Jill" a woman, "Ken" a man). */
export function givenNameGender(word: string): 'female' | 'male' | undefined {
  return genderedNames().get(PLAIN.test(word) ? word : foldAccents(word));
}

/**
 * How many words a person's name may run to from its first: three, or four when it opens with two
 * given names ("Luisa María Alcalde Luján" has room for both before its two family names).
 */
export function nameRoom(first: string, second: string | undefined): number {
  return isGivenName(first) && second !== undefined && isGivenName(second) ? 4 : 3;
}
