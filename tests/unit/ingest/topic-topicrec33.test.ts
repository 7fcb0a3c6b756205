/**
 * Session 33 (helper topicrec33): thesaurus concepts statements write in a shorter or longer
 * form than the gold's name (data/lexicon/topics.json). Climate "adaptation" and "mitigation"
 * alone are the climate concepts (12 of 13 and 7 of 9 gold files whose commitments say them name
 * those); "the right to defend itself" is `self-defense` (7 of 7); "international law of the
 * sea" is `law of the sea`. Sentences written in the genre's style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a short or long wording names the thesaurus concept', () => {
  it.each([
    [
      'They committed to address climate change through mitigation, adaptation, and resilience.',
      ['climate change mitigation', 'climate change adaptation'],
    ],
    [
      'They agreed to strengthen adaptation actions in the most vulnerable countries.',
      ['climate change adaptation'],
    ],
    [
      'They reaffirmed their support for Ukraine’s right to defend itself against aggression.',
      ['self-defense'],
    ],
    [
      'They committed to resolve maritime disputes in accordance with the international law of the sea.',
      ['law of the sea'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it.each([
    // A modifier before the word names another thing: the whole phrase stays the topic.
    ['They agreed to support methane mitigation projects in the region.', 'methane mitigation'],
    ['They agreed to fund community adaptation plans in coastal towns.', 'community adaptation'],
    // A noun by its ending after "to" is no infinitive: the compound keeps its head.
    [
      'They agreed to open new pathways to eviction mitigation and prevention.',
      'eviction mitigation',
    ],
  ])('%s', (sentence, modified) => {
    const topics = topicsOf(sentence);
    expect(topics.some((topic) => topic.startsWith(modified))).toBe(true);
    expect(topics).not.toContain('climate change mitigation');
    expect(topics).not.toContain('climate change adaptation');
  });
});
