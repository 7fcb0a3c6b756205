/**
 * Nouns the chunker used to cut from a phrase in context: a plural that names goods before a
 * gerund head ("firearms trafficking", data/rules/topic-quality.json `pluralModifiers`), an -s
 * head before a reduced relative ("task forces focused on"); and the scope modifiers the gold
 * keeps before some heads (`scopeHeads`: "bilateral economic relationship").
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { chunks } from '../../../ingest/topics/chunks';
import { reduce } from '../../../ingest/topics/reduce';
import { retagVerbModifiers } from '../../../ingest/topics/verbModifiers';
import { retagVerbNouns } from '../../../ingest/topics/verbNouns';

function chunked(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  retagVerbNouns(terms);
  retagVerbModifiers(terms);
  return chunks(terms, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
}

describe('nouns kept in the chunk', () => {
  it.each([
    ['The two governments agreed to curb narcotics trafficking.', 'narcotics trafficking'],
    [
      'Officials will disrupt firearms trafficking networks in the region.',
      'firearms trafficking networks in the region',
    ],
    [
      'We will reduce homicides using data, analysis, and task forces focused on violent crimes.',
      'task forces',
    ],
  ])('%s', (sentence, expected) => {
    expect(chunked(sentence)).toContain(expected);
  });

  it.each([
    // another plural before a gerund is its subject
    ['We thank the partners sharing data with us.', 'partners sharing'],
    // an -s verb taking an object stays a verb
    ['The ministry forces companies to comply.', 'ministry forces companies'],
  ])('keeps the verb: %s', (sentence, absent) => {
    expect(chunked(sentence).join(' | ')).not.toContain(absent);
  });
});

describe('scope modifiers the gold keeps', () => {
  it.each([
    [
      ['bilateral', 'economic', 'relationship'],
      ['bilateral', 'economic', 'relationship'],
    ],
    [
      ['bilateral', 'trade'],
      ['bilateral', 'trade'],
    ],
    [
      ['multilateral', 'development', 'banks'],
      ['multilateral', 'development', 'banks'],
    ],
    [
      ['trilateral', 'economic', 'cooperation'],
      ['economic', 'cooperation'],
    ],
    [
      ['bilateral', 'cooperation'],
      ['bilateral', 'cooperation'],
    ],
  ])('%j', (words, expected) => {
    expect(reduce(words)).toEqual(expected);
  });
});
