/**
 * Session 31 (helper topicrec31): a comma list of kind adjectives shares its head whatever the
 * head (modifierList.ts), and thesaurus concepts that are not one another's synonyms kept apart
 * ("terrorism" is not "counterterrorism", "supply chains" not "supply chain resilience").
 * Sentences written in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a comma list of kind adjectives names each kind with the head', () => {
  it.each([
    [
      'The two governments will deepen their economic, cultural, and security relationship.',
      ['economic relationship', 'cultural relationship', 'security relationship'],
    ],
    [
      'The ministers committed to expand maritime, scientific, and academic partnerships.',
      ['maritime partnerships', 'scientific partnerships', 'academic partnerships'],
    ],
    [
      // No serial comma: the item before "and" is one all the same.
      'The ministers will deepen political, economic and security cooperation.',
      ['political cooperation', 'economic cooperation', 'security cooperation'],
    ],
    [
      'The leaders committed to deepen defense and security cooperation in the region.',
      ['defense cooperation', 'security cooperation'],
    ],
    // Scope words before "issues", each a thesaurus concept with it (session 33, readouts).
    [
      'The leaders met to discuss a range of bilateral, regional, and global issues.',
      ['bilateral issues', 'regional issues', 'global issues'],
    ],
    [
      'The two leaders discussed regional and global issues, including maritime security.',
      ['regional issues', 'global issues'],
    ],
    // Session 33 (chunk33): nouns among the items before a head lists share, no serial comma.
    [
      'We will draw on our diplomatic, defence, security, civil and scientific cooperation to keep space safe.',
      [
        'diplomatic cooperation',
        'defense cooperation',
        'security cooperation',
        'civil cooperation',
      ],
    ],
    // "partnership" is a head lists share; British "defence" is the thesaurus's "defense".
    [
      'The two sides will deepen their bilateral defence, security, and intelligence partnership.',
      ['defense partnership', 'security partnership', 'intelligence partnership'],
    ],
    // Cooperation in a domain is a concept of its own, below the domain.
    [
      'The leaders discussed bilateral security and counternarcotics cooperation.',
      ['security cooperation', 'counternarcotics cooperation'],
    ],
    ['The two leaders committed to strengthen space cooperation.', ['space cooperation']],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it.each([
    // Qualities of one thing, not kinds of it.
    ['The leaders support a peaceful, stable, and prosperous region.', 'peaceful region'],
    ['The leaders support a peaceful, stable and prosperous region.', 'peaceful region'],
    // A list the thesaurus knows whole (ESG).
    [
      'The partners will elevate environmental, social, and governance standards in mining.',
      'environmental standards',
    ],
    // A head vacuous without a domain is shared by two modifiers only where the thesaurus knows
    // every result (three kinds are distributed since session 43: kindList.ts).
    ['The ministers will discuss regional and trade issues.', 'regional issues'],
    // A head no list shares ("security") keeps its noun items topics of their own.
    ['The ministers will address stability, energy and food security.', 'stability security'],
  ])('%s', (sentence, fragment) => {
    expect(topicsOf(sentence)).not.toContain(fragment);
  });
});

describe('concepts the thesaurus keeps apart', () => {
  it.each([
    ['The two countries will cooperate to prevent terrorism in the Sahel.', 'terrorism'],
    ['The partners will deepen their fight against terrorism.', 'counterterrorism'],
    // "global supply chains" is a concept of its own, under the broader "supply chains" (session
    // 34: of the gold commitment sentences that say it and name the chains, 9 of 10 keep "global").
    ['The ministers will address disruptions to global supply chains.', 'global supply chains'],
    // A relational adjective names a kind of the term, read whole (session 39, classifiedTopic.ts:
    // the gold keeps "regional" with the term it qualifies in 31 of 39 sentences naming either).
    ['The ministers will address disruptions to regional supply chains.', 'regional supply chains'],
    ['The leaders committed to build resilient supply chains.', 'supply chain resilience'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('does not name resilience where the text names only the chains', () => {
    expect(
      topicsOf('The ministers will address disruptions to global supply chains.'),
    ).not.toContain('supply chain resilience');
  });
});
