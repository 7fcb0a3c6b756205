/**
 * What a DPRK clause links to the DPRK (session 14, helper lens51): rules written from the classes
 * of lens misses on unseen statements, in the genre's style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

/** Every topic of the sentence's commitments. */
function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('how a threat changes is no part of its name (weakModifiers: "evolving")', () => {
  it.each([
    ['The leaders discussed the evolving threat posed by the DPRK.', 'threat posed by the DPRK'],
    [
      'They committed to confront the evolving threats posed by Pyongyang.',
      'threats posed by Pyongyang',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('a threat named by its source stays a topic before the source’s program (posedByOwner)', () => {
  it.each([
    [
      'They committed to counter the threats posed by the DPRK’s missile programs.',
      'threats posed by the DPRK',
    ],
    ['The leaders discussed the threats posed by DPRK’s nuclear program.', 'threats posed by DPRK'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toEqual(
      expect.arrayContaining([topic, expect.stringMatching(/programs$/)]),
    );
  });
});

describe('arms exports are arms transfers (thesaurus)', () => {
  it('names "any arms exports from the DPRK to Russia" by the concept', () => {
    expect(
      topicsOf(
        'They noted that any arms exports from North Korea to Russia would violate the law.',
      ),
    ).toContain('arms transfers');
  });
});
