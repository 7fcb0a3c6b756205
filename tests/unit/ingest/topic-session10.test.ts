/**
 * General topic rules of session 10 (helper topics14), written in the genres' style, never a
 * gold sentence: spelling variants of thesaurus terms, coordinations the chunker must not join,
 * shared modifiers over coordinated heads.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { aboutOf } from '../../support/readoutTopics';

describe('thesaurus spelling variants', () => {
  it('folds a hyphen between lowercase letters ("bio-technology" is "biotechnology")', () => {
    const lx = lexicon();
    expect(conceptFor(lx, 'bio-technology')).toBe(conceptFor(lx, 'biotechnology'));
    expect(conceptFor(lx, 'bio-technology')).toBeDefined();
  });

  it('makes a hyphenated list item a topic', () => {
    const [about] = aboutOf(
      'The leaders committed to deepen cooperation on quantum technology and bio-technology.',
    );
    expect(about).toContain('biotechnology');
  });
});

describe('one-word domain concepts (a one-word item is a topic only when the thesaurus knows it)', () => {
  it.each([
    ['They committed to promote accountability for human rights abuses.', 'accountability'],
    ['The leaders pledged to expand cooperation on trade, connectivity, and energy.', 'trade'],
    [
      'The leaders pledged to expand cooperation on trade, connectivity, and energy.',
      'connectivity',
    ],
    ['They agreed to work together on decarbonization and clean energy.', 'decarbonization'],
    ['They committed to address shared challenges, including in cyber space.', 'cyberspace'],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });
});

describe('a word after "and" that an article or possessive follows is a verb', () => {
  it('ends the phrase before it ("sources of revenue and impede its efforts")', () => {
    const [about] = aboutOf(
      'They committed to cut the sources of revenue and impede its efforts to rebuild the arsenal.',
    );
    expect(about).toContain('sources of revenue');
    expect((about ?? []).filter((name) => /impede/.test(name))).toEqual([]);
  });
});

describe('a modifier shared by coordinated bare heads (thesaurus-gated)', () => {
  it.each([
    [
      'President Biden expressed his support for inter-Korean dialogue, engagement, and cooperation.',
      ['inter-Korean dialogue', 'inter-Korean cooperation'],
    ],
    [
      'They committed to strengthen economic security and resilience.',
      ['economic security', 'economic resilience'],
    ],
    [
      'They pledged to invest in pandemic prevention, preparedness, and response.',
      ['pandemic prevention', 'pandemic preparedness', 'pandemic response'],
    ],
  ])('%s', (sentence, expected) => {
    expect(aboutOf(sentence)[0]).toEqual(expected);
  });

  it('leaves a concept known whole and a head followed by a noun alone', () => {
    expect(aboutOf('They agreed to deepen regional peace and stability.')[0]).toEqual([
      'peace and stability',
    ]);
    const [about] = aboutOf('They reaffirmed support for global health and health security.');
    expect(about).not.toContain('global security');
  });
});

describe('a verdict on an act is no part of its name (weakModifiers)', () => {
  it.each([
    // without "illegal" the thesaurus knows the act (session 11: the war's one concept)
    [
      'They condemned the illegal invasion of Ukraine.',
      ["Russia's war of aggression against Ukraine"],
    ],
    ['They condemned the unjustified detention of journalists.', ['detention of journalists']],
    // the kind of activity keeps it (keepModifiers)
    [
      'They pledged to combat illegal fishing and illegal migration.',
      ['illegal fishing', 'illegal migration'],
    ],
  ])('%s', (sentence, expected) => {
    expect(aboutOf(sentence)[0]).toEqual(expected);
  });
});
