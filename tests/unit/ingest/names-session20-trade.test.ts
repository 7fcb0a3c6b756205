/**
 * Session 20 (names20): the names of trade framework statements. Numbered instruments, the titles
 * in parentheses after them, an annex to an order, and an agreement named with its two states.
 * Sentences written in the genre's style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const instruments = (body: string) =>
  extractText('Statement', body, 't')
    .entities.filter((e) => e.type === 'Instrument')
    .map((e) => [e.name, [...e.aliases].sort()] as const);

const names = (body: string) => instruments(body).map(([name]) => name);

describe('numbered instruments', () => {
  it.each([
    ['Tariffs imposed under Proclamation 9980, as amended, will be lowered.', 'Proclamation 9980'],
    ['The Secretary acted under Section 301 of the Trade Act of 1974.', 'Section 301'],
    [
      'The emergency declared in Executive Order 13900 continues in effect.',
      'Executive Order 13900',
    ],
    ['The order, Executive Order No. 14012, took effect.', 'Executive Order 14012'],
    // A statute's section is often written lowercase; the name is capitalised.
    ['The United States will not apply section 232 duties on these goods.', 'Section 232'],
    // A title of the U.S. Code may have one digit.
    ['Migrants will be processed under Title 8 immigration authorities.', 'Title 8'],
    ['Expulsions under Title 42 will end next week.', 'Title 42'],
  ])('are a head of a numbered series and its number: %s', (body, name) => {
    expect(names(body)).toContain(name);
  });

  it('need a number of two digits or more ("Section 2" of a document is no instrument)', () => {
    expect(names('Section 2 describes the policy of the United States.')).not.toContain(
      'Section 2',
    );
  });

  it('take the parenthesised title after their date as an alias, not as names of their own', () => {
    const found = instruments(
      'Goods covered by Proclamation 9901 of May 3, 2020 (Adjusting Imports of Timber Into the United States), as amended, will receive a lower rate.',
    );
    expect(found).toContainEqual([
      'Proclamation 9901',
      ['Adjusting Imports of Timber Into the United States', 'Proclamation 9901'],
    ]);
    expect(found.map(([name]) => name)).toEqual(['Proclamation 9901']);
  });
});

describe('an annex to an order', () => {
  it('is a name of its own beside the order', () => {
    const found = names(
      'The tariff will be removed on goods identified in the Eligible Goods for Partner Countries Annex to Executive Order 14500.',
    );
    expect(found).toContain('Eligible Goods for Partner Countries Annex');
    expect(found).toContain('Executive Order 14500');
    expect(found).not.toContain(
      'Eligible Goods for Partner Countries Annex to Executive Order 14500',
    );
  });
});

describe('an agreement between two states', () => {
  it('is named without them, so its long and short mentions are one instrument', () => {
    const found = instruments(
      'The two countries reached a Reciprocal Trade Agreement. Key terms of the Reciprocal Trade Agreement between the United States and Vietnam include tariff cuts.',
    );
    expect(found).toContainEqual([
      'Reciprocal Trade Agreement',
      [
        'Reciprocal Trade Agreement',
        'Reciprocal Trade Agreement between the United States and Vietnam',
      ],
    ]);
    expect(found.map(([name]) => name)).not.toContain(
      'Reciprocal Trade Agreement between the United States and Vietnam',
    );
  });

  it('keeps parties that are bodies in the name', () => {
    expect(
      names(
        'They signed the Memorandum of Cooperation between the U.S. Coast Guard and the Japan Coast Guard.',
      ),
    ).toContain('Memorandum of Cooperation between the U.S. Coast Guard and the Japan Coast Guard');
  });
});
