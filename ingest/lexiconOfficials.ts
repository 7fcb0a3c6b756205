/**
 * The curated officials (data/lexicon/officials.json) as Official entities, one job of the lexicon
 * build (lexicon.ts): full names are aliases, and a surname is either an alias of its own, an
 * alias only after a title, or (for a dated term) a DatedOfficial that datedOfficials.ts resolves.
 * Kept apart so the build reads as the list of sources it compiles.
 */
import type { z } from 'zod';
import { slugify } from './ids';
import type { DatedOfficial, DatedOfficials, LexiconAlias, LexiconEntity } from './lexicon';
import type { officialsSchema } from './rules/lexiconSchemas';

type Official = z.output<typeof officialsSchema>['officials'][number];

export function addOfficials(
  officials: readonly Official[],
  entities: ReadonlyMap<string, LexiconEntity>,
  dated: DatedOfficials,
  add: (entity: LexiconEntity, names: Iterable<string>, extra?: Partial<LexiconAlias>) => void,
): void {
  const countryName = (iso3: string) => entities.get(`country:${iso3.toLowerCase()}`)?.name ?? iso3;
  for (const official of officials) {
    const entity: LexiconEntity = {
      id: `official:${slugify(official.name)}`,
      type: 'Official',
      name: official.name,
      attributes: official.country
        ? { country: countryName(official.country) }
        : { organization: official.organization! },
    };
    if (official.title) entity.attributes = { title: official.title, ...entity.attributes };
    // The head of an international body speaks for it, not for a state: no REPRESENTS.
    if (official.title && official.country)
      entity.represents = `country:${official.country.toLowerCase()}`;
    const [full, surnames] = partition(official.aliases, (alias) => /\s/.test(alias));
    add(entity, full.flatMap(withCapital));
    if (official.standsAlone || !(official.from || official.to)) {
      add(entity, surnames, official.standsAlone ? {} : { surnameOnly: true });
      continue;
    }
    // A dated surname is no alias: "Prime Minister Johnson" is Boris Johnson only in his term.
    for (const surname of surnames) {
      const entry: DatedOfficial = { entityId: entity.id, title: official.title! };
      if (entity.represents) entry.countryId = entity.represents;
      if (official.from) entry.from = official.from;
      if (official.to) entry.to = official.to;
      dated.bySurname.set(surname, [...(dated.bySurname.get(surname) ?? []), entry]);
    }
  }
}

/**
 * A name that opens with a lowercase particle ("von der Leyen") is written with a capital at the
 * start of a sentence and by some releases after a title ("Commission President Von der Leyen",
 * three archive statements): both forms are aliases.
 */
function withCapital(alias: string): string[] {
  return /^\p{Ll}/u.test(alias) ? [alias, alias[0]!.toUpperCase() + alias.slice(1)] : [alias];
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
