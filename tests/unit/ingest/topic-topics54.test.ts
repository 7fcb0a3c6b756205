/**
 * Topic rules of session 15, second round (helper topics54): a kind said of a thing before its
 * owner's name, and an -ed form right after a verb's base form. Sentences in the genre's style,
 * never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

/** Every topic of the sentence's commitments. */
function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('a kind before a country name belongs to the topic, the name does not (spans.ts)', () => {
  it.each([
    [
      'The President stressed that the United States will act to prevent advanced U.S. technologies from being misused.',
      'advanced technologies',
    ],
    ['The leaders agreed to protect sensitive U.S. technologies.', 'sensitive technologies'],
    ['The leaders committed to safeguard strategic U.S. minerals.', 'strategic minerals'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it.each([
    // How firmly, not what kind: cut at the name as before.
    ['The President reaffirmed strong U.S. support for Ukraine.', 'strong support'],
    // A head vacuous alone or naming people.
    ['We vow to forge a radiant American future for our workers.', 'radiant future'],
    [
      'The leaders discussed the evacuation of vulnerable Afghan nationals.',
      'vulnerable nationals',
    ],
    // An -ing form acts on the name's thing.
    [
      'The leaders agreed on measures restricting Russian energy revenues.',
      'restricting energy revenues',
    ],
  ])('not for: %s', (sentence, wrong) => {
    expect(topicsOf(sentence)).not.toContain(wrong);
  });
});

describe('an -ed form right after a verb base form modifies the object (chunkTerms.ts)', () => {
  it.each([
    [
      'The leaders resolved to prevent advanced Russian weapons from reaching the front.',
      'advanced weapons',
    ],
    [
      'The Quad will work to deliver trusted technology solutions to the region.',
      'trusted technology solutions',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('a perfect keeps its object alone: "have advanced cooperation"', () => {
    expect(topicsOf('The two countries have advanced cooperation on clean energy.')).not.toContain(
      'advanced cooperation on clean energy',
    );
  });
});
