/**
 * Session 39 (helper topic39): a kind right before a thesaurus term names a kind of it
 * (topics/classifiedTopic.ts): a relational adjective of kindAdjectives or a common noun with no
 * verb reading after what opens an object. A verb the tagger read as a noun and a term that
 * holds a link leave the term alone, as before.
 * Sentences written in the genres' style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a kind before a thesaurus term is read with it', () => {
  it.each([
    ['They agreed to build regional supply chains for clean energy.', 'regional supply chains'],
    ['They welcomed new investment in logistical supply chains.', 'logistical supply chains'],
    ['They discussed security risks in technology supply chains.', 'technology supply chains'],
    ['They agreed to expand cooperation on medical supply chains.', 'medical supply chains'],
  ])('%s', (sentence, topic) => {
    const topics = topicsOf(sentence);
    expect(topics).toContain(topic);
    // The bare term the kind qualified is no topic of its own there.
    expect(topics).not.toContain('supply chains');
    expect(topics).not.toContain('investment in logistical supply chains');
  });
});

describe('no kind where the word judges, acts or is cut from its phrase', () => {
  it.each([
    // A verb the tagger read as a noun after "to".
    ['They agreed on the need to counter corruption.', 'counter corruption'],
    // A noun opening a clause of a series: a verb the tagger read as a noun.
    [
      'They agreed to reduce methane emissions; triple renewable energy by 2030.',
      'triple renewable energy',
    ],
    // A term holding a coordination: the word qualifies one head only.
    [
      'They underscored the importance of regional peace and stability.',
      'regional peace and stability',
    ],
  ])('%s', (sentence, wrong) => {
    expect(topicsOf(sentence)).not.toContain(wrong);
  });
});

describe('"climate commitments" is a concept of its own, not climate change', () => {
  it.each([
    'They will work together to meet their climate commitments.',
    'They pledged to implement our climate commitments by 2030.',
  ])('%s', (sentence) => {
    const topics = topicsOf(sentence);
    expect(topics).toContain('climate commitments');
    expect(topics).not.toContain('climate change');
  });
});
