/**
 * Topic rules of session 12 (helper topics32) for long joint statements, written in the genre's
 * style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { topicPhrases } from '../../../ingest/topics/quality';
import { aboutOf } from '../../support/readoutTopics';

describe('pandemic response is a concept of its own (the gold expands prevention, preparedness, response)', () => {
  it('splits "pandemic preparedness and response" into both', () => {
    const [about] = aboutOf('They committed to fund pandemic preparedness and response.');
    expect(about).toEqual(expect.arrayContaining(['pandemic preparedness', 'pandemic response']));
  });
});

describe('a modifier shared by coordinated heads', () => {
  it('names each head when a bracketed acronym closes the list', () => {
    const [about] = aboutOf(
      'They will strengthen pandemic prevention, preparedness and response (PPR) to build better health security.',
    );
    expect(about).toEqual(expect.arrayContaining(['pandemic preparedness', 'pandemic response']));
  });

  it('leaves no fragment of the bare heads without a serial comma', () => {
    const [about] = aboutOf(
      'They will strengthen pandemic prevention, preparedness and response to build better health security.',
    );
    expect(about).not.toContain('preparedness and response');
    expect(about).toContain('pandemic response');
  });

  it('keeps the first conjunct of a sector word and its aspects', () => {
    const [about] = aboutOf(
      'They committed to support maritime safety and security in the region.',
    );
    expect(about).toEqual(expect.arrayContaining(['maritime safety', 'maritime security']));
  });
});

describe('an adverb or verb read as a noun starts no topic (leadingFragments)', () => {
  it.each([
    [
      'They asked their ministers to continue their work and report ahead of the Leaders Summit on options to support Ukraine.',
      'ahead of the Leaders Summit',
    ],
    ['They support the negotiations underway on a new instrument.', 'underway on a new instrument'],
  ])('%s ✗ %s', (sentence, fragment) => {
    expect(aboutOf(sentence).flat()).not.toContain(fragment);
  });

  it('keeps the complement after "stay ahead of"', () => {
    expect(
      aboutOf('They urged countries to stay ahead of evolving cyber threats.').flat(),
    ).toContain('cyber threats');
  });
});

describe('a vision of a region: qualities closed by "and" before its name (visionList.ts)', () => {
  it.each([
    [
      'They committed to realizing an open, inclusive, stable, and prosperous Indo-Pacific.',
      'open, inclusive, stable, and prosperous Indo-Pacific',
    ],
    [
      'They shared a desire for a stable and peaceful Indo-Pacific region.',
      'stable and peaceful Indo-Pacific',
    ],
    [
      'They reaffirmed their commitment to an inclusive, free, and open Indo-Pacific.',
      'free and open Indo-Pacific',
    ],
  ])('%s → %s', (sentence, topic) => {
    expect(aboutOf(sentence).flat()).toContain(topic);
  });

  it('leaves a region that modifies a noun and a body of water alone', () => {
    expect(aboutOf('They discussed trade and regional Indo-Pacific issues.').flat()).toEqual([
      'trade',
    ]);
    const about = aboutOf(
      'They reaffirmed their shared interest in a free and open South China Sea.',
    ).flat();
    expect(about.some((name) => name.includes('free and open South China Sea'))).toBe(false);
  });
});

describe('a vision of a country after "a"/"an": named whole, the country in about (visionList.ts)', () => {
  it.each([
    ['They reaffirmed their support for a stable and secure Iraq.', 'stable and secure Iraq'],
    [
      'They underscored their commitment to a more prosperous, democratic, and secure Guatemala.',
      'prosperous, democratic, and secure Guatemala',
    ],
    [
      'They pledged to deepen their shared vision for a secure, sovereign, and prosperous Iraq.',
      'secure, sovereign, and prosperous Iraq',
    ],
  ])('%s → %s', (sentence, topic) => {
    expect(aboutOf(sentence).flat()).toContain(topic);
  });

  it.each([
    // No article: the state as it is, no vision of it.
    ['They condemned the war against independent and sovereign Ukraine.', 'sovereign Ukraine'],
    // A name hyphened to the next word is part of a compound.
    ['They reaffirmed their commitment to a strong and productive U.S.-Egypt partnership.', 'U.S.'],
    // A country's adjective modifies the noun after it.
    ['They discussed the development of a strong and stable Iraqi nation.', 'Iraqi'],
  ])('%s → no vision ending in "%s"', (sentence, end) => {
    const about = aboutOf(sentence).flat();
    expect(about.some((name) => / and /.test(name) && name.endsWith(end))).toBe(false);
  });
});

describe('two bare plural nouns, the first vacuous alone, name no topic (quality.ts genericPair)', () => {
  const known = () => false;
  it.each([
    ['frameworks and policies', []],
    ['institutions and arrangements', []],
    ['forms and manifestations', []],
    ['rights and protections', ['rights and protections']],
    ['export controls and sanctions', ['export controls and sanctions']],
    // Any state is no party named: the complement is cut (vacuousComplements).
    ['territorial integrity of all states', ['territorial integrity']],
    ['technical assistance to countries', ['technical assistance']],
    ['capacity of all countries', []],
  ])('%s → %j', (phrase, expected) => {
    expect(topicPhrases(phrase, known)).toEqual(expected);
  });
});

describe('domain concepts of long joint statements (thesaurus)', () => {
  it.each([
    ['They pledged to fight financial crimes such as money laundering.', 'money laundering'],
    [
      'They committed to combat illegal, unreported, and unregulated fishing in the Pacific.',
      'IUU fishing',
    ],
    [
      'They agreed to harness the benefits of the digital transformation.',
      'digital transformation',
    ],
    ['They committed to help Pacific islands adapt to sea-level rise.', 'rising sea levels'],
    ['They look forward to cooperation on advanced manufacturing.', 'advanced manufacturing'],
    ['He welcomed U.S. leadership to enhance global climate ambitions.', 'climate ambition'],
    ['They resolved to deepen the people-to-people relationship.', 'people-to-people ties'],
    [
      'They called on Russia to cease its war of aggression immediately.',
      "Russia's war of aggression against Ukraine",
    ],
    [
      "They condemned Russia's unprovoked attack on Ukraine.",
      "Russia's war of aggression against Ukraine",
    ],
  ])('%s → %s', (sentence, topic) => {
    expect(aboutOf(sentence).flat()).toContain(topic);
  });
});

describe('a conjunct before "and" and an adjective that modifies a topic', () => {
  it('names the conjunct ("cybercrime and associated money laundering")', () => {
    const about = aboutOf(
      'They agreed to combat cybercrime and associated money laundering and to share information.',
    ).flat();
    expect(about).toEqual(expect.arrayContaining(['cybercrime', 'money laundering']));
    expect(about.some((name) => name.includes('associated'))).toBe(false);
  });
});

describe('evaluative and temporal modifiers say how, not what (weakModifiers)', () => {
  it.each([
    ['ambitious agenda', []],
    ['rigorous agenda', []],
    ['deepened discussions', []],
    ['ambitious global minimum tax', ['global minimum tax']],
    ['latest IPCC reports', ['IPCC reports']],
  ])('%s → %j', (phrase, expected) => {
    expect(topicPhrases(phrase, () => false)).toEqual(expected);
  });

  it('keeps the modifier of a named practice (keepModifiers: "early warning")', () => {
    expect(topicPhrases('early warning systems', () => false)).toEqual(['early warning systems']);
  });
});
