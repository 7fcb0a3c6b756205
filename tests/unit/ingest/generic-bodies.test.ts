/**
 * Bodies a statement names by a lowercase description: the U.S. military as a noun phrase of its
 * own and armed groups named only by their backer (proxyGroups.ts).
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const ROWS: NameRow[] = [
  [
    'They reviewed joint exercises between the U.S. military and the Israel Defense Forces.',
    [
      ['U.S. military', 'Organization'],
      ['Israel Defense Forces', 'Organization'],
    ],
  ],
  [
    'Over the past week, the United States military conducted strikes on launch sites.',
    [['U.S. military', 'Organization']],
  ],
  [
    // Before a lowercase noun the words only modify it: no body.
    'The President announced new U.S. military deployments and the U.S. military presence in the region.',
    [],
    ['U.S. military'],
  ],
  [
    // The backer stays declared inside the group's name.
    'The leaders condemned recent attacks by Iranian-backed militias across the region.',
    [
      ['Iranian-backed militias', 'Organization'],
      ['Iran', 'Country'],
    ],
  ],
  [
    'We support Israel against attacks by Iran-backed terrorist groups.',
    [['Iran-backed terrorist groups', 'Organization']],
  ],
  [
    // A capitalised word after the backer is the group's own name.
    'They condemned Iranian-backed Houthi attacks on commercial shipping.',
    [['Houthis', 'Organization']],
    ['Iranian-backed Houthi'],
  ],
];

describe('bodies named by a description', () => {
  itFindsNames('Joint Statement', ROWS);
});
