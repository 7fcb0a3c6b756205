/**
 * People named after a long title and a comma in a delegation list
 * (ingest/entities/gluedTitles.ts, `comma`): "the Minister of X, Name;" names the person; a
 * name that opens with two given names keeps both; a remit's list ("Minister of Economy, Trade
 * and Industry") and a place after a title's comma name no one. Table-driven: body → exactly
 * the officials found. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, officials: string[]][] = [
  [
    'Attending for Chile were the Minister of Finance, Tomás Herrera Soto; the Minister of the Interior, Ana Lucía Paredes Vidal; and the Ambassador of Chile to Peru, Rodrigo Fuentes.',
    ['Tomás Herrera Soto', 'Ana Lucía Paredes Vidal', 'Rodrigo Fuentes'],
  ],
  // A family name no list holds still ends a name the list's ";" closes.
  [
    'The delegation included the Acting Deputy Secretary of Energy, Dorrit Kvalheim; and the Senior Advisor to the Administrator, Marta Ilves.',
    ['Dorrit Kvalheim', 'Marta Ilves'],
  ],
  // Particles inside a name and a bracketed note after it.
  [
    'Also present were the Deputy Minister of Trade, Juan Carlos de la Vega (virtually); and the Director General of Customs, Ines van der Berg.',
    ['Juan Carlos de la Vega', 'Ines van der Berg'],
  ],
  // Two given names before the family names, glued to the title without a comma.
  [
    'She met Secretary of the Economy María José Ortega Ruiz in Mexico City.',
    ['María José Ortega Ruiz'],
  ],
  // After a bare rank, a company's division is no person.
  [
    'Before that, she served as President, Consumer Products; and Vice President, Retail Sales.',
    [],
  ],
  // A tenure word before an appositive title (gold 2021-02-17: "Stephen Lovegrove, incoming
  // National Security Advisor to the Prime Minister of the United Kingdom").
  [
    'Mr. Sullivan spoke by phone today with Arne Tallberg, incoming National Security Advisor to the Prime Minister of Norway.',
    ['Arne Tallberg', 'Jake Sullivan'],
  ],
  // A place with its state, a company, a remit's coordination: no person.
  ['He served as General Counsel of the Water Authority, Glen Hollow, NY, until 2019.', []],
  ['The panel heard Mr. Ortiz, Chairman & CEO, Acme Widget Corp, on Tuesday.', ['Ortiz']],
  ['He was Chairman of the Subcommittee on the Middle East, North Africa, and Global Health.', []],
  ['She was Director for Counter-Narcotics, Law Enforcement and Rule of Law Programs.', []],
  // A surname that is also a place still ends a person; "Jr." is no state after a comma.
  [
    'The delegation included the Deputy Attorney General, Lisa Monaco; and the Governor, John C. Carney, Jr.',
    ['Lisa Monaco', 'John C. Carney'],
  ],
  // A remit's list after a title names no one.
  ['The Minister of Economy, Trade and Industry, and the Minister of Defense met today.', []],
  [
    'The Secretary of Homeland Security, Health and Human Services officials, and partners met.',
    [],
  ],
];

function officials(body: string): string[] {
  const extraction = extractText('Statement', body, 'names-comma-titles');
  return extraction.entities
    .filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('people named after a title and a comma', () => {
  it.each(ROWS)('%s', (body, expected) => {
    expect(officials(body).sort()).toEqual([...expected].sort());
  });
});
