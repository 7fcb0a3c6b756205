/**
 * General topic rules of session 14 (helper topics51), from the errors of short readouts and
 * statements, written in the genre's style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

/** Every topic of the sentence's commitments. */
function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('a situation in a named place is a topic (placeHeads)', () => {
  it.each([
    ['They discussed the ongoing situation in Venezuela.', 'situation in Venezuela'],
    [
      'The leaders expressed concern about the humanitarian situation in Gaza.',
      'humanitarian situation in Gaza',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('leaves "the situation in the region" vacuous', () => {
    expect(topicsOf('They discussed the situation in the region.').join()).not.toMatch(/situation/);
  });
});

describe('a phrase ending in a place keeps its head phrase', () => {
  it.each([
    ['The two discussed economic issues in the Arctic.', 'economic issues'],
    [
      'They committed to address maritime security challenges across the Pacific.',
      'maritime security challenges',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('a scope modifier stays on a vacuous head that opens a coordination', () => {
  it.each([
    [
      'They discussed bilateral cooperation and global health issues.',
      ['bilateral cooperation', 'global health issues'],
    ],
    [
      'The officials met to discuss bilateral cooperation and pressing maritime challenges.',
      ['bilateral cooperation', 'maritime challenges'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });
});

describe('what a congratulation is on is its topic (occasionNouns)', () => {
  it.each([
    [
      'The President spoke with Prime Minister Smith today to congratulate him on his election.',
      'election',
    ],
    [
      'He congratulated the Foreign Minister on her recent appointment as Foreign Minister of Canada.',
      'appointment as Foreign Minister of Canada',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('reads "on its selection of" as a choice, not an occasion', () => {
    expect(
      topicsOf('They congratulated Poland on its selection of a new fighter.').join(),
    ).not.toMatch(/^selection$/);
  });
});

describe('economic opportunity is a concept (thesaurus)', () => {
  it('distributes the modifier of "economic growth and opportunities"', () => {
    expect(
      topicsOf('They committed to create economic growth and opportunities for workers.'),
    ).toEqual(expect.arrayContaining(['economic growth', 'economic opportunity']));
  });
});

describe('scope modifiers share a domain and its vacuous head (domainSharedHeads)', () => {
  it('expands "global and regional health challenges"', () => {
    expect(topicsOf('They discussed global and regional health challenges.')).toEqual(
      expect.arrayContaining(['global health challenges', 'regional health challenges']),
    );
  });
});

// Session 49 (topics49): the s31 crossing ruling names "global and regional challenges" as
// `regional challenges` and `global challenges` (CONVENTIONS §4 Coordination); the rules had kept
// the pair whole (kindSharedHeads in data/rules/topic-quality.json).
describe('two adjectives of kind share "challenges" (kindSharedHeads)', () => {
  it.each([
    [
      'They discussed regional and global challenges.',
      ['regional challenges', 'global challenges'],
    ],
    [
      'They discussed global and regional challenges.',
      ['global challenges', 'regional challenges'],
    ],
    [
      'They committed to address economic and political challenges.',
      ['economic challenges', 'political challenges'],
    ],
  ])('%s', (sentence, topics) => {
    const found = topicsOf(sentence);
    expect(found).toEqual(expect.arrayContaining(topics));
    expect(found.join()).not.toMatch(/ and .*challenges/);
  });

  it('leaves qualities of the challenges undistributed', () => {
    expect(topicsOf('They discussed pressing and complex challenges.')).not.toContain(
      'complex challenges',
    );
  });
});
