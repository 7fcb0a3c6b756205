/**
 * Session 28 (inst28): named instruments and programmes the head-noun rules cut or mistyped: a
 * resolution numbered "No. N" (patternCandidates.ts, namedPhrases.ts), the treaty an article cites
 * (articleTreaties.ts), a programme run by a body ("… Facility of the European Commission",
 * coordination.ts splitProgramOwner), an en dash between capitals ("India–Middle East–Europe …")
 * and "Operation X" as a programme unless spoken of as past time (namedPhrases.ts). Sentences
 * written in the genres' style, not copied from a gold file.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement on Regional Security and Connectivity';

const ROWS: NameRow[] = [
  [
    'The ministers urged all parties to implement Security Council Resolution No. 2417 without delay.',
    [['UN Security Council Resolution 2417', 'Instrument']],
    ['Security Council Resolution No'],
  ],
  [
    'The ministers recalled UNSCR 2334 and its call for restraint.',
    [['UN Security Council Resolution 2334', 'Instrument']],
  ],
  [
    'The Secretary reaffirmed the ironclad commitment to Article 5 of the Washington Treaty.',
    [
      ['Article 5 of the Washington Treaty', 'Instrument'],
      ['North Atlantic Treaty', 'Instrument'],
    ],
  ],
  [
    'The parties will cooperate under Article 6 of the Paris Agreement on carbon markets.',
    [
      ['Article 6 of the Paris Agreement', 'Instrument'],
      ['Paris Agreement', 'Instrument'],
    ],
  ],
  [
    'The pipeline will receive funding from the Connecting Europe Facility of the European Commission.',
    [
      ['Connecting Europe Facility', 'Program'],
      ['European Commission', 'Organization'],
    ],
    ['Connecting Europe Facility of the European Commission'],
  ],
  [
    'The partners will advance the India–Middle East–Europe Economic Corridor through new port links.',
    [['India–Middle East–Europe Economic Corridor', 'Program']],
    ['Europe Economic Corridor'],
  ],
  [
    'The two countries welcomed new projects under the Partners of the Blue Pacific initiative.',
    [['Partners in the Blue Pacific', 'Program']],
  ],
  [
    'The Department will expand inspections through Operation Safe Harbor, which targets smuggling routes.',
    [['Operation Safe Harbor', 'Program']],
  ],
  [
    'The remains were recovered during Operation Homecoming in 1973.',
    [['Operation Homecoming', 'Event']],
  ],
];

describe('session 28 instruments and programmes', () => {
  itFindsNames(TITLE, ROWS);
});

const LISTS: NameRow[] = [
  [
    'The ministers called for the implementation of United Nations Security Council resolutions 2397, 2401 (2018) in full.',
    [
      ['UN Security Council Resolution 2397', 'Instrument'],
      ['UN Security Council Resolution 2401', 'Instrument'],
    ],
  ],
  [
    'Recalling United Nations General Assembly resolutions ES-10/19 and ES-10/21, the leaders urged restraint.',
    [
      ['UN General Assembly resolution ES-10/19', 'Instrument'],
      ['UN General Assembly resolution ES-10/21', 'Instrument'],
    ],
  ],
  [
    'The ministers welcomed talks under Article 12 of Norway’s Comprehensive Safeguards Agreement.',
    [
      ['Article 12 of Norway’s Comprehensive Safeguards Agreement', 'Instrument'],
      ['Norway’s Comprehensive Safeguards Agreement', 'Instrument'],
    ],
    ['Article 12 of Norway'],
  ],
  [
    'The partners will speed up deliveries through Foreign Military Sales to the region.',
    [['Foreign Military Sales', 'Program']],
  ],
];

describe('session 28 listed resolutions and known programmes', () => {
  itFindsNames(TITLE, LISTS);
});
