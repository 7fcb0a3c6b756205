/**
 * Coordinated modifiers before a shared head (session 14, helper topics53): adjectives and noun
 * adjuncts share the head ('production and delivery capabilities' → two), a noun that heads its
 * own phrase does not ('training and technical assistance' → 'training', 'technical assistance'),
 * decided by the tagger and the thesaurus (ingest/topics/standalone.ts). Sentences of the genre,
 * not of the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('modifiers coordinated before "assistance" and "capabilities" share the head', () => {
  it.each([
    [
      'They agreed to expand production and delivery capabilities.',
      ['production capabilities', 'delivery capabilities'],
    ],
    [
      'They committed to provide economic and humanitarian assistance.',
      ['economic assistance', 'humanitarian assistance'],
    ],
    [
      'They committed to provide security and development assistance.',
      ['security assistance', 'development assistance'],
    ],
    // A root noun the thesaurus knows alone is a domain here, not a phrase of its own.
    ['They agreed to deepen trade and economic ties.', ['trade ties', 'economic ties']],
    ['They condemned cyber and hybrid threats.', ['cyber threats', 'hybrid threats']],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });
});

describe('a noun that heads its own phrase keeps out of the shared head', () => {
  it.each([
    [
      'They committed to provide training and technical assistance.',
      ['training', 'technical assistance'],
      /training assistance/,
    ],
    [
      'They committed to strengthen deterrence and response capabilities.',
      ['deterrence', 'response capabilities'],
      /deterrence capabilities/,
    ],
    [
      'They pledged to expand resettlement and humanitarian assistance for refugees.',
      ['resettlement'],
      /resettlement assistance/,
    ],
    ['They agreed to provide grants and technical assistance.', ['technical assistance'], /grants/],
  ])('%s', (sentence, topics, absent) => {
    const found = topicsOf(sentence);
    expect(found).toEqual(expect.arrayContaining(topics));
    expect(found.join('|')).not.toMatch(absent);
  });
});

describe('modifiers coordinated before "exchanges" share the head (session 14, aboutL)', () => {
  it.each([
    [
      'They committed to expand professional and educational exchanges.',
      ['professional exchanges', 'educational exchanges'],
    ],
    [
      'They welcomed greater cultural, business, and academic exchanges.',
      ['cultural exchanges', 'business exchanges'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  // A second "and" makes the last conjunct a list of its own: the comma items before it are
  // objects of the preposition, no modifiers of "exchanges".
  it('does not reach across "X, Y, and A and B exchanges"', () => {
    const found = topicsOf(
      'They agreed to facilitate travel for business, tourism, and professional and technical exchanges.',
    );
    expect(found.join('|')).not.toMatch(/business exchanges|tourism exchanges/);
  });
});

// "improved", like "enhanced", says how well, not what: it names no exchanges of its own
// (the gold keeps 'improved and innovative financing models' as one thing).
it('an evaluative participle does not take the shared head', () => {
  const found = topicsOf(
    'We will encourage advancements toward improved and reliable data exchanges.',
  );
  expect(found).toContain('reliable data exchanges');
  expect(found.join('|')).not.toMatch(/improved exchanges/);
});

describe('who makes or supplies a thing is shared by coordinated modifiers (session 24)', () => {
  it.each([
    [
      'They committed to protect market access for wine and olive producers.',
      ['wine producers', 'olive producers'],
    ],
    [
      'They agreed to work with battery and semiconductor suppliers.',
      ['battery suppliers', 'semiconductor suppliers'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });
});

describe('a noun-only frame word before a noun modifies it (session 24)', () => {
  it.each([
    ['They committed to build early warning and response systems.', ['response systems']],
    [
      'They committed to build pandemic prevention, preparedness, and response capacities.',
      ['response capacities'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(expect.arrayContaining(topics));
  });

  it('makes no topic of a frame-word phrase with its complement', () => {
    const topics = topicsOf('They committed to fund response teams for the Pacific Islands.');
    expect(topics.join('|')).not.toMatch(/response teams for/);
  });
});
