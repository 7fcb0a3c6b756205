/**
 * Session 42 (helper coord42): "X and Y H" with one modifier on each side of "and" and a head no
 * list shares (topics/modifierPair.ts). Two classifying nouns distribute the head; a plural, an
 * abstract noun or a noun before an adjective of relation on the left is a phrase of its own;
 * qualities of one thing, pairs named as one field (wholePairs) and pairs the thesaurus knows stay
 * whole. Phrases written in the genres' style, tagged in a sentence as the topic pass tags them.
 */
import { describe, expect, it } from 'vitest';
import { modifierPair } from '../../../ingest/topics/modifierPair';
import { phraseTags } from '../../support/phraseTags';

const THESAURUS = new Set(['peace and security', 'trade and investment']);
const known = (phrase: string) => THESAURUS.has(phrase.toLowerCase());

/** The parts `modifierPair` gives `phrase`, read inside a sentence. */
function parts(phrase: string): string[] | undefined {
  return modifierPair(phrase.split(' '), known, phraseTags(phrase))?.map((part) => part.join(' '));
}

describe('two modifiers before a head no list shares', () => {
  it.each([
    ['meat and poultry products', ['meat products', 'poultry products']],
    ['gender and income disparities', ['gender disparities', 'income disparities']],
    ['crime and violence prevention', ['crime prevention', 'violence prevention']],
    ['energy and food insecurity', ['energy insecurity', 'food insecurity']],
    ['land and air routes', ['land routes', 'air routes']],
  ])('distributes the head: %s', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it.each([
    // a noun before an adjective of relation: the noun stands alone
    ['labor and environmental standards', ['labor', 'environmental standards']],
    ['technology and digital transitions', ['technology', 'digital transitions']],
    // a plural on the left heads its own phrase
    ['textiles and apparel products', ['textiles', 'apparel products']],
    // an abstract noun on the left is a concept of its own
    ['sustainability and climate resilience', ['sustainability', 'climate resilience']],
  ])('splits: %s', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it.each([
    // qualities of one thing (attributeAdjectives)
    'free and fair elections',
    'peaceful and prosperous region',
    // one field (wholePairs)
    'oil and gas infrastructure',
    'research and development jobs',
    'food and agricultural products',
    // the thesaurus knows the pair
    'trade and investment flows',
    // a vacuous or domain-shared head
    'regional and global challenges',
    // an -ing word after the pair is a participle, no shared head
    'men and women serving',
    // not one word on each side
    'nuclear weapons and missile programs',
  ])('keeps whole or leaves to other rules: %s', (phrase) => {
    expect(parts(phrase)).toBeUndefined();
  });
});
