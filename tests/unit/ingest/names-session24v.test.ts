/**
 * Session 24 (namesv): officials the releases name with a style and no title (data/lexicon/
 * officials.json), bodies and places whose names carry no head of their type (organizations.json,
 * regions.json), and a run cut where "to" after one headless word opens a named destination
 * (ingest/entities/toJoiner.ts), a numbered session of an Assembly (namedPhrases.ts) and a ship
 * class named for a place (matchLexicon.ts). Sentences written in the genres' style, not copied from a gold file.
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
    'The partners will transfer their first SSN-AUKUS to the Royal Navy.',
    [
      ['SSN-AUKUS', 'Program'],
      ['Royal Navy', 'Organization'],
    ],
    ['SSN-AUKUS to the Royal Navy'],
  ],
  [
    'The sale covers two Ohio-class boats and three Virginia class submarines.',
    [],
    ['Virginia', 'Ohio'],
  ],
  [
    'Ministers will meet again at the upcoming 7th UN Habitat Assembly in Nairobi.',
    [['7th UN Habitat Assembly', 'Event']],
  ],
  [
    'They recalled the April 3rd and 14th United Nations General Assembly resolutions on the crisis.',
    [],
    ['14th United Nations General Assembly'],
  ],
  [
    'Congress should pass the Protecting the Right to Organize Act this year.',
    [['Right to Organize Act', 'Instrument']],
    ['Organize Act'],
  ],
  [
    'The King welcomed the delegation at Windsor Castle in the spring.',
    [['Windsor Castle', 'Region']],
  ],
];

describe('session 24 V names', () => {
  itFindsNames(TITLE, ROWS);
});
