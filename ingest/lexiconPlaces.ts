/**
 * The general gazetteer (data/lexicon/places.json: GeoNames cities and admin-1 regions) as
 * Regions, one job of the lexicon build (lexicon.ts). Unseen statements name venues and places
 * no curated list knows ("talks in Aqaba", "investments in Gujarat"); the curated entries keep
 * their names, and a gazetteer name counts only in a place's context (entities/gazetteerPlaces.ts).
 */
import placesJson from '../data/lexicon/places.json';
import { slugify } from './ids';
import type { LexiconAlias, LexiconEntity } from './lexicon';
import { placesSchema } from './rules/lexiconSchemas';
import { parseRules } from './rules/load';

let parsed: ReturnType<typeof parsePlaces> | undefined;
function parsePlaces() {
  return parseRules('lexicon/places.json', placesSchema, placesJson);
}
/** The gazetteer, validated once for the process: the lexicon build and entities/locativePlaces.ts read it. */
export function gazetteer() {
  parsed ??= parsePlaces();
  return parsed;
}

export function addPlaces(
  entities: Map<string, LexiconEntity>,
  aliases: readonly LexiconAlias[],
  add: (entity: LexiconEntity, names: Iterable<string>) => void,
): void {
  const places = gazetteer();
  // Any name the curated lexicon already matches (a country, an organisation, a curated place).
  const taken = new Set(aliases.map((alias) => alias.alias));
  for (const name of [...entities.values()].map((entity) => entity.name)) taken.add(name);
  // A name both lists hold is mostly the region ("Ontario", "Punjab"): no city, so it locates
  // the city before it ("Windsor, Ontario").
  const regions = new Set(places.regions);
  const entries: [string, boolean][] = [
    ...places.cities.map((name): [string, boolean] => [name, !regions.has(name)]),
    ...places.regions.map((name): [string, boolean] => [name, false]),
  ];
  for (const [name, city] of entries) {
    const id = `region:${slugify(name)}`;
    if (taken.has(name) || entities.has(id)) continue;
    taken.add(name);
    const entity: LexiconEntity = { id, type: 'Region', name, gazetteer: true };
    if (city) entity.city = true;
    const plain = unaccented(name);
    const names = plain === name || taken.has(plain) ? [name] : [name, plain];
    for (const alias of names) taken.add(alias);
    add(entity, names);
  }
  // The curated places and capitals too ("Bogotá" of the capitals), after the gazetteer, whose
  // own names win ("San Jose", California, over Costa Rica's "San José").
  for (const entity of [...entities.values()]) {
    if (entity.type !== 'Region' || entity.gazetteer) continue;
    const plain = unaccented(entity.name);
    if (plain === entity.name || taken.has(plain)) continue;
    taken.add(plain);
    add(entity, [plain]);
  }
}

/**
 * "Bogota", "Brasilia", "Krakow": English-language releases often drop a place name's accents
 * (gold 2021-04-10, 2022-12-02: "Bogotá", "Brasília" named so), so the name without them is an
 * alias of the place too, where no other entry holds it. Only Latin letters and their
 * combining marks: "Brasília" → "Brasilia"; a name with other letters ("Łódź") keeps only its own form.
 */
function unaccented(name: string): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // Short one-word forms are English words or surnames as often ("Hue" of Huế: "Chairman Hue",
  // gold 2023-09-11; "Male" of Malé).
  if (!plain.includes(' ') && plain.length < 6) return name;
  // ASCII on purpose: only a name that folds to plain letters gets the plain alias.
  return /^[A-Za-z’' .-]+$/.test(plain) ? plain : name;
}
