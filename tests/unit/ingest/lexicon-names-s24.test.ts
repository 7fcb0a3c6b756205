/**
 * Lexicon names of session 24 (data/lexicon/): the hyphenated form of a UN climate conference
 * ("COP-28"), a standing regional body named by its first venue ("Negev Forum", an Organization),
 * and the Alliance's eastern flank, a region the readouts name by a possessive.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement on Regional Cooperation';

const ROWS: NameRow[] = [
  [
    'The ministers welcomed the plans for COP-28 in Dubai and looked ahead to COP29.',
    [
      ['COP28', 'Event'],
      ['COP29', 'Event'],
    ],
  ],
  [
    'The partners will deepen their work through the Negev Forum on water and food security.',
    [['Negev Forum', 'Organization']],
  ],
  [
    'The Vice President spoke with leaders from NATO’s eastern flank about their defense.',
    [["NATO's eastern flank", 'Region']],
  ],
];

describe('session 24 lexicon names', () => {
  itFindsNames(TITLE, ROWS);
});
