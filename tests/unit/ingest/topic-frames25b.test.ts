/**
 * Session 25 (helper topics25b): two action heads joined by "and" before an "of" complement that
 * names a known topic frame it (pieceContext.ts `relationalPair`); "de-escalate tensions" and its
 * variants name the de-escalation concept (data/lexicon/topics.json). Sentences written in the
 * genre's style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a pair of action heads before "of" and a topic frames the topic', () => {
  it.each([
    [
      'The ministers will consult closely on the promotion and protection of human rights.',
      'promotion and protection',
      'human rights',
    ],
    [
      'The two sides committed to the implementation and enforcement of export controls.',
      'implementation and enforcement',
      'export controls',
    ],
  ])('%s', (sentence, frame, topic) => {
    const topics = topicsOf(sentence);
    expect(topics).toContain(topic);
    expect(topics).not.toContain(frame);
  });

  it('keeps a conjunct with a modifier of its own ("security protocols and expansion")', () => {
    expect(
      topicsOf('They discussed security protocols and expansion of information sharing.'),
    ).toEqual(expect.arrayContaining(['information sharing']));
  });
});

describe('de-escalation is one concept across its surface forms', () => {
  it.each([
    'The leaders discussed joint efforts to de-escalate tensions along the border.',
    'The two governments committed to de-escalating regional tensions.',
    'The two leaders called for the de-escalation of tensions in the region.',
  ])('%s', (sentence) => {
    expect(topicsOf(sentence)).toContain('de-escalation');
  });
});
