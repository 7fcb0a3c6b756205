/**
 * Words that name no entity of their own (data/lexicon/countries.json, ingest/entities/
 * phraseFilters.ts): 'Palestinian' names no state in the releases, and a numbered annex is a part
 * of the document it belongs to, which is declared instead.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function names(body: string): { type: string; name: string }[] {
  return extractText('Joint Statement', body, 'names-no-own-entity').entities.map((entity) => ({
    type: entity.type,
    name: entity.name,
  }));
}

describe('names with no entity of their own', () => {
  it.each([
    'The leaders discussed humanitarian aid for Palestinian civilians in Gaza.',
    'He reaffirmed support for a two-state solution to the Israeli-Palestinian conflict.',
  ])('no Palestine country: %s', (body) => {
    expect(names(body).some((entity) => entity.name === 'Palestine')).toBe(false);
  });

  it('a numbered annex gives only its document', () => {
    const found = names(
      'The United States will apply a zero tariff to goods listed in Annex II to Executive Order 14257 of April 2, 2025.',
    );
    expect(found).toContainEqual({ type: 'Instrument', name: 'Executive Order 14257' });
    expect(found.some((entity) => entity.name.startsWith('Annex'))).toBe(false);
  });
});
