/**
 * Session 44 (names44): documents named by their kind or inside a longer name. A capitalised
 * "Executive Order" after a determiner of names.json issuedHeads is the one order the statement
 * issues (genericNames.ts bareModifier); "Title N of the X Act" names the act nested, as an
 * article names its treaty (articleTreaties.ts); "World Bank Group" is the World Bank (lexicon
 * alias). Sentences written in the genres' style, not copied from a gold file.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Statement from the President on New Sanctions';

const ROWS: NameRow[] = [
  [
    'Today, I issued a new Executive Order that broadens the authorities of the Treasury.',
    [['Executive Order', 'Instrument']],
  ],
  [
    'The President will sign an Executive Order to tighten export controls on dual-use goods.',
    [['Executive Order', 'Instrument']],
  ],
  [
    'Highlights of today’s Executive Order include new reporting duties for contractors.',
    [['Executive Order', 'Instrument']],
  ],
  // Without a determiner of the list the head only modifies the next word: no document named.
  [
    'Agencies will publish Executive Order guidance for contractors by the end of the year.',
    [],
    ['Executive Order'],
  ],
  [
    'The partners will add Canada as a domestic source within the meaning of Title III of the Defense Production Act.',
    [
      ['Title III of the Defense Production Act', 'Instrument'],
      ['Defense Production Act', 'Instrument'],
    ],
  ],
  [
    'Relief will be provided under Title V of the Stafford Act to the affected counties.',
    [
      ['Title V of the Stafford Act', 'Instrument'],
      ['Stafford Act', 'Instrument'],
    ],
  ],
  [
    'We welcome efforts by the World Bank Group and the regional development banks to mobilize finance.',
    [['World Bank', 'Organization']],
    ['World Bank Group'],
  ],
];

describe('session 44 documents named by kind or inside a name', () => {
  itFindsNames(TITLE, ROWS);
});
