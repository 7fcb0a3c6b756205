/**
 * Session 24 (helper topics24): thesaurus concepts that let coordinated modifiers be distributed
 * over a head (coordination.ts `bothKnown`, `compoundHead`), and a plural modifier ("customs")
 * the thesaurus knows before the head; modifiers joined by "or" (modifierList.ts `orModifiers`).
 * Sentences written in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('coordinated modifiers the thesaurus knows with the head are distributed', () => {
  it.each([
    [
      'Both governments will improve customs and trade facilitation at the border.',
      ['customs facilitation', 'trade facilitation'],
    ],
    [
      'The leaders reaffirmed their commitment to environmental and social justice.',
      ['environmental justice', 'social justice'],
    ],
    [
      'The partners will expand vaccine and therapeutics production capacity.',
      ['vaccine production capacity', 'therapeutics production capacity'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it('keeps a plural the thesaurus does not know before the head a head of its own', () => {
    expect(
      topicsOf('The two sides will coordinate sanctions and export control measures.'),
    ).not.toContain('sanctions measures');
  });
});

describe('a modifier joined by "or" names its own thing with the head the thesaurus knows', () => {
  it('names both "forced labor" and "compulsory labor"', () => {
    expect(
      topicsOf(
        'They agreed to prohibit the importation of goods produced by forced or compulsory labor.',
      ),
    ).toEqual(expect.arrayContaining(['forced labor', 'compulsory labor']));
  });

  it('names nothing the thesaurus does not know ("direct or indirect support")', () => {
    expect(
      topicsOf('The leaders committed to end any direct or indirect support for terrorism.'),
    ).not.toContain('direct support');
  });
});
