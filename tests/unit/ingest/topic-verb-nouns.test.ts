/**
 * Nouns the tagger reads as verbs, retagged from their context before the topic pass reads the
 * words (topics/verbNouns.ts): the noun chunk runs through them, and a subject followed by its
 * verb keeps the verb.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { chunks } from '../../../ingest/topics/chunks';
import { isVerbTaggedNoun, retagVerbNouns } from '../../../ingest/topics/verbNouns';
import { aboutOf } from '../../support/readoutTopics';

/** The words of `sentence` the rule retags as nouns. */
function retagged(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  return terms.filter((_, k) => k > 0 && isVerbTaggedNoun(terms, k)).map((t) => t.text);
}

describe('verb-tagged nouns', () => {
  it.each([
    // an -s form after a plural cannot agree with it as a verb
    [
      'They support undersea cables, telecommunications networks, and cloud services.',
      ['networks'],
    ],
    ['He raised concerns regarding PRC human rights abuses, including in Xinjiang.', ['abuses']],
    // after a singular noun opened by a verb, a preposition or a count
    ['They welcomed commercial deals with India.', ['deals']],
    ['The two discussed key issues in the U.S.-Japan Alliance.', ['issues']],
    ['They will cooperate on export controls, investment security, and more.', ['controls']],
    [
      'The leaders welcomed the four new flagship projects between NATO and its partners.',
      ['projects'],
    ],
    // a base form after a singular noun or an adjective would need a plural subject
    ['We support research on the impacts of drug use, supporting safe communities.', ['use']],
    ['We promote the responsible and ethical use of emerging technology.', ['use']],
    // an -s form after a dotted name that a preposition opens: the name is no subject
    ['Vietnam will remove barriers to U.S. exports in its market.', ['exports']],
  ])('%s', (sentence, expected) => {
    expect(retagged(sentence)).toEqual(expected);
  });

  it.each([
    // a subject followed by its verb stays a verb
    'We are glad that the two countries agree on the way forward.',
    'The region grows and prospers.',
    'They recalled the Agreement as its 25th anniversary approaches.',
    'We noted the fundamental role maritime domain awareness plays in economic security.',
    'We must show that democracy delivers for our people.',
    'They in no way validate or condone the attempts.',
    'This is the Indo-Pacific we all seek.',
    'China threatens the region.',
    'The United States and India intend to discuss standards.',
    'It is an area where our interests align, and where they diverge.',
    'The Treaty applies to the Senkaku Islands.',
    // a dotted name as subject keeps its verb
    'We note that the U.S. exports to Asia.',
  ])('keeps the verb: %s', (sentence) => {
    expect(retagged(sentence)).toEqual([]);
  });

  it('lets the noun chunk run through the retagged word', () => {
    const sentence = 'They welcomed commercial deals with India.';
    const terms = tagTexts([sentence])[0]!;
    retagVerbNouns(terms);
    const found = chunks(terms, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
    expect(found).toContain('commercial deals with India');
  });

  it('names the phrase a topic of the commitment', () => {
    const about = aboutOf(
      'The leaders committed to deepen cooperation on undersea cables, telecommunications networks, and cloud services.',
    ).flat();
    expect(about).toContain('telecommunications networks');
  });

  it('shares the head with a left conjunct that ends in an adjective', () => {
    const about = aboutOf(
      'The two leaders committed to pursue new collaborations in green and sustainable infrastructure projects in the region.',
    ).flat();
    expect(about.length).toBeGreaterThan(0);
    expect(about).not.toContain('collaborations in green');
  });
});
