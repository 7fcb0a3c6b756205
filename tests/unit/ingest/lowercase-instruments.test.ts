/**
 * Instruments the releases write in lower case or by acronym: "nationally determined
 * contributions (NDCs)" (gold 2021-09-24, 2022-05-13, 2022-05-23 and 2025-01-10 declare the
 * Instrument; 50 archive statements), and "U.N." for "UN" ("the U.N. Framework Convention on
 * Climate Change", gold 2022-11-13).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, instrument: string][] = [
  [
    'They committed to advance their respective nationally determined contributions (NDC).',
    'Nationally Determined Contributions',
  ],
  [
    'Quad countries intend to update or communicate ambitious NDCs by COP26.',
    'Nationally Determined Contributions',
  ],
  [
    'They met at the 27th Conference of the Parties to the U.N. Framework Convention on Climate Change.',
    'UN Framework Convention on Climate Change',
  ],
];

describe('instruments in lower case or by acronym', () => {
  for (const [body, instrument] of ROWS) {
    it(body, () => {
      const names = extractText('Statement', body, 'lowercase-instruments')
        .entities.filter((entity) => entity.type === 'Instrument')
        .map((entity) => entity.name);
      expect(names).toContain(instrument);
    });
  }
});
