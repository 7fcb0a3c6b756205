/**
 * Session 35 (helper onep35): one people, one name per document. "the people of Sudan" and "the
 * Sudanese people" in one statement are one topic under the name the statement first gave it (the
 * gold merges the two forms in each file that writes both); two states' peoples stay two.
 * Statements written in the one-party genre's style, not taken from the gold.
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
      ['Ethiopian people'],
    ],
    // Two states, two peoples.
    [
      'We will support the people of Ethiopia. The United States stands with the Eritrean people.',
      ['Eritrean people', 'people of Ethiopia'],
    ],
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
