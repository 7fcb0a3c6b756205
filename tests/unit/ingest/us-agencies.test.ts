/**
 * U.S. departments and agencies are named without the "U.S." before them, the prefixed form an
 * alias: a document writing "the U.S. Department of Commerce" and later "the Department of
 * Commerce" names one body.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function bodies(body: string) {
  return extractText(
    'Joint Statement by the United States and Chile',
    body,
    'agencies',
  ).entities.filter((entity) => entity.type === 'Organization');
}

describe('U.S. agencies', () => {
  it('names the U.S. Department of Commerce once, without its prefix', () => {
    const found = bodies(
      'The U.S. Department of Commerce will host a trade mission. The Department of Commerce will report on its results.',
    ).filter((entity) => entity.name.includes('Commerce'));
    expect(found.map((entity) => entity.name)).toEqual(['Department of Commerce']);
    expect(found[0]?.aliases).toContain('U.S. Department of Commerce');
  });

  it('names the U.S. National Science Foundation without its prefix', () => {
    const names = bodies('The U.S. National Science Foundation will fund joint research.').map(
      (entity) => entity.name,
    );
    expect(names).toContain('National Science Foundation');
  });
});
