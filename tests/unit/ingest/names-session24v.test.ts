/**
 * Session 24 (namesv): officials the releases name with a style and no title (data/lexicon/
 * officials.json), bodies and places whose names carry no head of their type (organizations.json,
 * regions.json), and a run cut where "to" after one headless word opens a named destination
 * (ingest/entities/toJoiner.ts). Sentences written in the genres' style, not copied from a gold file.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement on Regional Cooperation';

const ROWS: NameRow[] = [
  [
    'The talks were joined by H.E. Sheikh Tahnoun bin Zayed Al Nahyan and H.E. Sheikh Nasser bin Hamad Al Khalifa.',
    [
      ['Tahnoun bin Zayed Al Nahyan', 'Official'],
      ['Nasser bin Hamad Al Khalifa', 'Official'],
    ],
  ],
  [
    'Envoys John Kerry and Sultan al-Jaber will lead a new working track on clean energy.',
    [
      ['John Kerry', 'Official'],
      ['Sultan Al Jaber', 'Official'],
    ],
    ['al-Jaber'],
  ],
  [
    'The leaders called for talks in the Normandy Format and welcomed a port call by the Royal Navy.',
    [
      ['Normandy Format', 'Organization'],
      ['Royal Navy', 'Organization'],
    ],
    ['Normandy'],
  ],
  [
    'The Army will station its Multi-Domain Task Force in the region.',
    [['Multi-Domain Task Force', 'Organization']],
  ],
  [
    'The partners will hand submarines built in Australia to the Royal Australian Navy next decade.',
    [['Royal Australian Navy', 'Organization']],
    ['Australia to the Royal Australian Navy'],
  ],
  [
    'The King welcomed the delegation at Windsor Castle in the spring.',
    [['Windsor Castle', 'Region']],
  ],
];

describe('session 24 V names', () => {
  itFindsNames(TITLE, ROWS);
});
