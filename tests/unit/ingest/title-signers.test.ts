/**
 * A joint statement whose title names its signers after the subject matter ("Joint Statement on
 * F-16s for Ukraine from U.S. President …, Dutch Prime Minister …") speaks for those signers'
 * countries, not for the countries its opening acts on (holdout R: "we" had become Ukraine and
 * Russia). A signer the opening sets against "we" ("providing X with …") is the recipient.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { trailingSigners } from '../../../ingest/titleSigners';
import { extractText } from '../../support/extractText';

function signedBy(title: string, body: string): string[] {
  const result = extractText(title, body, 'title-signers');
  const name = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.relations
    .filter((relation) => relation.type === 'SIGNED')
    .map((relation) => name.get(relation.from) ?? relation.from)
    .sort();
}

describe('signers named after the subject matter', () => {
  it('are the parties: office and nationality adjective give the country', () => {
    expect(
      signedBy(
        'Joint Statement on Grain Corridors for Moldova from Danish Prime Minister Anna Holt, Dutch Prime Minister Pieter Vos, and Polish President Jan Nowicki',
        'We are committed to keeping the Black Sea lanes open for Moldova and condemn Russia’s attacks on ports.',
      ),
    ).toEqual(['Denmark', 'Netherlands', 'Poland']);
  });

  it('leave out a signer the opening names as what "we" act on', () => {
    expect(
      signedBy(
        'Joint Statement on Demining in Ukraine by Canadian Prime Minister Jean Roy, Finnish President Aino Virta, Swedish Prime Minister Erik Lund, and Ukrainian President Petro Koval',
        'We are providing Ukraine with additional demining equipment as it clears land taken back from Russia. We will continue to work together.',
      ),
    ).toEqual(['Canada', 'Finland', 'Sweden']);
  });

  it('"from the Leaders of X, Y, and Z" gives the countries listed', () => {
    expect(
      trailingSigners(
        lexicon(),
        'Joint Statement on Gaza from the Leaders of the United States, Egypt, and Qatar',
      ).countries,
    ).toEqual(['country:usa', 'country:egy', 'country:qat']);
  });

  it('is nothing when the title names its speaker before "on", or one person after "from"', () => {
    const none = [
      'Statement from Press Secretary Karine Jean-Pierre on the Visit by President Yoon Suk Yeol and Prime Minister Kishida Fumio of Japan',
      'Joint Statement on the Identification of Medal of Honor Recipient from Korean War',
      'Joint Statement on Trade from Prime Minister Jean Roy',
    ];
    for (const title of none) expect(trailingSigners(lexicon(), title).countries).toEqual([]);
  });
});

describe('the opening fallback', () => {
  it('does not make the countries a "we" sentence acts on its speakers', () => {
    expect(
      signedBy(
        'Statement on Air Defense',
        'We are committed to providing Ukraine with additional air defense capabilities as it defends itself against Russia.',
      ),
    ).toEqual([]);
  });
});
