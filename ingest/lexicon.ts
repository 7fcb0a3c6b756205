/**
 * The curated lexicons (data/lexicon/*.json, plus the countries-list base list) compiled into one
 * alias table. Loaded by static import so that `extract` stays free of I/O.
 */
import { getCountryDataList } from 'countries-list';
import { z } from 'zod';
import type { EntityType } from '../contract/extraction';
import eventsJson from '../data/lexicon/events.json';
import instrumentsJson from '../data/lexicon/instruments.json';
import officialsJson from '../data/lexicon/officials.json';
import organizationsJson from '../data/lexicon/organizations.json';
import programsJson from '../data/lexicon/programs.json';
import regionsJson from '../data/lexicon/regions.json';
import topicsJson from '../data/lexicon/topics.json';
import goldTopicsJson from '../data/lexicon/topics-gold.json';
import { slugify } from './ids';
import { addCapitals } from './lexiconCapitals';
import { addOfficials } from './lexiconOfficials';
import { addPlaces } from './lexiconPlaces';
import { foldAccents } from './normalise';
import { COUNTRIES } from './rules/countries';
import {
  goldTopicsSchema,
  namedListSchema,
  officialsSchema,
  thesaurusSchema,
} from './rules/lexiconSchemas';
import { parseRules } from './rules/load';
import { topicIdFor } from './topics/thesaurus';

// Readers import the lexicon's shapes from here, beside the loader that builds them.
export type * from './lexiconTypes';

import type {
  DatedOfficials,
  HomeOfficeTerm,
  LearntTopic,
  Lexicon,
  LexiconAlias,
  LexiconEntity,
} from './lexiconTypes';

/** Territories typed Region here, or too ambiguous to match as a country name. */
const NOT_COUNTRIES = new Set(['ATA', 'HKG', 'MAC', 'ASC', 'TAA', 'UMI', 'BVT', 'HMD', 'ATF']);

/**
 * A country's English name with its accents ("Perú", "México", "Bénin", "Sénégal", "São Tomé and
 * Príncipe"): statements write both, and the accented form otherwise went unmatched. The accents
 * come word by word from the native name, so an English name whose native one differs only in a
 * linking word ("São Tomé e Príncipe") gets them too.
 */
function accented(country: { name: string; native: string }): string[] {
  const native = country.native.split(' ');
  const name = country.name
    .split(' ')
    .map((word) => native.find((n) => n !== word && foldAccents(n) === word) ?? word)
    .join(' ');
  return name === country.name ? [] : [name];
}

/**
 * "US Senate", "US Coast Guard": statements write the United States' short form without its
 * periods too ("US" is the country's alias, countries.json), so a body named "U.S. …" is also
 * named "US …" (gold 2023-05-20 aliases "US Coast Guard"; archive: "US Cyber Command").
 */
function undotted(names: readonly string[]): string[] {
  return [...names, ...names.filter((n) => n.startsWith('U.S. ')).map((n) => `US ${n.slice(5)}`)];
}

const list = (key: string) => z.object({ [key]: namedListSchema });

