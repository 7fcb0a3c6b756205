/**
 * Readout topics of session 32 (round 2): a relation with its one named party after "with"
 * (withHeads), a threat's source after "from" (posedByHeads) and attacks' agent after "by" or
 * "from" (sourceHeads), the bare apostrophe of a name ending in "s" ("the United States’
 * support"), and a people's adjective after "and" that names no second party.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { lexicon } from '../../../ingest/lexicon';
import { chunks } from '../../../ingest/topics/chunks';
import { topicPhrases } from '../../../ingest/topics/quality';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { aboutOf } from '../../support/readoutTopics';

const known = (phrase: string) => conceptFor(lexicon(), phrase) !== undefined;

describe('quality floor: named objects after with, from and by', () => {
  it.each([
    [
      'engagement with the International Monetary Fund',
      ['engagement with the International Monetary Fund'],
    ],
    ['ties with India', ['ties with India']],
    ['talks with Iran', ['talks with Iran']],
    ['threats from Iran', ['threats from Iran']],
    ['threat from ISIS', ['threat from ISIS']],
    ['attacks by Iran-backed militias', ['attacks by Iran-backed militias']],
    ['attacks from Hizballah', ['attacks from Hizballah']],
    // without a name the relation alone says nothing; the singular attack is a hypothetical
    ['engagement with partners', []],
    ['attack by the DPRK', []],
    // "partnership with", "cooperation with": the gold names the bare relation or its domain
    ['cooperation with Indonesia', []],
  ])('%s → %j', (phrase, expected) => {
    expect(topicPhrases(phrase, known)).toEqual(expected);
  });
});

describe('chunks: from and by open a complement only after a source head', () => {
  it.each([
    ['The leaders discussed threats from Iran.', ['leaders', 'threats from Iran']],
    ['They condemned the attacks by Iran-backed militias.', ['attacks by Iran-backed militias']],
    // an unnamed source is no complement: "any state" says nothing of whose
    ['They discussed threats from any state.', ['threats', 'state']],
    // a word cut at a comma before an adjective is a modifier of the noun further on
    [
      'They discussed access to quality, affordable health care.',
      ['access', 'quality', 'affordable health care'],
    ],
    ['They received reports from Kyiv.', ['reports', 'Kyiv']],
  ])('%s', (sentence, expected) => {
    const [terms] = tagTexts([sentence], [0]);
    const found = chunks(terms!, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
    expect(found).toEqual(expected);
  });
});

describe('readout clauses', () => {
  it.each([
    [
      'The President reaffirmed the United States’ steadfast support for Jordan and the Jordanian people.',
      ['support for Jordan'],
    ],
    ['The leaders discussed the threat from ISIS in Syria.', ['threat from ISIS']],
    [
      'The Prime Minister welcomed Japan’s engagement with the Palestinian Authority.',
      ['engagement with the Palestinian Authority'],
    ],
  ])(
    '%s',
    (sentence, expected) => {
      expect(aboutOf(sentence)[0]).toEqual(expect.arrayContaining(expected));
    },
    // the first clause loads the whole extractor
    20_000,
  );

  it('keeps a coordination of two named parties as no topic', () => {
    expect(aboutOf('Together, we are confronting threats from China and North Korea.')[0]).toEqual(
      [],
    );
    expect(aboutOf('The President reaffirmed support for the ROK and Japan.')[0]).not.toContain(
      'support for the ROK and Japan',
    );
  });
});
