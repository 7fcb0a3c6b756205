/**
 * Session 44 (helper topics44): a scope or sector modifier opposed to another kind before a head
 * ("bilateral and regional cooperation", "public and private investment") names a kind of its own
 * (data/rules/topic-quality.json pairKinds), though "bilateral" is a weak modifier and "private"
 * has no adjective ending: the head is distributed, as the gold names such pairs, and the quality
 * floor no longer drops the scope modifier before the pair (topics/reduce.ts).
 */
import { describe, expect, it } from 'vitest';
import { modifierPair, scopePair } from '../../../ingest/topics/modifierPair';
import { reduce } from '../../../ingest/topics/reduce';
import { phraseTags } from '../../support/phraseTags';

const known = () => false;

/** The parts `modifierPair` gives `phrase`, read inside a sentence. */
function parts(phrase: string): string[] | undefined {
  return modifierPair(phrase.split(' '), known, phraseTags(phrase))?.map((part) => part.join(' '));
}

describe('a pair of kinds opened by a scope or sector word', () => {
  it.each([
    ['public and private investment', ['public investment', 'private investment']],
    ['public and private financing', ['public financing', 'private financing']],
    ['bilateral and regional cooperation', ['bilateral cooperation', 'regional cooperation']],
    ['bilateral and multilateral exercises', ['bilateral exercises', 'multilateral exercises']],
  ])('distributes the head: %s', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it.each([
    // a head said of a domain, an ideal or a vacuous head is left to the other rules
    'bilateral and regional issues',
    'public and private efforts',
    // a quality on the other side is no kind
    'bilateral and strong cooperation',
  ])('leaves to other rules: %s', (phrase) => {
    expect(parts(phrase)).toBeUndefined();
  });
});

describe('the quality floor keeps the scope word before such a pair', () => {
  it.each([
    [['bilateral', 'and', 'regional', 'cooperation'], true],
    [['trilateral', 'and', 'multilateral', 'exercises'], true],
    // not a pair before a head the pair may share
    [['bilateral', 'and', 'regional', 'issues'], false],
    [['bilateral', 'and', 'further', 'cooperation'], false],
    [['bilateral', 'cooperation'], false],
    [['strong', 'and', 'regional', 'cooperation'], false],
  ])('%j is a scope pair: %s', (words, expected) => {
    expect(scopePair(words)).toBe(expected);
  });

  it.each([
    [['bilateral', 'and', 'regional', 'cooperation'], 'bilateral and regional cooperation'],
    // elsewhere the weak scope word still goes
    [['bilateral', 'and', 'regional', 'issues'], 'regional issues'],
    [['bilateral', 'economic', 'cooperation'], 'economic cooperation'],
  ])('reduces %j to %s', (words, expected) => {
    expect(reduce(words)?.join(' ')).toBe(expected);
  });
});
