/**
 * Session 55 (helper topicsdup55): wordings the extractor kept as a second topic node beside the
 * concept the gold names once per statement ("combat corruption" beside "corruption",
 * "information exchange" beside "information sharing"). They are thesaurus altLabels
 * now, so each names its concept's preferred label and a statement that writes both wordings has
 * one node. Sentences written in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a variant wording names the concept the thesaurus prefers', () => {
  it.each([
    [
      'The leaders committed to advance economic growth, combat corruption, and address the root causes of migration.',
      'corruption',
      'combat corruption',
    ],
    [
      'The leaders pledged to uphold the rule of law, fight corruption, and protect human rights.',
      'corruption',
      'fight corruption',
    ],
    [
      'The partners will expand information exchange on cyber threats.',
      'information sharing',
      'information exchange',
    ],
    [
      'The two leaders pledged to expand security collaboration in the region.',
      'security cooperation',
      'security collaboration',
    ],
    [
      'The leaders committed to expand vaccine access across the developing world.',
      'developing countries',
      'developing world',
    ],
  ])('%s', (sentence, preferred, variant) => {
    const topics = topicsOf(sentence);
    expect(topics).toContain(preferred);
    expect(topics).not.toContain(variant);
  });
});

describe('a statement that writes two wordings of one concept has one topic node', () => {
  it('names one "information sharing" node for "information exchange" and "information sharing"', () => {
    const extraction = extractText(
      'Readout of President Biden’s Call with Prime Minister Kishida of Japan',
      [
        'President Joe Biden spoke with Prime Minister Kishida Fumio of Japan today.',
        'The leaders committed to expand information exchange on cyber threats.',
        'The leaders also committed to deepen information sharing with the private sector.',
      ].join('\n\n'),
    );
    const topics = extraction.entities.filter((e) => e.type === 'Topic').map((e) => e.name);
    expect(topics.filter((name) => name === 'information sharing')).toHaveLength(1);
    expect(topics).not.toContain('information exchange');
    // Both sentences' commitments point at that one node.
    const node = extraction.entities.find((e) => e.name === 'information sharing')?.id;
    const about = extraction.commitments.filter((c) => node && c.about.includes(node));
    expect(new Set(about.map((c) => c.text)).size).toBe(2);
  });
});
