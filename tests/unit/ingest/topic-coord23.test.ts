/**
 * Session 23 (helper coord23): two nouns coordinated before a two-word compound head the
 * thesaurus knows each modify it (coordination.ts `compoundHead`). Sentences written in the
 * genre's style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('noun modifiers coordinated before a compound head are distributed', () => {
  it.each([
    [
      'The leaders discussed their steel and aluminum supply chains.',
      ['steel supply chains', 'aluminum supply chains'],
    ],
    [
      'They agreed to strengthen copper and nickel supply chains.',
      ['copper supply chains', 'nickel supply chains'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it('leaves a two-word right modifier alone ("energy and prescription drug costs")', () => {
    expect(topicsOf('They discussed lowering energy and prescription drug costs.')).not.toContain(
      'energy drug costs',
    );
  });

  it('leaves a complement out of the head ("safety and protection needs of refugees")', () => {
    expect(
      topicsOf('They committed to meet the safety and protection needs of refugees.'),
    ).not.toContain('safety needs of refugees');
  });
});
