/**
 * Where a person's name ends (officialPatterns.ts NAME, gluedTitles.ts tokens) and a known
 * person's other written form (lexicon/officials.json): the first letter of "U.S." after a name is
 * no middle initial (gold 2023-10-14 "Netanyahu U."), a bare apostrophe after an -s is a
 * possessive (gold 2023-12-11 "Avril Haines’"), "Tony Blinken" is Antony Blinken (gold 2021-05-24),
 * "Queen Elizabeth" and "Pope Francis" are the gold's Elizabeth II and Pope Francis (2022-09-08,
 * 2021-10-14), and a bare given name is the known official the title names with it (surnames.ts:
 * gold 2021-04-09 "Jill and I" is First Lady Jill Biden of the title).
 */
import { describe, expect, it } from 'vitest';
import { itFindsNames, type NameRow, namedEntities } from '../../support/nameRows';

const ROWS: NameRow[] = [
  [
    'President Biden discussed with Prime Minister Netanyahu U.S. coordination with the United Nations.',
    [['United Nations', 'Organization']],
    ['Netanyahu U.'],
  ],
  ['Deputy Attorney General Lisa O. Monaco met the delegation.', [['Lisa O. Monaco', 'Official']]],
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
  [
    'He also said he was following reports about Queen Elizabeth’s health.',
    [['Elizabeth II', 'Official']],
    ['Elizabeth'],
  ],
  ['The President will meet Pope Francis in Rome.', [['Pope Francis', 'Official']], ['Francis']],
];

describe('where a name ends, and a known person written another way', () => {
  itFindsNames('Statement', ROWS);
});

const GIVEN: [title: string, body: string, person: string, absent: string][] = [
  [
    'Statement by President Joe Biden and First Lady Jill Biden on the Passing of Prince Philip',
    'Jill and I are deeply saddened.',
    'Jill Biden',
    'Jill',
  ],
  [
    // An official no lexicon knows keeps a given name the lexicon's official shares.
    'Statement from President Joe Biden on Senator Joe Manchin',
    'For forty years Joe Manchin has served his state. Joe and I have worked together.',
    'Joe Manchin',
    'Joe',
  ],
];

describe('a bare given name is the official the title names with it', () => {
  it.each(GIVEN)('%s', (title, body, person, absent) => {
    const names = namedEntities(title, body).map((entity) => entity.name);
    expect(names).toContain(person);
    expect(names).not.toContain(absent);
  });
});
