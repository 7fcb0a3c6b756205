/**
 * Session 34 (helper onep34): a people named by its state is a people topic (ingest/topics/peoples.ts;
 * gold CONVENTIONS 3.7): "the people of Israel", "the Government and people of Angola" (the
 * government is the state, no topic), "the Ukrainian people", "the American and Indonesian
 * peoples" (one topic each), "U.S. citizens"; a state's whole people is named `people of` and the
 * state's name whatever the text writes (s40 ruling). Who acts for a state
 * ("officials", "leaders") is no such noun. Sentences written in the genre's style, not taken from
 * the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a people named by its state is a topic', () => {
  it.each([
    ['They pledged support to the Government and people of Angola.', ['people of Angola']],
    ['They will stand with the sovereign nation and people of Ukraine.', ['people of Ukraine']],
    [
      'They thanked President Duda and the people of Poland for their generosity.',
      ['people of Poland'],
    ],
    [
      'They committed to deliver better livelihoods for the American and Indonesian peoples.',
      ['people of the United States', 'people of Indonesia'],
    ],
    ['They will continue to stand with the Ukrainian people.', ['people of Ukraine']],
    [
      'They agreed to protect the people of Ireland and Northern Ireland.',
      ['people of Ireland', 'people of Northern Ireland'],
    ],
    [
      'They committed to secure the release of all hostages, including American citizens.',
      ['American citizens'],
    ],
    ['They pledged continued support to Ukrainians defending their country.', ['Ukrainians']],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it.each([
    // The coordinated head is the state: no phrase over "nation and people".
    ['They will stand with the sovereign nation and people of Ukraine.', 'nation'],
    ['They pledged support to the Government and people of Angola.', 'government'],
  ])('%s names no topic for the state (%s)', (sentence, word) => {
    expect(topicsOf(sentence).some((topic) => topic.toLowerCase().includes(word))).toBe(false);
  });

  it.each([
    // Who acts for a state is not a people noun.
    ['They agreed to meet with Israeli officials next week.', 'Israeli officials'],
    ['They discussed the views of Mexican leaders on migration.', 'Mexican leaders'],
    // The statements' own public alone, and a possessor.
    ['They agreed to give Americans safe options to leave the country.', 'Americans'],
    ['They pledged to protect Ukrainians’ access to food.', 'Ukrainians'],
    // "Swiss" ends in -s but is no plural.
    ['They welcomed Swiss investment in the region.', 'Swiss'],
  ])('%s', (sentence, phrase) => {
    expect(topicsOf(sentence)).not.toContain(phrase);
  });
});

describe('working with allies and partners is the coordination concept', () => {
  it.each([
    'They will continue to oppose, alongside our allies and partners, the closure of independent media.',
    'They will hold the regime accountable, in concert with our allies and partners.',
    'They are working closely with our partners and allies to hold those responsible accountable.',
  ])('%s', (sentence) => {
    expect(topicsOf(sentence)).toContain('coordination with allies and partners');
  });
});
