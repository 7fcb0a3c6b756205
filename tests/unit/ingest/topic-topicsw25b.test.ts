/**
 * Session 25 (helper topicsw25b): a country's term chairing a grouping is named as the gold names
 * it ("G20 presidency", "ASEAN chairmanship", thesaurus entries), and a nationality word after a
 * preposition or verb opens an object whose -s word is a plural head, not a verb (chunkTerms.ts
 * `demonymInObject`). Sentences written in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe("a country's term chairing a grouping", () => {
  it.each([
    ['The President welcomed Freedonia’s upcoming G7 Presidency.', 'G7 presidency'],
    ['The leaders discussed priorities for the presidency of the G7 next year.', 'G7 presidency'],
    [
      'The leaders look forward to Freedonia’s chairmanship of ASEAN next year.',
      'ASEAN chairmanship',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('a nationality word opening an object keeps its plural head', () => {
  it.each([
    [
      // Not "dependence on …": the gold-learnt `reliance on Russian energy` names that whole.
      'The partners will end their reliance on Russian fossil fuels by 2030.',
      'Russian fossil fuels',
    ],
    ['The ministers agreed to limit imports of Chinese solar panels.', 'Chinese solar panels'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence).some((t) => t.endsWith(topic))).toBe(true);
  });

  it('leaves an -s verb after a subject that opens the sentence', () => {
    expect(topicsOf('The Russian government continues to violate the ceasefire.')).not.toContain(
      'Russian government continues',
    );
  });
});

describe('"in (our) jurisdictions" says where, not what', () => {
  it.each([
    'The partners will work to stop sanctioned elites from hiding their wealth in jurisdictions abroad.',
    'We will keep the frozen reserves in our jurisdictions immobilized until the war ends.',
  ])('%s', (sentence) => {
    expect(topicsOf(sentence).filter((t) => /jurisdiction/.test(t))).toEqual([]);
  });
});

describe('"for signature" says what a text is readied for, not what it is', () => {
  it('keeps no topic ending in "for signature"', () => {
    const sentence =
      'The two sides will conclude the negotiations and prepare the Treaty for signature this spring.';
    expect(topicsOf(sentence).filter((t) => /signature/.test(t))).toEqual([]);
  });
});
