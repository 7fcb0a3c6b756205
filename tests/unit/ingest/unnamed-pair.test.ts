/**
 * A gold alias that names neither party of a pair-named topic names the learnt topic only where
 * the text writes the other party (ingest/topics/unnamedPair.ts): "steadfast friendship" would
 * name `U.S.-Canada friendship` in every later statement. The learnt concept is data that each
 * join retrains (session 48's join dropped `U.S.-Italy partnership` / "strong partnership" under the
 * precision floor), so the row uses a concept no unannotated file weakens.
 */
import { describe, expect, it } from 'vitest';
import { pairParties, unnamedPair } from '../../../ingest/topics/unnamedPair';
import { extractText } from '../../support/extractText';

describe('unnamed pair aliases', () => {
  it.each([
    ['U.S.-Italy partnership', 'strong partnership', true],
    ['U.S.-PRC relations', 'relations between our two countries', true],
    ['U.S.-Italy partnership', 'U.S.-Italian partnership', false],
    ['bilateral cooperation', 'close cooperation', false],
    ['Partnership for Global Infrastructure', 'global infrastructure', false],
  ])('%s / %s: %s', (label, alias, unnamed) => {
    expect(unnamedPair(label, alias)).toBe(unnamed);
  });

  it.each([
    ['U.S.-PRC relations', ['PRC']],
    ['Canada-U.S. partnership', ['Canada']],
    ['Israel-Hezbollah conflict', ['Israel', 'Hezbollah']],
  ])('parties of %s', (label, parties) => {
    expect(pairParties(label)).toEqual(parties);
  });

  it.each([
    ['Canada', true],
    ['Ghana', false],
  ])(
    'names a learnt pair relation from its unnamed alias only with the party written: %s',
    (country, named) => {
      const result = extractText(
        'Statement from the President on the Inauguration',
        `I congratulate the people of ${country} and Togo. I look forward to our steadfast friendship.`,
        'pairs',
      );
      const names = result.entities.map((entity) => entity.name);
      expect(names.includes('U.S.-Canada friendship')).toBe(named);
    },
  );
});
