/**
 * A person named in full once and by a shorter form later is one person (session 51 census: 8 of
 * the 29 spurious Officials in the gold were such second entities): the first half of a double
 * surname ("President Bongo" of "Ali Bongo Ondimba"), a family name with its particle ("Mr. van
 * Leeuwen"), and the fuller form of a name the lexicon knows ("President William S. Ruto" where
 * the lexicon has "William Ruto"). Invented people except the lexicon's.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const officials = (title: string, body: string) =>
  extractText(title, body)
    .entities.filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name)
    .sort();

const READOUT = 'Readout of National Security Advisor Jake Sullivan’s Call';

describe('short forms of a person named in full', () => {
  it.each([
    [
      'the first half of a double surname',
      'National Security Advisor Jake Sullivan spoke today with President Marisol Ortega Vidal of Chile. Mr. Sullivan and President Ortega discussed energy security.',
      ['Jake Sullivan', 'Marisol Ortega Vidal'],
    ],
    [
      'a family name with its particle',
      'National Security Advisor Jake Sullivan spoke today with Foreign Minister Pieter van Dalsum of the Netherlands. Mr. Sullivan and Mr. van Dalsum discussed energy security.',
      ['Jake Sullivan', 'Pieter van Dalsum'],
    ],
    [
      'the fuller form of a name the lexicon knows',
      'National Security Advisor Jake Sullivan spoke today with President William S. Ruto of Kenya. Mr. Sullivan and President Ruto discussed energy security.',
      ['Jake Sullivan', 'William S. Ruto'],
    ],
  ])('merges %s', (_, body, expected) => {
    expect(officials(READOUT, body)).toEqual(expected);
  });

  it('leaves a middle name two people share alone', () => {
    expect(
      officials(
        READOUT,
        'National Security Advisor Jake Sullivan spoke today with President Marisol Ortega Vidal of Chile and Foreign Minister Tomás Ortega Ruiz of Peru. President Ortega thanked him.',
      ),
    ).toEqual(['Jake Sullivan', 'Marisol Ortega Vidal', 'Ortega', 'Tomás Ortega Ruiz']);
  });
});
