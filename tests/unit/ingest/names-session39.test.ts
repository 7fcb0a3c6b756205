/**
 * Session 39 name classes from the former holdouts' misses and spurious names. Table-driven:
 * body → exactly the entities of the given types found. Sentences written for the test.
 * - demonymPeople.ts: a country the text names only by a demonym before a people or situation
 *   noun ("the Ukrainian people", "Afghan refugees", "the Venezuelan migrant crisis") is no
 *   entity; named any other way it stays.
 * - appositiveTitles.ts: a remit ending in a document's or a body's head ("… Coordinator for the
 *   Los Angeles Declaration") holds no person, though "Angeles" is a given name.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../contract/extraction';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, types: EntityType[], expected: string[]][] = [
  [
    'Mr. Sullivan thanked Kuwait for its generous humanitarian aid to the Ukrainian people.',
    ['Country'],
    ['Kuwait', 'United States'],
  ],
  [
    'Mr. Sullivan commended Peru for generously hosting Afghan refugees.',
    ['Country'],
    ['Peru', 'United States'],
  ],
  [
    'They will discuss economic recovery and the Venezuelan migrant crisis in Bogota.',
    ['Country'],
    [],
  ],
  [
    'The Vice President stressed a two-state solution to the Israeli-Palestinian conflict.',
    ['Country'],
    [],
  ],
  // Named another way, the country stays; a demonym before other nouns names it.
  ['We stand with the Ukrainian people. Ukraine will prevail.', ['Country'], ['Ukraine']],
  ['The leaders condemned attacks on Ukrainian cities.', ['Country'], ['Ukraine']],
  [
    'They welcomed Afghan allies and the Afghan government delegation.',
    ['Country'],
    ['Afghanistan'],
  ],
  [
    'Attending were Ken Salazar, Ambassador to Peru; and Katie Tobin, NSC Coordinator for the Los Angeles Declaration.',
    ['Official'],
    ['Ken Salazar', 'Katie Tobin'],
  ],
];

function found(body: string, types: readonly EntityType[]): string[] {
  return extractText('Statement', body, 'names-session39')
    .entities.filter((entity) => types.includes(entity.type))
    .map((entity) => entity.name)
    .sort();
}

describe('session 39 name classes', () => {
  it.each(ROWS)('%s', (body, types, expected) => {
    expect(found(body, types)).toEqual([...expected].sort());
  });
});
