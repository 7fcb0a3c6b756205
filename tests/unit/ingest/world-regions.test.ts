/**
 * World sub-regions and named multilateral programmes from the lexicon: a statement naming "North
 * Africa", "the Maghreb" or "the Nordics" names a Region; the Americas Partnership for Economic
 * Prosperity and the Marshall Plan are Programs despite their heads.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function typed(body: string): Map<string, string> {
  const result = extractText('Joint Statement by the United States and Morocco', body, 'regions');
  return new Map(result.entities.map((entity) => [entity.name, entity.type]));
}

describe('world regions and programmes', () => {
  it.each([
    [
      'The two sides will deepen cooperation on security in North Africa and the Sahel.',
      'North Africa',
      'Region',
    ],
    ['The leaders discussed stability across the Maghreb.', 'Maghreb', 'Region'],
    ['Energy links from the Nordics to the Balkans are growing.', 'Nordics', 'Region'],
    [
      'The partners will protect the Brazilian Amazon from deforestation.',
      'Amazon rainforest',
      'Region',
    ],
    [
      'The two countries will advance the Americas Partnership for Economic Prosperity.',
      'Americas Partnership for Economic Prosperity',
      'Program',
    ],
    ['The leaders recalled the legacy of the Marshall Plan.', 'Marshall Plan', 'Program'],
  ])('%s', (sentence, name, type) => {
    expect(typed(sentence).get(name)).toBe(type);
  });

  it('leaves a bare “Amazon” in a list of companies no Region', () => {
    const found = typed('She served on the boards of Starbucks, Amazon, and Target.');
    expect(found.get('Amazon')).not.toBe('Region');
  });
});
