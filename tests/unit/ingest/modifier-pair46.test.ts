/**
 * Session 46 (helper topics46): "X and Y H" before an ideal (topics/modifierPair.ts). Two
 * adjectives of kind share one of kindValueNouns ("regional and global security" is two
 * securities; gold: 18 distributed, never whole); a noun on either side is a list item, another
 * ideal or a quality keeps the pair whole, so none of those is distributed.
 */
import { describe, expect, it } from 'vitest';
import { modifierPair } from '../../../ingest/topics/modifierPair';
import { phraseTags } from '../../support/phraseTags';

const known = () => false;

function parts(phrase: string): string[] | undefined {
  return modifierPair(phrase.split(' '), known, phraseTags(phrase))?.map((part) => part.join(' '));
}

describe('two adjectives of kind before a value noun', () => {
  it.each([
    ['regional and global security', ['regional security', 'global security']],
    ['transatlantic and global security', ['transatlantic security', 'global security']],
    ['economic and financial stability', ['economic stability', 'financial stability']],
    ['political and economic stability', ['political stability', 'economic stability']],
  ])('distributes the head: %s', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it.each([
    // nouns before a value noun: items of a list, not kinds of it
    'climate and energy security',
    'food and energy security',
    // qualities of one thing (attributeAdjectives)
    'just and lasting peace',
    // an ideal outside kindValueNouns (gold: "domestic and global prosperity" named whole)
    'domestic and global prosperity',
    // a weak modifier is no kind
    'sustainable and inclusive prosperity',
  ])('leaves to other rules: %s', (phrase) => {
    expect(parts(phrase)).toBeUndefined();
  });
});
