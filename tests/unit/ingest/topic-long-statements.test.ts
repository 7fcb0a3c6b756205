/**
 * Topic rules of session 14 (helper topics52), from the errors of long joint statements on
 * energy, trade and sanctions: thesaurus concepts analysts track, written in the genre's style,
 * never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

/** Every topic of the sentence's commitments. */
function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('sanctions, trade and energy vocabulary merges into thesaurus concepts', () => {
  it.each([
    [
      'They agreed to strengthen cooperation on export control measures for sensitive goods.',
      'export controls',
    ],
    ['We will continue to reduce Russian revenues from oil and gas.', "Russia's revenues"],
    ['We will tighten enforcement of the G7+ price cap.', 'oil price cap'],
    ["We will target third-country actors that supply Russia's military.", 'third-country actors'],
    ['We will continue to provide direct budget support to Ukraine.', 'budget support'],
    [
      'The leaders committed to reduce methane emissions from the energy sector.',
      'methane emissions',
    ],
    ['They agreed to expand cooperation on critical technology.', 'critical technologies'],
    ['They committed to mobilize climate financing for developing countries.', 'climate finance'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('adjectives coordinated before "disruptions" share the head (sharedHeads)', () => {
  it.each([
    [
      'We remain committed to addressing food and energy disruptions.',
      ['food disruptions', 'energy disruptions'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it('a plural in a comma list is a head of its own, no modifier of the shared one', () => {
    const topics = topicsOf('They agreed to deepen trade, investments, and energy cooperation.');
    expect(topics.join()).not.toMatch(/investments cooperation/);
  });
});
