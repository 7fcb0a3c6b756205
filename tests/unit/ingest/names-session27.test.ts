/**
 * Session 27 (people27): people no lexicon lists, named after a title with a given name the
 * English list lacks ("Rogelio", "Björn"), a free appositive title that runs into the next titled
 * person, and a bureau's bracketed acronym inside a glued title. Sentences written in the genre's
 * style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { endsInTitledPerson } from '../../../ingest/entities/appositiveTitles';
import { isGivenName } from '../../../ingest/rules/givenNameList';
import { extractText } from '../../support/extractText';

const officials = (body: string) =>
  extractText('Joint Statement', body, 't')
    .entities.filter((e) => e.type === 'Official')
    .map((e) => e.name);

describe('given names beyond English', () => {
  it.each([
    ['Rogelio', true],
    ['Björn', true],
    ['José', true],
    ['Ovidio', true],
    ['Mary', true],
    ['Union', false],
    ['India', false],
    ['Santiago', false],
  ])('%s is a given name: %s', (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });
});

describe('a person after a long glued title', () => {
  it.each([
    [
      'The meeting was chaired by Secretary of Agriculture and Rural Development Ovidio Marroquín and Ambassador Ana Ruiz.',
      'Ovidio Marroquín',
    ],
    [
      'Attending were Director General for Trade and Investment Policy Edmundo Salcedo, and others.',
      'Edmundo Salcedo',
    ],
    [
      'The team included Assistant Secretary of State for the Bureau of Consular Affairs (CA) Nadia Kerr, who spoke.',
      'Nadia Kerr',
    ],
  ])('%s', (body, name) => {
    expect(officials(body)).toContain(name);
  });
});

describe('a free appositive title that holds the next titled person', () => {
  it('keeps both people', () => {
    const found = officials(
      'The delegation included Ambassador Paul Hewitt, Deputy Assistant Secretary of WHA Rosalind Vega, and Senior Director Tom Reyes.',
    );
    expect(found).toContain('Rosalind Vega');
    expect(found).not.toContain('Deputy Assistant Secretary of WHA Rosalind Vega');
  });

  it.each([
    ['Deputy Assistant Secretary of INL Marta Ruiz', true],
    ['Head of the Office of Policy Planning', false],
    ['Senior Advisor for Energy Security', false],
    ['Nominee for Ambassador to the Republic of Sierra Leone', false],
  ])('%s ends in a titled person: %s', (title, expected) => {
    expect(endsInTitledPerson(title)).toBe(expected);
  });
});
