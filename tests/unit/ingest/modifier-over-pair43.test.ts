/**
 * Session 43 (helper topics43): "M A and B" with one modifier before two coordinated nouns
 * (topics/modifierOverPair.ts). A classifying modifier is distributed over both nouns; the right
 * noun stands alone where the thesaurus knows it and the left compound but not the modifier with
 * it; pairs named whole (the thesaurus, wholePairs), two ideals, groups of actors, judging or
 * comparing modifiers stay for the other rules. Phrases written in the genres' style, tagged in a
 * sentence as the topic pass tags them.
 */
import { describe, expect, it } from 'vitest';
import { expand } from '../../../ingest/topics/coordination';
import { modifierOverPair } from '../../../ingest/topics/modifierOverPair';
import { phraseTags } from '../../support/phraseTags';

const THESAURUS = new Set([
  'peace and stability',
  'laws and regulations',
  'biodiversity loss',
  'pollution',
  'food loss and waste',
]);
const known = (phrase: string) => THESAURUS.has(phrase.toLowerCase());

/** The tags of `phrase`'s words, read inside a commitment sentence. */
const tagsIn = (phrase: string) => phraseTags(phrase, 'address');

function parts(phrase: string): string[] | undefined {
  return modifierOverPair(phrase.split(' '), known, tagsIn(phrase))?.map((p) => p.join(' '));
}

describe('one modifier before two coordinated nouns', () => {
  it.each([
    [
      'critical dependencies and vulnerabilities',
      ['critical dependencies', 'critical vulnerabilities'],
    ],
    ['clean air and water', ['clean air', 'clean water']],
    ['food distribution and aggregation', ['food distribution', 'food aggregation']],
    ['disaster response and preparedness', ['disaster response', 'disaster preparedness']],
    ['eviction mitigation and prevention', ['eviction mitigation', 'eviction prevention']],
    ['border management and enforcement', ['border management', 'border enforcement']],
  ])('distributes the modifier: %s', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it('leaves a right noun the thesaurus knows alone, beside a known compound', () => {
    expect(parts('biodiversity loss and pollution')).toEqual(['biodiversity loss', 'pollution']);
  });

  it.each([
    // pairs named as one thing: the thesaurus, wholePairs
    'regional peace and stability',
    'domestic laws and regulations',
    'marine science and technology',
    'international rules and norms',
    'carbon capture and storage',
    // the thesaurus knows the whole
    'food loss and waste',
    // two ideals: one stock objective
    'shared security and prosperity',
    'global security and stability',
    // groups of actors
    'naval officers and sailors',
    'energy importers and exporters',
    'working men and women',
    'local workers and communities',
    // a comparison says how much, not what kind
    'larger scale and complexity',
    // not one modifier and two nouns
    'nuclear and missile programs',
    'critical minerals and rare earths',
  ])('keeps whole or leaves to other rules: %s', (phrase) => {
    expect(parts(phrase)).toBeUndefined();
  });

  it('is what the quality floor expands a phrase of that shape to', () => {
    const phrase = 'clean air and water';
    expect(expand(phrase.split(' '), known, tagsIn(phrase))).toEqual([
      ['clean', 'air'],
      ['clean', 'water'],
    ]);
  });
});
