/**
 * Near-miss concepts of long joint statements (session 14, helper topics53): one thesaurus
 * concept for the ways statements write it (data/lexicon/topics.json), in sentences of the genre,
 * not of the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('near-miss wordings merge into one concept', () => {
  it.each([
    ['They committed to close the country’s remaining financing gap this year.', 'financing needs'],
    ['They pledged to help Moldova meet its budget needs.', 'financing needs'],
    [
      'They agreed that the perpetrators must be held accountable for these crimes.',
      'accountability',
    ],
    [
      'They remain committed to holding those responsible accountable for their crimes.',
      'accountability',
    ],
    ['They condemned the weaponization of energy supplies.', 'weaponization of energy'],
    ['They called on Russia to stop weaponizing food.', 'weaponization of food'],
  ])('%s', (sentence, topic) => {
    expect(aboutOf(sentence).flat()).toContain(topic);
  });
});
