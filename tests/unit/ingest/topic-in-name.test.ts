/**
 * A thesaurus term inside a capitalised name is no topic (ingest/entities/topicInName.ts,
 * session 14, helper topics53): the name is the entity. Sentences of the genre, not of the gold.
 */
import { describe, expect, it } from 'vitest';
import { topicInsideName } from '../../../ingest/entities/topicInName';
import type { EntityHit } from '../../../ingest/types';

/** A Topic hit on `term`'s first occurrence in `sentence` (sentence at offset 100). */
function hitOn(sentence: string, term: string): EntityHit {
  const at = sentence.indexOf(term);
  return {
    entityId: 'topic:x',
    type: 'Topic',
    start: 100 + at,
    end: 100 + at + term.length,
    text: term,
  };
}

describe('a term inside a capitalised name is no topic', () => {
  it.each([
    ['They launched the Clean Energy Incentives Dialogue to align their programs.', 'Clean Energy'],
    [
      'Japan’s new Official Security Assistance framework will help partners.',
      'Security Assistance',
    ],
    ['They will expand the Quad Cybersecurity Partnership next year.', 'Cybersecurity'],
    ['The Clean Energy Incentives Dialogue will meet again in June.', 'Clean Energy'],
    ['Singapore remains a Major Security Cooperation Partner, they said.', 'Security Cooperation'],
  ])('%s', (sentence, term) => {
    expect(topicInsideName(sentence, 100, hitOn(sentence, term))).toBe(true);
  });
});

describe('a capitalised term that is no name stays a topic', () => {
  it.each([
    // A common noun capitalised for weight after its adjective.
    ['They support international Peacekeeping Operations (PKO) in Africa.', 'Peacekeeping'],
    // The sentence's first word and a bold heading are capitalised whatever they are.
    ['Clean Energy Investment will grow, they agreed.', 'Clean Energy'],
    ['**Democracy Delivers** They will defend democracy.', 'Democracy'],
    // A list's letter is no name: "C. Trade, Security and Prosperity".
    ['C. Trade Policy and more will be discussed.', 'Trade'],
    // Lowercase, or an acronym or code: not a capitalised term.
    ['They will expand clean energy cooperation.', 'clean energy'],
    ['They will fight the COVID-19 Crisis together.', 'COVID-19'],
  ])('%s', (sentence, term) => {
    expect(topicInsideName(sentence, 100, hitOn(sentence, term))).toBe(false);
  });
});
