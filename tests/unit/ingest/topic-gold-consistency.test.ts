/**
 * Topic rules of session 11 (helper topics22), after the gold's topic names were made consistent
 * (data/gold/README.md, "Settled in session 11"). Sentences are written in the genres' style, never
 * copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('coordination on DPRK issues is the concept coordination on the DPRK (thesaurus)', () => {
  it('names the concept, not the issues', () => {
    const [about] = aboutOf(
      'Both ministers committed to maintain close coordination on DPRK issues.',
    );
    expect(about).toContain('coordination on the DPRK');
    expect(about).not.toContain('DPRK issues');
  });
});

describe("Russia's war against Ukraine is one concept however a statement names it (thesaurus)", () => {
  it.each([
    "The two leaders condemned Russia's brutal and illegal invasion of Ukraine.",
    'The leaders discussed the humanitarian consequences of the war in Ukraine.',
    'They resolved to impose costs on Russia for its unprovoked war on Ukraine.',
    "The leaders condemned Russia's war against Ukraine.",
  ])('%s', (sentence) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain("Russia's war of aggression against Ukraine");
  });
});

describe('defending allies or territory is their defense (objectVerbNominals)', () => {
  it.each([
    ['They reaffirmed their commitment to defending our allies.', 'defense of allies'],
    [
      "The President reaffirmed the United States' commitment to defending its Indo-Pacific allies.",
      'defense of Indo-Pacific allies',
    ],
    ['They committed to defend Allied territory.', 'defense of Allied territory'],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });

  it('leaves a defended thing as the topic ("defend the rules-based order")', () => {
    const [about] = aboutOf('They committed to defend human rights.');
    expect(about).toEqual(['human rights']);
  });
});

describe('a gerund names its act where the gold uses the noun (verb nominals, thesaurus)', () => {
  it.each([
    [
      'They committed to peacefully resolving disputes and to opposing coercion.',
      'peaceful resolution of disputes',
    ],
    ['They committed to diversifying supply chains.', 'supply chain diversification'],
    ['They committed to diversify the economy.', 'economic diversification'],
    // after "through" or "on" an -ing verb stands as a verb too
    [
      'They pledged support for the country through diversifying its economy.',
      'economic diversification',
    ],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });
});

describe('"freedom of navigation and safe overflight" is the one topic of the gold convention', () => {
  it('reads it as freedom of navigation (and overflight), no "safe overflight" apart', () => {
    const [about] = aboutOf(
      'The President reiterated the importance of freedom of navigation and safe overflight.',
    );
    expect(about).toContain('freedom of navigation');
    expect(about).not.toContain('safe overflight');
  });
});