/** The lexicon; `learnt` false leaves out the topics generated from the gold (curatedLexicon). */
function build(learnt = true): Lexicon {
  const officialsData = parseRules('lexicon/officials.json', officialsSchema, officialsJson);
  const officials = officialsData.officials;
  const dated: DatedOfficials = {
    bySurname: new Map(),
    lesserRanks: new Set(officialsData.lesserRanks.map((word) => word.toLowerCase())),
  };
  const thesaurus = parseRules('lexicon/topics.json', thesaurusSchema, topicsJson);
  const named = (file: string, key: string, json: unknown) =>
    parseRules(`lexicon/${file}`, list(key), json)[key]!;
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

  const additions = COUNTRIES.countries;
  const excluded = new Set([...COUNTRIES.exclude, ...NOT_COUNTRIES]);
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
    add(
      entity,
      new Set([entity.name, country.name, ...accented(country), ...(extra?.aliases ?? [])]),
    );
    add(entity, extra?.demonyms ?? [], { adjectival: true });
  }
  for (const [iso3, state] of Object.entries(COUNTRIES.historical)) {
    const entity: LexiconEntity = {
      id: `country:${iso3.toLowerCase()}`,
      type: 'Country',
      name: state.name,
      attributes: { iso3 },
    };
    add(entity, new Set([state.name, ...state.aliases]));
    add(entity, state.demonyms ?? [], { adjectival: true });
  }

  addOfficials(officials, entities, dated, add);

  const simple: [EntityType, string, z.output<typeof namedListSchema>][] = [
    [
      'Organization',
      'organization',
      named('organizations.json', 'organizations', organizationsJson),
    ],
    ['Region', 'region', named('regions.json', 'regions', regionsJson)],
    ['Instrument', 'instrument', named('instruments.json', 'instruments', instrumentsJson)],
    ['Program', 'program', named('programs.json', 'programs', programsJson)],
    ['Event', 'event', named('events.json', 'events', eventsJson)],
  ];
  for (const [type, prefix, list] of simple) {
    for (const item of list) {
      const entity: LexiconEntity = {
        id: `${prefix}:${slugify(item.name)}`,
        type,
        name: item.name,
      };
      if (item.partOf) entity.partOf = `${prefix}:${slugify(item.partOf)}`;
      if (item.city) entity.city = true;
      if (item.company) entity.company = true;
      if (item.capitalOf) entity.capitalOf = `country:${item.capitalOf.toLowerCase()}`;
      add(entity, new Set(undotted([item.name, ...item.aliases])));
    }
  }

  addCapitals(COUNTRIES.capitalsNotPlaces, excluded, entities, add);
  addPlaces(entities, aliases, add);

  for (const concept of thesaurus.concepts) {
    const entity: LexiconEntity = {
      id: `topic:${slugify(concept.label)}`,
      type: 'Topic',
      name: concept.label,
    };
    if (concept.broader) entity.attributes = { broader: concept.broader };
    if (concept.eurovoc) entity.attributes = { ...entity.attributes, eurovoc: concept.eurovoc };
    if (concept.absorbs) entity.absorbs = concept.absorbs.map((name) => `region:${slugify(name)}`);
    add(entity, new Set([concept.label, ...concept.altLabels]), { caseInsensitive: true });
  }
  const homeOffices = (officialsData.homeOffices ?? []).map(
    ({ holder, ...term }): HomeOfficeTerm => ({ ...term, entityId: `official:${slugify(holder)}` }),
  );
  return {
    entities,
    aliases,
    learnt: learnt ? learntTopics(undefined, entities) : [],
    dated,
    homeOffices,
  };
}

let parsedGoldTopics: z.output<typeof goldTopicsSchema> | undefined;

function goldTopics(): z.output<typeof goldTopicsSchema> {
  parsedGoldTopics ??= parseRules('lexicon/topics-gold.json', goldTopicsSchema, goldTopicsJson);
  return parsedGoldTopics;
}

/** The gold-learnt topics that other gold files than `withheld` support; curated ids win. */
function learntTopics(
  withheld: string | undefined,
  entities: ReadonlyMap<string, LexiconEntity>,
): LearntTopic[] {
  const gold = goldTopics();
  const learnt: LearntTopic[] = [];
  for (const concept of gold.concepts) {
    const support = concept.files.filter((file) => file !== withheld).length;
    const against = concept.unannotated.filter((file) => file !== withheld).length;
    // The id derived topics get (thesaurus.ts), so a learnt and a derived form are one topic.
    const id = topicIdFor(concept.label);
    if (support < gold.minFiles || support < gold.minPrecision * (support + against)) continue;
    if (entities.has(id) || entities.has(`topic:${slugify(concept.label)}`)) continue;
    // An alias only the withheld file declares is its own wording, not a learnt mapping.
    const names = concept.altLabels.filter((name) => {
      const from = concept.aliasFiles[name];
      return from === undefined || from.some((file) => file !== withheld);
    });
    learnt.push({ id, label: concept.label, names: [concept.label, ...names] });
  }
  return learnt;
}

let cached: Lexicon | undefined;
/** Set only while `withLexicon` runs (the evaluation's leave-one-out lexicons). */
let active: Lexicon | undefined;

/** The compiled lexicon (built once per process). */
export function lexicon(): Lexicon {
  if (active) return active;
  cached ??= build();
  return cached;
}

/** The lexicon as it would be had the gold file `base` (a basename) never been annotated. */
export function lexiconWithout(base: string): Lexicon {
  // A gold file that bears on no learnt concept shares the one compiled lexicon.
  const gold = goldTopics();
  const needed = gold.concepts.some(
    (concept) => concept.files.includes(base) || concept.unannotated.includes(base),
  );
  cached ??= build();
  if (!needed) return cached;
  // The same names and entities (nothing else depends on the gold): only the learnt list differs.
  return { ...cached, learnt: learntTopics(base, cached.entities) };
}

/** The hand-curated lexicon alone, without the topics generated from the gold. */
export function curatedLexicon(): Lexicon {
  return build(false);
}

/**
 * Runs `work` (synchronous, as `extract` is) with `replacement` as the lexicon every module sees,
 * so no part of one extraction reads a different lexicon from another.
 */
export function withLexicon<T>(replacement: Lexicon, work: () => T): T {
  const previous = active;
  active = replacement;
  try {
    return work();
  } finally {
    active = previous;
  }
}
