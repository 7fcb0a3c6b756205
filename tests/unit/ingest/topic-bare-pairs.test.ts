/**
 * Coordinated bare nouns (session 20, helper coord20): two bare nouns joined by "and" name two
 * things ('diabetes and cancer' → two topics); values, thesaurus pairs, groups of people and
 * agents stay one (ingest/topics/barePair.ts). Sentences of the genre, not of the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('two bare nouns are expanded', () => {
  it.each([
    ['The leaders agreed to expand cooperation on copper and aluminum.', ['copper', 'aluminum']],
    ['They committed to fight malaria and tuberculosis.', ['malaria', 'tuberculosis']],
    [
      'The ministers welcomed progress on recovery and reconstruction.',
      ['recovery', 'reconstruction'],
    ],
  ])('%s', (sentence, topics) => {
    const found = topicsOf(sentence);
    expect(found).toEqual(expect.arrayContaining(topics));
    expect(found.some((topic) => / and /.test(topic))).toBe(false);
  });
});

describe('values, known pairs, people and agents stay whole', () => {
  it.each([
    ['The leaders reaffirmed their commitment to peace and stability.', 'peace and stability'],
    ['They committed to expand research and development.', 'research and development'],
  ])('%s', (sentence, whole) => {
    expect(topicsOf(sentence)).toContain(whole);
  });

  it.each([
    'The ministers pledged support for women and girls.',
    'The agency will work with lenders and servicers.',
  ])('%s', (sentence) => {
    const found = topicsOf(sentence);
    expect(found).not.toContain('women');
    expect(found).not.toContain('lenders');
  });
});
