/**
 * Session 39 name classes from the former holdouts' misses and spurious names. Table-driven:
 * body → exactly the entities of the given types found. Sentences written for the test.
 * - demonymPeople.ts: a country the text names only by a demonym before a people or situation
 *   noun ("the Ukrainian people", "Afghan refugees", "the Venezuelan migrant crisis") is no
 *   entity; named any other way it stays.
 * - appositiveTitles.ts: a remit ending in a document's or a body's head ("… Coordinator for the
 *   Los Angeles Declaration") holds no person, though "Angeles" is a given name.
 * - descriptiveBodies.ts: a company named after a noun of its kind or "X-based".
 * - knownExtensions.ts: "the Nairobi process" is a Program, not the city.
 * - lexiconPlaces.ts: "Bogota" is Bogotá.
 * - titles.json: "Chargé d’Affaires" is a title, "Professor" an honorific before a name.
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
  // descriptiveBodies.ts namedCompanies: a company after a noun of its kind or "X-based".
  [
    'Kenyan company Tesora Labs announced that it will use satellite imagery.',
    ['Organization', 'Country'],
    ['Tesora Labs'],
  ],
  [
    'Today, the UAE-based Orlin Finance and KAVO Power are both private sector partners.',
    ['Organization'],
    ['Orlin Finance', 'KAVO Power'],
  ],
  [
    'It joins a partnership with the U.S. company Velder Energy.',
    ['Organization'],
    ['Velder Energy'],
  ],
  // A comma goes on into a list of partners: no company of one of them.
  ['She was a partner with the law firm Haddon, Ross and Pike.', ['Organization'], []],
  // knownExtensions.ts cityProcesses: a process named after a city is a Program.
  [
    'The United States supports the Nairobi and Luanda processes, which seek peace.',
    ['Program', 'Region'],
    ['Nairobi process', 'Luanda process'],
  ],
  ['They met in Nairobi to process the claims.', ['Program', 'Region'], ['Nairobi']],
  // lexiconPlaces.ts: a place's name written without its accents.
  ['In Bogota, they will discuss economic recovery.', ['Region'], ['Bogotá']],
  // companies by a legal form that is a head ("PBC", "LLP").
  ['Planet Labs PBC is investing across Africa.', ['Organization'], ['Planet Labs PBC']],
  // titles.json notNames: an address before the style and name is in neither.
  [
    'His Highness Sheikh Hamad bin Rashid Al Nuaimi, President of the United Arab Emirates, met the President.',
    ['Official'],
    ['Hamad bin Rashid Al Nuaimi'],
  ],
  // titles.json styles: the address after a title too; surnames.ts: the name less "Al …", and
  // its given name alone, are that official.
  [
    'President Biden met today with President His Highness Sheikh Hamad bin Rashid Al Nuaimi, President of the United Arab Emirates. President Sheikh Hamad bin Rashid confirmed the plan. President Sheikh Hamad and President Biden praised the ties.',
    ['Official'],
    ['Joe Biden', 'Hamad bin Rashid Al Nuaimi'],
  ],
  // titles.json: a chargé d’affaires, with or without the accent, is a title before a name.
  [
    "Attending were Charge d’Affaires Mirela-Ann Tovoli of the Republic of Nauru and Chargé d'Affaires Pavel Orkin.",
    ['Official'],
    ['Mirela-Ann Tovoli', 'Pavel Orkin'],
  ],
  // titles.json honorifics: "Professor" before a name, with an appositive office or none.
  [
    'Professor Ilan Abeto, Minister of Digital Economy, signed the Accords. Professor Abeto spoke.',
    ['Official'],
    ['Ilan Abeto'],
  ],
  ['She is a Professor of Soil Science at the college.', ['Official'], []],
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
