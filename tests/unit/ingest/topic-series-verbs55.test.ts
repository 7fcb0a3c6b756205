/**
 * Session 55 (helper topicsverb55): the verb of an item in a series of verb phrases that the
 * tagger read as a noun ("counter", "combat", "fight") is no word of the item's topic
 * (topics/seriesVerb.ts): the gold names the object ("disinformation", not "counter
 * disinformation"). A list of objects under one verb keeps its nouns whole, however they read.
 * And a gold-learnt name covers a thesaurus topic inside it (topics/learnt.ts): "root causes of
 * migration" is one topic, not "root causes" and "migration".
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { chunks } from '../../../ingest/topics/chunks';
import { isSeriesVerb } from '../../../ingest/topics/seriesVerb';
import { retagVerbModifiers } from '../../../ingest/topics/verbModifiers';
import { retagVerbNouns } from '../../../ingest/topics/verbNouns';
import { aboutOf } from '../../support/readoutTopics';

function chunked(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  retagVerbNouns(terms);
  retagVerbModifiers(terms);
  return chunks(terms, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
}

/** Whether the first occurrence of `word` in `sentence` reads as a series verb. */
function seriesVerb(sentence: string, word: string): boolean {
  const terms = tagTexts([sentence])[0]!;
  const k = terms.findIndex((term) => term.text === word);
  return isSeriesVerb(terms, k);
}

describe('a series verb read as a noun opens no topic', () => {
  it.each([
    [
      'They pledged to strengthen democratic institutions, counter disinformation, and promote human rights.',
      'disinformation',
      'counter disinformation',
    ],
    [
      'The partners will strengthen biological defenses, build resilience, and combat pandemics.',
      'pandemics',
      'combat pandemics',
    ],
    [
      'We will work to strengthen democratic institutions, counter disinformation, combat corruption, and address climate change.',
      'corruption',
      'combat corruption',
    ],
  ])('%s', (sentence, object, withVerb) => {
    const found = chunked(sentence);
    expect(found).toContain(object);
    expect(found).not.toContain(withVerb);
  });
});

describe('which words read as series verbs', () => {
  it.each([
    // The middle item between two verb phrases.
    [
      'They pledged to strengthen democratic institutions, counter disinformation, and promote human rights.',
      'counter',
      true,
    ],
    // The last item, two verb phrases before it (the first after a modal).
    [
      'The partners will counter biological threats, build resilience, and fight corruption.',
      'fight',
      true,
    ],
    // Objects listed under one verb before the last verb phrase: no series of verbs around them.
    [
      'They committed to promote civil society, trade policy, and combat corruption.',
      'trade',
      false,
    ],
    // A noun before a preposition is no verb ("rule of law").
    ['They pledged to uphold democracy, rule of law, and protect human rights.', 'rule', false],
    // A series of noun phrases.
    ['They discussed trade, support programs, and labor rights.', 'support', false],
  ])('%s (%s)', (sentence, word, expected) => {
    expect(seriesVerb(sentence, word)).toBe(expected);
  });
});

describe('a gold-learnt name covers a thesaurus topic inside it', () => {
  it.each([
    [
      'The two leaders agreed to address the root causes of migration.',
      'root causes of migration',
      'migration',
    ],
    [
      'The leaders committed to expand bilateral trade and promote sustainable infrastructure.',
      'bilateral trade',
      'trade',
    ],
  ])('%s', (sentence, learnt, inner) => {
    const topics = aboutOf(sentence).flat();
    expect(topics).toContain(learnt);
    expect(topics).not.toContain(inner);
  });
});

describe('a coordinated learnt name covers no conjunct', () => {
  it('keeps "sovereignty" beside "territorial integrity"', () => {
    const topics = aboutOf(
      "The leaders reaffirmed their support for Ukraine's sovereignty and territorial integrity.",
    ).flat();
    expect(topics).toEqual(expect.arrayContaining(['sovereignty', 'territorial integrity']));
  });
});
