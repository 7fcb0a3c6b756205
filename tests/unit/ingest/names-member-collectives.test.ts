/**
 * Session 56 (names56): a known body followed by a members' noun ("WTO members", "APEC
 * economies") names its members as one collective, an Organization (memberCollectives.ts,
 * names.json memberNouns); a grouping that stands for its members ("G7 members") does not.
 * Sentences written in the statements' style, not copied from a gold file.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement of the United States and Ruritania';

const ROWS: NameRow[] = [
  [
    'Both sides called on WTO members to conclude the negotiations on fisheries subsidies.',
    [
      ['WTO members', 'Organization'],
      ['World Trade Organization', 'Organization'],
    ],
  ],
  [
    'The two leaders will work with APEC economies to advance supply chain resilience.',
    [['APEC economies', 'Organization']],
  ],
  [
    'They urged OECD members to implement the global minimum tax without delay.',
    [['OECD members', 'Organization']],
  ],
  ['The leaders will consult G7 members on export controls before the summit.', [], ['G7 members']],
];

describe('member collectives of a known body', () => {
  itFindsNames(TITLE, ROWS);
});
