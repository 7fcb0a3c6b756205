/**
 * Demonyms of every state (data/lexicon/countries.json, session 16): "Emirati officials",
 * "Yemeni government", "Finnish and Swedish membership" name the state (gold conventions:
 * adjectival forms that stand for the state or its agents), and "Bosnia" is Bosnia and
 * Herzegovina. A demonym that names a language ("speaks Spanish, Portuguese and French", "the
 * Swedish language") names no state.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [body: string, countries: string[], absent?: string[]];

const ROWS: Row[] = [
  [
    'Jake Sullivan met with Emirati, Qatari, and Bahraini officials.',
    ['United Arab Emirates', 'Qatar', 'Bahrain'],
  ],
  ['The President reaffirmed support for the Yemeni government.', ['Yemen']],
  ['The leaders welcomed Finnish and Swedish membership in NATO.', ['Finland', 'Sweden']],
  ['The Vice President discussed stability in Bosnia.', ['Bosnia and Herzegovina']],
  ['Eritrean forces should withdraw from Tigray.', ['Eritrea']],
  [
    'She speaks Spanish, Italian, Portuguese and French, and studied the Swedish language.',
    [],
    ['Spain', 'Italy', 'Portugal', 'France', 'Sweden'],
  ],
];

function countries(body: string): string[] {
  return extractText('Statement', body, 'demonyms-all-countries')
    .entities.filter((entity) => entity.type === 'Country')
    .map((entity) => entity.name);
}

describe('demonyms of every state', () => {
  for (const [body, expected, absent = []] of ROWS) {
    it(body, () => {
      const found = countries(body);
      for (const name of expected) expect(found).toContain(name);
      for (const name of absent) expect(found).not.toContain(name);
    });
  }
});
