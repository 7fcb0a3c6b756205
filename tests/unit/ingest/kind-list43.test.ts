/**
 * Session 43 (helper topics43b): a comma list of kinds before a head no list shares
 * (topics/kindList.ts). Each kind is named with the head, the last conjunct's included; a list
 * of qualities, a list of nouns, a list after a modifier and a vacuous or actor head are left to
 * the other rules. Sentences written in the genres' style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a list of kinds names each kind with the head', () => {
  it.each([
    [
      'The G7 will continue to provide financial, humanitarian, military and diplomatic support.',
      ['financial support', 'military support', 'diplomatic support'],
    ],
    [
      'The two leaders discussed political, economic, and security issues.',
      ['political issues', 'economic issues', 'security issues'],
    ],
    [
      'The ministers will discuss regional, global, and trade issues.',
      ['regional issues', 'global issues', 'trade issues'],
    ],
    [
      'The partners will expand wind, solar, and geothermal energy.',
      ['wind energy', 'solar energy', 'geothermal energy'],
    ],
    [
      // a bare verb form among kinds is a noun; no bare item is left
      'The leaders committed to deepen economic, trade, and investment cooperation.',
      ['economic cooperation', 'trade cooperation', 'investment cooperation'],
    ],
    [
      // the last modifier may be two words or a hyphenated word
      'The leaders will strengthen regional, sub-regional and remote area connectivity.',
      ['regional connectivity', 'sub-regional connectivity', 'remote area connectivity'],
    ],
    [
      'The leaders will advance physical, institutional and people-to-people connectivity.',
      ['physical connectivity', 'institutional connectivity', 'people-to-people connectivity'],
    ],
    [
      // an ideal as the head of three kinds
      'The ministers will strengthen economic, climate, and national security.',
      ['economic security', 'climate security', 'national security'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it.each([
    [
      'The leaders will advance physical, institutional and people-to-people connectivity.',
      'institutional and people-to-people connectivity',
    ],
    ['The leaders committed to deepen economic, trade, and investment cooperation.', 'trade'],
    // qualities of one thing
    ['The partners support safe, orderly, and regular migration.', 'orderly migration'],
    // a list of nouns: each a thing of its own
    ['The partners will provide water, food, and medical care.', 'water care'],
    [
      'They support the independence, sovereignty, and territorial integrity of Ukraine.',
      'sovereignty integrity',
    ],
    // a noun after a modifier is that modifier's head
    ['They will address intellectual property, labor, and agricultural goods.', 'labor goods'],
    // an ideal before an ideal is one of its own
    ['The ministers will address stability, energy, and food security.', 'stability security'],
    // a vacuous head, a group of actors
    [
      'The ministers will explore political, economic, and cultural opportunities.',
      'political opportunities',
    ],
    ['They will consult national, military, and local authorities.', 'national authorities'],
    // who acts for a state (listAgents)
    ['The President will meet federal, state, and local officials in Maui.', 'state officials'],
  ])('%s (not %s)', (sentence, fragment) => {
    expect(topicsOf(sentence)).not.toContain(fragment);
  });
});
