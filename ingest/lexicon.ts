/**
 * The curated lexicons (data/lexicon/*.json, plus the countries-list base list) compiled into one
 * alias table. Loaded by static import so that `extract` stays free of I/O.
 */
import { getCountryDataList } from 'countries-list';
import countriesJson from '../data/lexicon/countries.json';
import instrumentsJson from '../data/lexicon/instruments.json';
import officialsJson from '../data/lexicon/officials.json';
import organizationsJson from '../data/lexicon/organizations.json';
import programsJson from '../data/lexicon/programs.json';
import regionsJson from '../data/lexicon/regions.json';
import topicsJson from '../data/lexicon/topics.json';
import type { EntityType } from './contract';
import { slugify } from './ids';

export interface LexiconEntity {
  id: string;
  type: EntityType;
  name: string;
  attributes?: Record<string, string>;
  /** Region containment (PART_OF). */
  partOf?: string;
  /** Officials: the country id they represent. */
  represents?: string;
}

export interface LexiconAlias {
  alias: string;
  entityId: string;
  /** Demonyms ("North Korean"): name the state without being a grammatical subject. */
  adjectival?: boolean;
  /** Topic synonyms are matched regardless of case; names are matched as written. */
  caseInsensitive?: boolean;
  /** A bare surname ("Biden") counts only after a title or once the full name was seen. */
  surnameOnly?: boolean;
}

export interface Lexicon {
  entities: Map<string, LexiconEntity>;
  aliases: LexiconAlias[];
}

interface CountryAddition {
  name?: string;
  short?: string;
  aliases?: string[];
  demonyms?: string[];
}

interface NamedList {
  name: string;
  aliases: string[];
  partOf?: string;
}

interface OfficialEntry extends NamedList {
  title: string;
  country: string;
}

interface TopicEntry {
  name: string;
  synonyms?: string[];
}

/** Territories typed Region here, or too ambiguous to match as a country name. */
const NOT_COUNTRIES = new Set(['ATA', 'HKG', 'MAC', 'ASC', 'TAA', 'UMI', 'BVT', 'HMD', 'ATF']);

function build(): Lexicon {
  const entities = new Map<string, LexiconEntity>();
  const aliases: LexiconAlias[] = [];
  const add = (
    entity: LexiconEntity,
    names: Iterable<string>,
    extra: Partial<LexiconAlias> = {},
  ) => {
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
    for (const alias of names)
      if (alias.trim()) aliases.push({ alias, entityId: entity.id, ...extra });
  };

  const additions = countriesJson.countries as Record<string, CountryAddition>;
  const excluded = new Set([...countriesJson.exclude, ...NOT_COUNTRIES]);
  for (const country of getCountryDataList()) {
    if (excluded.has(country.iso3)) continue;
    const extra = additions[country.iso3];
    const entity: LexiconEntity = {
      id: `country:${country.iso3.toLowerCase()}`,
      type: 'Country',
      name: extra?.name ?? country.name,
      attributes: { iso3: country.iso3, iso2: country.iso2 },
    };
    if (extra?.short) entity.attributes!.short = extra.short;
    add(entity, new Set([entity.name, country.name, ...(extra?.aliases ?? [])]));
    add(entity, extra?.demonyms ?? [], { adjectival: true });
  }

  const countryName = (iso3: string) => entities.get(`country:${iso3.toLowerCase()}`)?.name ?? iso3;
  for (const official of officialsJson.officials as OfficialEntry[]) {
    const entity: LexiconEntity = {
      id: `official:${slugify(official.name)}`,
      type: 'Official',
      name: official.name,
      attributes: { title: official.title, country: countryName(official.country) },
      represents: `country:${official.country.toLowerCase()}`,
    };
    const [full, surnames] = partition(official.aliases, (alias) => /\s/.test(alias));
    add(entity, full);
    add(entity, surnames, { surnameOnly: true });
  }

  const simple: [EntityType, string, NamedList[]][] = [
    ['Organization', 'organization', organizationsJson.organizations],
    ['Region', 'region', regionsJson.regions],
    ['Instrument', 'instrument', instrumentsJson.instruments],
    ['Program', 'program', programsJson.programs],
  ];
  for (const [type, prefix, list] of simple) {
    for (const item of list) {
      const entity: LexiconEntity = {
        id: `${prefix}:${slugify(item.name)}`,
        type,
        name: item.name,
      };
      if (item.partOf) entity.partOf = `${prefix}:${slugify(item.partOf)}`;
      add(entity, new Set([item.name, ...item.aliases]));
    }
  }

  for (const topic of topicsJson.topics as TopicEntry[]) {
    const entity: LexiconEntity = {
      id: `topic:${slugify(topic.name)}`,
      type: 'Topic',
      name: topic.name,
    };
    add(entity, new Set([topic.name, ...(topic.synonyms ?? [])]), { caseInsensitive: true });
  }
  return { entities, aliases };
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

let cached: Lexicon | undefined;

/** The compiled lexicon (built once per process). */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}
