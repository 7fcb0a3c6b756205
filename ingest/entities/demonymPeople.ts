/**
 * "the Ukrainian people", "Afghan refugees", "Kenyan company ZEP-RE", "the Venezuelan migrant
 * crisis": people or a situation named by nationality are no alias of the state (gold
 * conventions 3.3), so a country the text names only that way is no entity of the statement.
 * Where it is named any other way (its name, another use of the demonym), every hit stays: the
 * demonym is then its alias, as the gold has it. Nouns are data (names.json demonymPeople).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import type { EntityHit } from '../types';

/** After the demonym: an optional hyphenated second one, one lowercase modifier, the noun. */
const PEOPLE_AFTER = new RegExp(
  `^(?:-\\p{Lu}[\\p{L}’']*)?(?: \\p{Ll}[\\p{Ll}-]*)?? (?:${alternation(NAME_RULES.demonymPeople)})(?![\\p{L}-])`,
  'u',
);

function namesPeople(text: string, hit: EntityHit): boolean {
  return hit.adjectival === true && PEOPLE_AFTER.test(text.slice(hit.end, hit.end + 48));
}

/**
 * Drops the country hits of countries the text names only by a demonym before such a noun, and
 * returns them by sentence: the topic pass still reads them ("the Eritrean people" is a people
 * topic, topics/peoples.ts), as it did before they were dropped.
 */
export function dropDemonymPeople(
  text: string,
  hitsBySentence: Map<number, EntityHit[]>,
): Map<number, EntityHit[]> {
  const dropped = new Map<number, EntityHit[]>();
  const only = new Map<string, boolean>();
  for (const hits of hitsBySentence.values()) {
    for (const hit of hits) {
      if (hit.type !== 'Country') continue;
      only.set(hit.entityId, (only.get(hit.entityId) ?? true) && namesPeople(text, hit));
    }
  }
  if (![...only.values()].some(Boolean)) return dropped;
  for (const [index, hits] of hitsBySentence) {
    const gone = hits.filter((hit) => hit.type === 'Country' && only.get(hit.entityId) === true);
    if (gone.length === 0) continue;
    dropped.set(index, gone);
    hitsBySentence.set(
      index,
      hits.filter((hit) => !gone.includes(hit)),
    );
  }
  return dropped;
}

/** The hits with the dropped demonyms put back, in text order: what the topic pass reads. */
export function withPeopleHits(
  hitsBySentence: Map<number, EntityHit[]>,
  peopleHits: ReadonlyMap<number, readonly EntityHit[]>,
): Map<number, EntityHit[]> {
  if (peopleHits.size === 0) return hitsBySentence;
  const merged = new Map(hitsBySentence);
  for (const [index, hits] of peopleHits) {
    merged.set(
      index,
      [...(merged.get(index) ?? []), ...hits].sort((a, b) => a.start - b.start || b.end - a.end),
    );
  }
  return merged;
}
