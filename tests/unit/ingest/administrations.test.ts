/**
 * A President's (and Vice President's) surname before a lowercase "administration" names that
 * administration as the gold writes it, capitalised (entities/administrations.ts); other
 * capitalised words before it name nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';
import { sentenceActors } from '../../support/sentenceActors';

type Row = [sentence: string, named: string[], absent?: string[]];

const ROWS: Row[] = [
  ['To that end, the Biden administration is establishing a new office.', ['Biden Administration']],
  [
    'Both delegations underlined the efforts that the Biden administration is pursuing.',
    ['Biden Administration'],
  ],
  [
    'He stressed the Biden-Harris administration’s commitment to Africa.',
    ['Biden-Harris Administration'],
  ],
  ['The Trump administration imposed new tariffs on steel.', ['Trump Administration']],
  // Surnames of no White House holder, and adjectives, make no administration.
  ['The Obama-Biden administration worked on this.', [], ['Obama-Biden Administration']],
  ['A Democratic administration would act differently.', [], ['Democratic Administration']],
  ['The Customs administration of Mexico will cooperate.', [], ['Customs Administration']],
];

describe('administrations named by a lowercase "administration"', () => {
  it.each(ROWS)('%s', (sentence, named, absent = []) => {
    const entities = extractText('', sentence, 't').entities;
    for (const name of named)
      expect(
        entities.find((e) => e.name === name),
        name,
      ).toMatchObject({ type: 'Organization' });
    for (const name of absent) expect(entities.map((e) => e.name)).not.toContain(name);
  });
});

describe('an administration as a subject', () => {
  // Gold 2022-12-15: "the Biden administration is establishing …" is the United States', so the
  // administration named as an entity is no actor of its own (data/rules/speakers.json).
  it.each([
    'The Biden-Harris administration will re-open enrollment to the Health Insurance Marketplaces.',
    'To that end, the Biden administration is establishing a new office.',
  ])('%s', (sentence) => {
    const title = 'Fact Sheet: President Biden to Sign Executive Orders on Health Care';
    expect(sentenceActors(title, sentence, sentence)).toEqual(['United States']);
  });
});
