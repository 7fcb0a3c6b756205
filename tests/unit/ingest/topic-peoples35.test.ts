/**
 * Session 35 (helper onep35): one people, one name per document. "the people of Sudan" and "the
 * Sudanese people" in one statement are one topic (the gold merges the two forms in each file that
 * writes both); two states' peoples stay two. Session 40 (helper rulings40): the name is
 * `people of` and the state's gold name in every statement, whichever form the text writes first
 * (CONVENTIONS 3.7, s40 ruling), "the" before a descriptive state name; a place that is no state
 * keeps the text's words. Statements written in the one-party genre's style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';
import { aboutOf } from '../../support/readoutTopics';

const TITLE = 'Statement from President Joe Biden on the Situation in the Region';

const peopleTopics = (body: string): string[] =>
  extractText(TITLE, body)
    .entities.filter((e) => e.type === 'Topic' && /\bpeoples?\b/.test(e.name))
    .map((e) => e.name)
    .sort();

describe('a state’s people is named once per document', () => {
  it.each([
    [
      'The United States will continue to stand with the people of Sudan. We will support the Sudanese people as they pursue a civilian government.',
      ['people of Sudan'],
    ],
    [
      'We will support the Ethiopian people in their pursuit of peace. The United States stands with the people of Ethiopia.',
      ['people of Ethiopia'],
    ],
    // Two states, two peoples.
    [
      'We will support the people of Ethiopia. The United States stands with the Eritrean people.',
      ['people of Eritrea', 'people of Ethiopia'],
    ],
    // A descriptive state name takes the article; the gold's state name, not the text's.
    [
      'We will continue to stand with the South Korean people.',
      ['people of the Republic of Korea'],
    ],
    ['We will continue to stand with the people of the ROK.', ['people of the Republic of Korea']],
    // A place that is no state keeps the text's words.
    ['We will continue to support the people of Gaza.', ['people of Gaza']],
  ])('%s', (body, topics) => {
    expect(peopleTopics(body)).toEqual(topics);
  });
});

describe('the bonds between two peoples are people-to-people ties', () => {
  it.each([
    'They agreed to strengthen the bonds between our peoples.',
    'They committed to deepen the extraordinary bonds between our people.',
  ])('%s', (sentence) => {
    expect(aboutOf(sentence).flat()).toContain('people-to-people ties');
  });
});
