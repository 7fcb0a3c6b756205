/**
 * Session 23 (names23): names missed on unseen statements. A delegation list whose honorific name
 * let its free appositive title run on into the next titled person ("Monaco" read as the country),
 * the 'Cartel' head, and lexicon places and bodies the releases name. Sentences written in the
 * genres' style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { endsInTitledPerson } from '../../../ingest/entities/appositiveTitles';
import { extractText } from '../../support/extractText';

const namesOf = (type: string, body: string, title = 'Joint Statement') =>
  extractText(title, body, 't')
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('a delegation list after an honorific name', () => {
  it.each([
    [
      'The delegation included Dr. Maria Okafor, Deputy Attorney General Lisa Monaco, and Deputy Secretary Tom Reyes.',
      ['Maria Okafor', 'Lisa Monaco'],
    ],
    [
      'Participants included Dr. Alan Price, Attorney General Merrick Garland, White House Director Ruth Chen.',
      ['Alan Price', 'Merrick Garland'],
    ],
  ])('keeps each titled person: %s', (body, names) => {
    const officials = namesOf('Official', body);
    for (const name of names) expect(officials).toContain(name);
    expect(namesOf('Country', body)).not.toContain('Monaco');
  });

  it.each([
    ['Deputy Attorney General Lisa Monaco', true],
    ['Attorney General Merrick Garland', true],
    ['Principal Deputy National Security Advisor', false],
    ['Director of Policy Planning', false],
    ['Senior Director for Europe', false],
  ])('a free title ending in a titled person: %s', (title, expected) => {
    expect(endsInTitledPerson(title)).toBe(expected);
  });
});

describe('open-vocabulary and lexicon names', () => {
  it.each([
    [
      'Both sides condemned the violence of the Gulf Cartel and the Sinaloa Cartel.',
      'Sinaloa Cartel',
    ],
    [
      'They will target the Cartel de Jalisco Nueva Generación and its suppliers.',
      'Cartel de Jalisco Nueva Generación',
    ],
    ['Mexico deployed the National Guard to the border.', 'National Guard'],
    ['The EU will contribute through Team Europe.', 'Team Europe'],
  ])('is an Organization: %s', (body, name) => {
    expect(namesOf('Organization', body)).toContain(name);
  });

  it.each([
    ['The leaders discussed the humanitarian situation in Rafah.', 'Rafah'],
    ['The Vice President traveled to Dar es Salaam.', 'Dar es Salaam'],
    ['Maritime security in the South Atlantic remains a priority.', 'South Atlantic'],
  ])('is a Region: %s', (body, name) => {
    expect(namesOf('Region', body)).toContain(name);
  });
});
