/**
 * The selector's names never cut through punctuation that pairs or separates
 * (ingest/topics/selector/names.ts): a bracket or quotation mark without its partner or a spaced dash marks a piece
 * of two phrases, not a topic name. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isTopicName } from '../../../ingest/topics/selector/names';

describe('isTopicName: cut punctuation', () => {
  it.each([
    ['perfluorinated compounds (PFCs', false],
    ['PFCs) in groundwater', false],
    ['#Budget2024 [Video', false],
    ['monitoring network – sharing', false],
    ['early warning — response', false],
    ['perfluorinated compounds (PFCs)', true],
    ['groundwater monitoring network', true],
    ['state-of-the-art monitoring', true],
    ['2022–2024 action plan', true],
    // a quotation mark without its partner: the quoted name runs on or began before the run
    ['rental “junk fees', false],
    ['last-mile” coordination', false],
    ['so-called "elections', false],
    ['rental “junk fees”', true],
    ['"dirty bomb" threats', true],
  ])('%s → %s', (text, ok) => {
    expect(isTopicName(text, false, false)).toBe(ok);
  });

  it('a phrase the thesaurus knows passes as named', () => {
    expect(isTopicName('water (drinking', false, true)).toBe(true);
  });
});
