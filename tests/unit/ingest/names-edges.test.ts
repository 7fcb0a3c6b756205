/**
 * Where a person's name ends (officialPatterns.ts NAME, gluedTitles.ts tokens) and a known
 * person's other written form (lexicon/officials.json): the first letter of "U.S." after a name is
 * no middle initial (gold 2023-10-14 "Netanyahu U."), a bare apostrophe after an -s is a
 * possessive (gold 2023-12-11 "Avril Haines’"), "Tony Blinken" is Antony Blinken (gold 2021-05-24).
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const ROWS: NameRow[] = [
  [
    'President Biden discussed with Prime Minister Netanyahu U.S. coordination with the United Nations.',
    [['United Nations', 'Organization']],
    ['Netanyahu U.'],
  ],
  [
    'Deputy Attorney General Lisa O. Monaco met the delegation.',
    [['Lisa O. Monaco', 'Official']],
  ],
  [
    'Measures were secured during Director of National Intelligence (DNI) Avril Haines’ travel to the DRC.',
    [['Avril Haines', 'Official']],
    ['Avril Haines’'],
  ],
  [
    'I have asked Tony Blinken to travel to the region.',
    [['Antony Blinken', 'Official']],
    ['Tony Blinken'],
  ],
];

describe('where a name ends, and a known person written another way', () => {
  itFindsNames('Statement', ROWS);
});
