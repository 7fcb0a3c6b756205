/**
 * Topic rules of session 10, round 4 (helper topics17), written in the genres' style, never a
 * gold sentence: plural heads the tagger reads as verbs, coordinations over a shared head or
 * modifier, complements the chunker cut too early.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('a plural head the tagger reads as a verb after an object or complement noun', () => {
  it.each([
    ['They committed to develop carbon markets.', 'carbon markets'],
    ['They pledged to protect the integrity of payment flows.', 'integrity of payment flows'],
    ['They pledged to defend disability rights.', 'disability rights'],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });

  // Session 42: after a preposition too, the noun opens the complement and is no subject.
  it.each([
    [
      'They committed to support women in peace processes throughout the region.',
      'women in peace processes',
    ],
    ['They pledged to invest in rebate awards from the new program.', 'rebate awards'],
  ])('after a preposition: %s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });

  it('leaves a verb that takes an adverb alone ("the rule of law applies equally")', () => {
    const [about] = aboutOf('They stressed that the rule of law applies equally to all.');
    expect((about ?? []).filter((name) => /applies/.test(name))).toEqual([]);
  });

  it('leaves a verb before "to" alone ("ensure energy flows to Europe")', () => {
    const [about] = aboutOf('They committed to ensure energy flows to Europe.');
    expect((about ?? []).filter((name) => /flows/.test(name))).toEqual([]);
  });
});

describe('a lone noun the tagger reads as an adjective after a "to" head', () => {
  it('keeps "access to justice" whole', () => {
    const [about] = aboutOf('They committed to expand access to justice in rural areas.');
    expect(about).toContain('access to justice');
  });

  it('leaves a quantifier out ("access to all of …")', () => {
    const [about] = aboutOf('They called for unfettered access to all of the sites.');
    expect((about ?? []).filter((name) => /to all/.test(name))).toEqual([]);
  });
});

describe('a sector word before two coordinated aspects names each aspect of it', () => {
  it.each([
    [
      'They committed to uphold high standards of aviation safety and security.',
      ['aviation safety', 'aviation security'],
    ],
    [
      'They committed to advance maritime safety and security in the region.',
      ['maritime safety', 'maritime security'],
    ],
    [
      'They pledged to strengthen energy security and resilience.',
      ['energy security', 'energy resilience'],
    ],
  ])('%s → %j', (sentence, topics) => {
    const [about] = aboutOf(sentence);
    for (const topic of topics) expect(about).toContain(topic);
  });

  it('keeps a concept the thesaurus knows whole ("nuclear safety and security")', () => {
    const [about] = aboutOf('They committed to strengthen nuclear safety and security.');
    expect(about).toContain('nuclear safety and security');
    expect(about).not.toContain('nuclear security');
  });

  it('leaves an adjective alone ("regional security and stability")', () => {
    const [about] = aboutOf('They committed to promote regional security and stability.');
    expect((about ?? []).filter((name) => name === 'regional stability')).toEqual([]);
  });
});

describe('"higher" names the kind of education, not a degree', () => {
  it('keeps "higher level education" whole, no fragment "level education"', () => {
    const [about] = aboutOf(
      'They agreed to help students pursue higher level education in the United States.',
    );
    expect((about ?? []).filter((name) => name.startsWith('level'))).toEqual([]);
    expect((about ?? []).some((name) => name.startsWith('higher level education'))).toBe(true);
  });
});

describe('paraphrases of coordination with allies and partners', () => {
  it.each([
    'They will continue close consultations with allies and partners.',
    'They plan to continue working with partners and allies on the response.',
  ])('%s', (sentence) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain('coordination with allies and partners');
  });
});
