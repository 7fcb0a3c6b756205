/**
 * Instruments the releases write in lower case or by acronym: "nationally determined
 * contributions (NDCs)" (gold 2021-09-24, 2022-05-13, 2022-05-23 and 2025-01-10 declare the
 * Instrument; 50 archive statements), and "U.N." for "UN" ("the U.N. Framework Convention on
 * Climate Change", gold 2022-11-13); laws by the names the releases give them ("Bipartisan
 * Infrastructure Law", Hong Kong's "Basic Law").
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, instrument: string][] = [
  // Laws by the name the releases give them (458 and 7 archive statements).
  [
    'The historic investments in the Bipartisan Infrastructure Law are a key component.',
    'Infrastructure Investment and Jobs Act',
  ],
  [
    'We call on China to respect the autonomy enshrined in the Sino-British Joint Declaration and the Basic Law.',
    'Basic Law',
  ],
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
