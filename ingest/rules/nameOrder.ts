/**
 * Which countries' officials the releases write family name first (data/rules/name-order.json),
 * validated once: the gender a name says is read from its given name (ingest/personGender.ts).
 */
import { z } from 'zod';
import nameOrderJson from '../../data/rules/name-order.json';
import { parseRules } from './load';

const ISO3 = z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{3}$/, 'must be an ISO 3166-1 alpha-3 code');

const schema = z.object({
  familyNameFirst: z.array(ISO3).min(1),
  eitherOrder: z.array(ISO3),
});

const RULES = parseRules('rules/name-order.json', schema, nameOrderJson);

/** Where a name's given name stands: first, last, or either end (the releases write both). */
export type GivenNamePlace = 'first' | 'last' | 'either';

const PLACES: ReadonlyMap<string, GivenNamePlace> = new Map([
  ...RULES.familyNameFirst.map((iso3) => [`country:${iso3.toLowerCase()}`, 'last'] as const),
  ...RULES.eitherOrder.map((iso3) => [`country:${iso3.toLowerCase()}`, 'either'] as const),
]);

/** Where the given name stands in the name of an official of `country` (a country entity id). */
export function givenNamePlace(country: string | undefined): GivenNamePlace {
  return (country && PLACES.get(country)) || 'first';
}
