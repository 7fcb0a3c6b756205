/**
 * Wordings the gold names by a thesaurus concept in other words (session 44, helper alias44):
 * each entry needs the mapping in at least two gold files and the wording in the unseen sample
 * (data/lexicon/topics.json). Sentences of the genre, not of the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('a wording the gold names by its concept', () => {
  it.each([
    [
      'The leaders pledged to help Ukraine to defend itself against further attacks.',
      'self-defense',
    ],
    ['The partners will ensure that Israel can defend itself.', 'self-defense'],
    ['The partners will work together to build capacity in the region.', 'capacity building'],
    ['The ministers committed to help coastal states build capacity.', 'capacity building'],
    ['The leaders condemned the violations of human rights in the country.', 'human rights abuses'],
  ])('%s', (sentence, topic) => {
    expect(aboutOf(sentence).flat()).toContain(topic);
  });
});

describe('a wording that stays what it says', () => {
  it.each([
    // A reflexive without "to" is the country's ongoing fight, not its right (gold 18 of 19).
    ['The leaders reaffirmed their support for Ukraine as it defends itself.', 'self-defense'],
    // Capacity of something is that capacity, not its building.
    ['The leaders committed to expanding the capacity of the port.', 'capacity building'],
  ])('%s', (sentence, topic) => {
    expect(aboutOf(sentence).flat()).not.toContain(topic);
  });
});
