/**
 * Session 47 (helper demonym47): a phrase that opens in lowercase and ends in a nationality or
 * religion adjective was cut before the adjective's noun (topics/cutAdjective.ts): no topic.
 * The adjectives are the lexicon's demonyms and topic-quality.json's religionAdjectives, beyond
 * the demonym endings (-an, -ese, -ish, -i) the floor read before. Phrases written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { endsAtAdjective } from '../../../ingest/topics/cutAdjective';
import { topicPhrases } from '../../../ingest/topics/quality';
import { conceptFor } from '../../../ingest/topics/thesaurus';

const known = (phrase: string) => conceptFor(lexicon(), phrase) !== undefined;

describe('a phrase cut at a nationality or religion adjective is no topic', () => {
  it.each([
    // listed: the ending alone missed them
    ['custodian of Muslim'],
    ['patrols near Philippine'],
    ['exports of Greek'],
    ['safety of Hindu'],
    ['visas for French'],
    ['training of Swiss'],
    // the ending, as before
    ['protection of Christian'],
    ['support for Thai'],
  ])('%s', (raw) => {
    expect(topicPhrases(raw, known)).toEqual([]);
  });

  it.each([
    // the noun after the adjective is there: the phrase is whole
    ['Muslim communities', true],
    ['protection of Christian minorities', true],
    // a plural demonym is a noun
    ['wrongfully detained Americans', true],
    // a state's name, not its demonym, ends the phrase ("Oman" has a demonym's ending)
    ['support for Oman', true],
  ])('%s keeps a topic', (raw, kept) => {
    expect(topicPhrases(raw, known).length > 0).toBe(kept);
  });
});

describe('endsAtAdjective', () => {
  it.each([
    [['custodian', 'of', 'Muslim'], true],
    [['waters', 'of', 'the', 'Philippine'], true],
    [['purchase', 'of', 'Australian'], true],
    [['release', 'of', 'detained', 'Americans'], false],
    [['Philippine', 'Sea'], false],
    [['Muslim'], false],
  ])('%j → %s', (words, expected) => {
    expect(endsAtAdjective(words)).toBe(expected);
  });
});
