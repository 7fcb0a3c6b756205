/**
 * Coordinated heads after a two-word modifier (topics/sharedModifier.ts, compoundModifier):
 * acts on it or aspects of it are each named with the modifier; a conjunct the thesaurus knows
 * alone, a comma list and a verb before the modifier are not.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('two-word modifier before coordinated heads', () => {
  it.each([
    [
      'They committed to strengthen intellectual property protection and enforcement.',
      ['intellectual property protection', 'intellectual property enforcement'],
    ],
    [
      'They committed to improve supply chain resilience and security.',
      ['supply chain resilience', 'supply chain security'],
    ],
  ])('distributes the modifier: %s', (sentence, expected) => {
    const [about] = aboutOf(sentence);
    for (const topic of expected) expect(about).toContain(topic);
  });

  it.each([
    'They will discuss commitments on intellectual property protection and enforcement.',
    'They committed to improve supply chain resilience and security.',
  ])('names no whole coordination beside its parts: %s', (sentence) => {
    const [about] = aboutOf(sentence);
    expect(about ?? []).not.toContain('intellectual property protection and enforcement');
    expect(about ?? []).not.toContain('supply chain resilience and security');
  });

  it('leaves a conjunct the thesaurus knows alone', () => {
    const [about] = aboutOf('They committed to promote supply chain resilience and innovation.');
    expect(about).not.toContain('supply chain innovation');
  });

  it('opens no modifier with a verb', () => {
    const [about] = aboutOf('They committed to enhancing border management and enforcement.');
    expect(about ?? []).not.toContain('enhancing border enforcement');
  });
});
