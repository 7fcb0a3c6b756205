/**
 * Session 47 (helper onetopics47): an adverb that points back at a place named earlier ("there",
 * "here"; trailingProforms in data/rules/topic-quality.json) says where, not what: it is cut from
 * the end of a topic (the gold ends none of its topics in one). Sentences written in the genre's
 * style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a trailing "there" or "here" is no word of a topic', () => {
  it.each([
    ['We will protect union jobs here.', 'union jobs'],
    ['They will protect good union jobs there.', 'union jobs'],
    ['They will support small businesses there.', 'small businesses'],
  ])('%s', (sentence, topic) => {
    const topics = topicsOf(sentence);
    expect(topics).toContain(topic);
    expect(topics.some((name) => /\b(?:there|here)$/.test(name))).toBe(false);
  });

  it.each([
    ['They agreed to end the war there.'],
    ['The United States will support the people there.'],
    ['They discussed closer coordination there.'],
  ])('%s', (sentence) => {
    expect(topicsOf(sentence).some((name) => /\b(?:there|here)$/.test(name))).toBe(false);
  });
});
