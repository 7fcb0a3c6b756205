/**
 * Session 33 (helper topicrec33): a noun by its ending after "to" is no infinitive, so a
 * one-word thesaurus term after it is the head of that noun's compound (topics/modifiers.ts
 * `headOfModifier`). Sentences written in the genre's style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a compound after "to" keeps its head', () => {
  it.each([
    [
      'They agreed to open new pathways to eviction mitigation and prevention.',
      'eviction mitigation',
    ],
  ])('%s', (sentence, modified) => {
    const topics = topicsOf(sentence);
    expect(topics.some((topic) => topic.startsWith(modified))).toBe(true);
  });
});
