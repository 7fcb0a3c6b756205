/**
 * Session 56 (names56): an ordinal before a capitalised word inside a name ("… on 21st-Century
 * Trade", "Air Force 52nd Fighter Wing") is part of the name, which was cut in two at it; after a
 * joiner and a space it numbers a name of its own (namedPhrases.ts INNER_ORDINAL,
 * HYPHENED_ORDINAL). Sentences written in the statements' style, not copied from a gold file.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement of the United States and Ruritania';

const ROWS: NameRow[] = [
  [
    'The leaders welcomed the Ruritania Initiative on 21st-Century Commerce and its first results.',
    [['Ruritania Initiative on 21st-Century Commerce', 'Program']],
  ],
  [
    'The leaders met in Ruritania City for the 10th Northern Leaders’ Summit.',
    [],
    ['Ruritania City for the 10th Northern Leaders’ Summit'],
  ],
  [
    'The Secretary thanked the Ruritania Air Force 32nd Fighter Wing for its support.',
    [['Ruritania Air Force 32nd Fighter Wing', 'Organization']],
  ],
];

describe('ordinals inside names', () => {
  itFindsNames(TITLE, ROWS);
});
