/**
 * Session 45 (names45): a place the releases write with no head noun and that no rule can guess,
 * the Israel–Lebanon "Blue Line" (data/lexicon/regions.json). Sentences written in the genre's
 * style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const regions = (body: string) =>
  extractText('Joint Statement', body, 't')
    .entities.filter((e) => e.type === 'Region')
    .map((e) => e.name);

describe('the Blue Line', () => {
  it.each([
    ['The leaders called for calm along the Blue Line.', 'Blue Line'],
    ['Civilians on both sides of the Blue Line must be able to return home.', 'Blue Line'],
  ])('%s', (body, name) => {
    expect(regions(body)).toContain(name);
  });
});
