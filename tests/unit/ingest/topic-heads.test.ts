/**
 * One-word domain concepts of the thesaurus (sovereignty, education, migration …) and a one-word
 * term as the head of its own phrase ('vocational education', 'digital trade'): sentences in the
 * genres' style, never gold sentences.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('one-word domain concepts are topics on their own', () => {
  it.each([
    [
      'The leaders reaffirmed their respect for sovereignty, independence, and territorial integrity.',
      ['sovereignty', 'independence', 'territorial integrity'],
    ],
    [
      'They committed to expand cooperation on agriculture, transportation, and education.',
      ['agriculture', 'transportation', 'education'],
    ],
    [
      'They pledged to counter misinformation and authoritarianism.',
      ['misinformation', 'authoritarianism'],
    ],
  ])('%s', (sentence, expected) => {
    const [about] = aboutOf(sentence);
    for (const topic of expected) expect(about).toContain(topic);
  });
});

describe('a one-word term after its modifier is the head of the phrase', () => {
  it.each([
    ['They committed to expand vocational education.', 'vocational education'],
    ['The leaders agreed to promote digital trade.', 'digital trade'],
    ['They pledged to advance algorithmic transparency.', 'algorithmic transparency'],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
    const bare = topic.split(' ').pop();
    expect(about).not.toContain(bare);
  });

  it('leaves a verb before the term out of the phrase', () => {
    const [about] = aboutOf('They pledged to work together to counter disinformation.');
    expect(about).toContain('disinformation');
  });

  it('reads a scope modifier as no part of the head', () => {
    const [about] = aboutOf('They agreed to expand bilateral trade.');
    expect(about).not.toContain('bilateral trade');
  });
});

describe('a relative clause on the detained names the detainees (thesaurus paraphrases)', () => {
  it.each([
    ['They called for the release of those who are detained.', 'detainees'],
    ['They called for the release of all who are unjustly detained.', 'detainees'],
    [
      'He pledged to resolve the cases of American citizens who are unjustly detained.',
      'wrongfully detained Americans',
    ],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });
});
