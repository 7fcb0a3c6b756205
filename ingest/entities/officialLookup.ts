/**
 * What an official's name and title say by the lexicon: the entity a name stands for, and the
 * country a title carries as a demonym. Shared by the title patterns (officials.ts), the
 * title-of-body finder (titleOfBody.ts) and the finders of a title glued to its person.
 */

import { remember } from '../boundedMemo';
import { slugify } from '../ids';
import type { Lexicon, LexiconEntity } from '../lexicon';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { TITLE_RULES, TITLE_WORDS } from '../rules/titles';
import { withoutPosting } from './homeOffices';
import type { Candidate } from './matchLexicon';

/**
 * Per lexicon, built once: the entity of each alias's first entry (what `aliases.find` by text
 * gives), and the country aliases in lexicon order. Both were a walk over every alias per
 * official match (thousands of entries, a couple of times per official in a statement).
 */
interface AliasIndex {
  firstByText: Map<string, LexiconEntity | undefined>;
  countryAliases: { alias: string; id: string }[];
  /**
   * `countryInTitle`'s answers by title: a walk over every country alias per title found (twice
   * for most titles), and a statement's few titles recur across statements. Cleared when large.
   */
  titleCountries: Map<string, string | null>;
}
const aliasIndexes = new WeakMap<Lexicon, AliasIndex>();

function aliasIndex(lexicon: Lexicon): AliasIndex {
  let index = aliasIndexes.get(lexicon);
  if (index) return index;
  index = { firstByText: new Map(), countryAliases: [], titleCountries: new Map() };
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (!index.firstByText.has(alias.alias)) index.firstByText.set(alias.alias, entity);
    if (entity?.type === 'Country')
      index.countryAliases.push({ alias: alias.alias, id: entity.id });
  }
  aliasIndexes.set(lexicon, index);
  return index;
}

/** Titles that carry their country as a demonym: "Japanese Prime Minister". */
export function countryInTitle(lexicon: Lexicon, title: string): string | undefined {
  const { countryAliases, titleCountries } = aliasIndex(lexicon);
  let country = titleCountries.get(title);
  if (country === undefined) {
    country = null;
    // The first alias in lexicon order that the title contains and that names a country; not the
    // posting of an ambassador ("Ambassador to Germany Amy Gutmann" represents the United States).
    const own = withoutPosting(title);
    for (const { alias, id } of countryAliases)
      if (own.includes(alias)) {
        country = id;
        break;
      }
    remember(titleCountries, title, country, 10_000);
  }
  return country ?? undefined;
}

/** The country whose name or demonym opens `text` ("Chinese Communist Party Politburo Member"). */
export function countryOpening(lexicon: Lexicon, text: string): string | undefined {
  for (const { alias, id } of aliasIndex(lexicon).countryAliases)
    if (text.startsWith(alias) && text[alias.length] === ' ') return id;
  return undefined;
}

/** The entity of the lexicon's first alias written `surface`, if any. */
export function lexiconEntityOf(lexicon: Lexicon, surface: string): LexiconEntity | undefined {
  return aliasIndex(lexicon).firstByText.get(surface);
}

/** The official a name stands for: the lexicon's entry when it lists the name, else a new id. */
export function officialCandidate(
  known: ReturnType<typeof lexiconEntityOf>,
  name: string,
  start: number,
): Candidate {
  return {
    entityId: known?.id ?? `official:${slugify(name)}`,
    type: 'Official',
    start,
    end: start + name.length,
    text: name,
    source: 'official',
  };
}

const NOT_NAMES: ReadonlySet<string> = new Set(TITLE_RULES.notNames);

/**
 * A capitalised word that can be part of a person's name after a title glued to it ("… Amy
 * Gutmann", "… O’Neill"): no head noun, title word, name opener or listed non-name.
 */
export function personNameWord(word: string): boolean {
  return (
    /^[\p{Lu}À-ÖØ-Þ][\p{Ll}à-öø-ÿ’'-]+$/u.test(word) &&
    !NAME_RULES.openers.has(word) &&
    !HEAD_TYPES.has(word) &&
    !TITLE_WORDS.has(word) &&
    !NOT_NAMES.has(word)
  );
}
