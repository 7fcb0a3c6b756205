/**
 * "in Honolulu, Hawaii": a state or country after a comma that only locates the city is no entity
 * of its own, unless the text names it elsewhere (gold conventions, session 7).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function names(body: string) {
  const result = extractText('Readout of a Meeting', body, 'locators');
  return result.entities.filter((e) => e.type !== 'Topic').map((e) => e.name);
}

describe('a place that only locates a city', () => {
  it('is left out after a known city', () => {
    const found = names(
      'The foreign ministers met in Phnom Penh, Cambodia. They discussed maritime security.',
    );
    expect(found).toContain('Phnom Penh');
    expect(found).not.toContain('Cambodia');
  });

  it('is kept when the text names it for itself as well', () => {
    const found = names(
      'The leaders met in Bangkok, Thailand. They thanked Thailand for hosting the summit.',
    );
    expect(found).toEqual(expect.arrayContaining(['Bangkok', 'Thailand']));
  });

  it('leaves a list of places alone', () => {
    const found = names(
      'The ministers raised concerns about human rights in Xinjiang, Tibet, and Hong Kong.',
    );
    expect(found).toEqual(expect.arrayContaining(['Xinjiang', 'Tibet', 'Hong Kong']));
  });
  it('is left out after any place a sentence locates with "in"', () => {
    const found = names('The two presidents met in Bali, Indonesia. They discussed trade.');
    expect(found).toContain('Bali');
    expect(found).not.toContain('Indonesia');
  });

  it('makes no new place of a city and its country without the comma', () => {
    const found = names('The advisors met in Tokyo Japan on Monday. They discussed trade.');
    expect(found).toContain('Tokyo');
    expect(found).not.toContain('Tokyo Japan');
  });

  it('is left out when the clause goes on after it', () => {
    const found = names(
      'President Biden met with President Xi in Lima, Peru today. They discussed trade.',
    );
    expect(found).toContain('Lima');
    expect(found).not.toContain('Peru');
  });

  it('is left out in a list of located places', () => {
    const found = names(
      'She offered condolences for the tragedies in Uvalde, Texas and Buffalo, New York. They discussed trade.',
    );
    expect(found).toEqual(expect.arrayContaining(['Uvalde', 'Buffalo']));
    expect(found).not.toContain('Texas');
    expect(found).not.toContain('New York City');
  });

  it('stays when a verb after it makes it the next clause’s subject', () => {
    const found = names('In Gaza, Israel must protect civilians.');
    expect(found).toContain('Israel');
  });
});
