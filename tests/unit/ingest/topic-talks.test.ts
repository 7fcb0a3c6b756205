/**
 * Talks as the frame of their complement (helper topics18): dialogue, negotiations and
 * consultations with a complement after them are what the complement names, also when the
 * chunker puts the complement in a phrase of its own; alone they stay a topic.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('talks with a complement are its frame', () => {
  it.each([
    [
      'They welcomed the launch of negotiations on a civil nuclear cooperation agreement.',
      'civil nuclear cooperation agreement',
    ],
    [
      'They called for the immediate start of negotiations of a treaty on fissile material.',
      'fissile material',
    ],
    [
      'They committed to strengthen bodies for consultations on extended deterrence.',
      'extended deterrence',
    ],
  ])('%s → %s, no bare talks', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
    expect(about).not.toContain('negotiations');
    expect(about).not.toContain('consultations');
  });

  it.each([
    ['They called on the DPRK to come to the table for serious negotiations.', 'negotiations'],
    ['They called on the DPRK to return to dialogue on an ongoing basis.', 'dialogue'],
  ])('alone: %s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });

  // data/rules/talk-frames.json: talks pointed back at, or said to have taken place.
  it.each([
    [
      'They committed to designate senior representatives to advance these negotiations.',
      'negotiations',
    ],
    ['Through this dialogue, they seek to lay the groundwork for future arms control.', 'dialogue'],
    ['They held consultations on the situation in the Indo-Pacific.', 'consultations'],
    ['They held high-level consultations on maritime security.', 'consultations'],
  ])('a frame: %s → no %s', (sentence, talks) => {
    const [about] = aboutOf(sentence);
    expect(about).not.toContain(talks);
  });

  it.each([
    ['They committed to hold consultations every year.', 'consultations'],
    ['They called on the DPRK to return to negotiations.', 'negotiations'],
  ])('still the topic: %s → %s', (sentence, talks) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(talks);
  });
});
