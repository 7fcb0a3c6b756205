/**
 * Names that long joint statements coordinate or abbreviate, table-driven like
 * open-vocabulary.test.ts: a known name and a second name joined by "and (the)" are two names
 * (knownConjunct.ts), a modifier coordinated before a known name shares its head ("the East and
 * South China Seas", sharedHead.ts), national coast guards stay apart, a place opening a body's
 * name names no country, a force noun after a state's known body shares its state ('the Myanmar
 * military and police'), which is named too, and the lexicon's international bodies, regions and instruments are
 * typed as the gold conventions type them (data/lexicon/); body, compact and order heads
 * (data/rules/names.json); a plural head before "of" is shared by the known bodies its list names
 * ("the Departments of State and Defense", sharedHead.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';
import { sentenceActors } from '../../support/sentenceActors';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  [
    'We will work with the IEA and the International Renewable Energy Agency on clean energy.',
    [
      ['International Energy Agency', 'Organization'],
      ['International Renewable Energy Agency', 'Organization'],
    ],
    ['IEA and the International Renewable Energy Agency'],
  ],
  [
    'The leaders welcomed cooperation between NASA and the Ministry of Science and ICT.',
    [
      ['NASA', 'Organization'],
      ['Ministry of Science and ICT', 'Organization'],
    ],
    ['NASA and the Ministry of Science and ICT'],
  ],
  [
    'We thank Colombia and the UN Conference to Combat Desertification for their work.',
    [
      ['Colombia', 'Country'],
      ['UN Conference to Combat Desertification', 'Event'],
    ],
  ],
  [
    'We oppose any unilateral attempts to change the status quo in the East and South China Seas.',
    [
      ['East China Sea', 'Region'],
      ['South China Sea', 'Region'],
    ],
  ],
  [
    'The ministers discussed security in Northeast and Southeast Asia.',
    [
      ['Northeast Asia', 'Region'],
      ['Southeast Asia', 'Region'],
    ],
  ],
  [
    'Japan Coast Guard members joined a U.S. Coast Guard cutter.',
    [
      ['Japan Coast Guard', 'Organization'],
      ['U.S. Coast Guard', 'Organization'],
    ],
    ['Coast Guard'],
  ],
  [
    'Japan and the United States continue to support the Philippine and Japan Coast Guard training.',
    [['Philippine Coast Guard', 'Organization']],
  ],
  [
    'We firmly condemn violence committed by the Myanmar military and police against civilians.',
    [
      ['Myanmar military', 'Organization'],
      ['Myanmar police', 'Organization'],
      ['Burma', 'Country'],
    ],
  ],
  [
    'We support the Indian Ocean Rim Association (IORA) and its Outlook.',
    [['Indian Ocean Rim Association', 'Organization']],
    ['India'],
  ],
  [
    'We welcome the contributions of UNICEF, the World Food Programme and the Asian Development Bank.',
    [
      ['UNICEF', 'Organization'],
      ['World Food Programme', 'Organization'],
      ['Asian Development Bank', 'Organization'],
    ],
  ],
  [
    'The leaders welcomed AUKUS and reaffirmed the Christchurch Call.',
    [
      ['AUKUS', 'Organization'],
      ['Christchurch Call', 'Instrument'],
    ],
  ],
  [
    'We will implement the Kunming-Montreal Global Biodiversity Framework and the International Health Regulations.',
    [
      ['Kunming-Montreal Global Biodiversity Framework', 'Instrument'],
      ['International Health Regulations', 'Instrument'],
    ],
  ],
  [
    'We are concerned by dangerous maneuvers near Second Thomas Shoal and in the Strait of Hormuz.',
    [
      ['Second Thomas Shoal', 'Region'],
      ['Strait of Hormuz', 'Region'],
    ],
  ],
  [
    'They pledged support to the Global Health Security Agenda Steering Group and the Financial Stability Board.',
    [
      ['Global Health Security Agenda Steering Group', 'Organization'],
      ['Financial Stability Board', 'Organization'],
    ],
  ],
  [
    'She taught at the National War College and the Center for Strategic and International Studies.',
    [
      ['National War College', 'Organization'],
      ['Center for Strategic and International Studies', 'Organization'],
    ],
  ],
  [
    'We will renew the Compacts of Free Association and implement Executive Order 13810.',
    [
      ['Compacts of Free Association', 'Instrument'],
      ['Executive Order 13810', 'Instrument'],
    ],
  ],
  [
    'The President signed the Executive Order on Tackling the Climate Crisis at Home and Abroad.',
    [['Executive Order on Tackling the Climate Crisis', 'Instrument']],
  ],
  [
    'Launching the G7 Coordination Platform on Economic Coercion, the leaders met.',
    [['G7 Coordination Platform on Economic Coercion', 'Program']],
    ['Launching the G7 Coordination Platform on Economic Coercion'],
  ],
  // A bare proper name, or a headed name and a lone acronym, before "and the" (coordination.ts).
  [
    'The Forest Service and the Department of the Interior will publish the new guidance.',
    [['Department of the Interior', 'Organization']],
    ['Forest Service and the Department of the Interior'],
  ],
  [
    'The Department of Labor and the AFL-CIO will train apprentices in the trade.',
    [['Department of Labor', 'Organization']],
    ['Department of Labor and the AFL-CIO'],
  ],
  [
    'The plan builds on the Harbor Resilience Toolkit and the National Coastal Strategy.',
    [['National Coastal Strategy', 'Instrument']],
    ['Harbor Resilience Toolkit and the National Coastal Strategy'],
  ],
  [
    'The leaders praised the Ardent Family House and the Meridian Center for their work.',
    [['Meridian Center', 'Organization']],
    ['Ardent Family House and the Meridian Center'],
  ],
  // A person's role is no body: the body in its complement is (rolePhrases.ts).
  [
    'She is President and CEO of the Harbor Shipping Institute and a Senior Fellow of the Delta Policy Center.',
    [
      ['Harbor Shipping Institute', 'Organization'],
      ['Delta Policy Center', 'Organization'],
    ],
    [
      'President and CEO of the Harbor Shipping Institute',
      'Senior Fellow of the Delta Policy Center',
    ],
  ],
  [
    'He served as a Superior Court Judge and as Assistant Secretary of the Navy.',
    [],
    ['Superior Court Judge', 'Assistant Secretary of the Navy'],
  ],
  [
    'She was Assistant Superintendent of Rural Schools in the Office of Superintendent of Public Education.',
    [['Office of Superintendent of Public Education', 'Organization']],
    ['Rural Schools in the Office of Superintendent of Public Education'],
  ],
  [
    'He worked in the Executive Office of the President for four years.',
    [['Executive Office of the President', 'Organization']],
  ],
  [
    'The Departments of State and Defense traveled to Papua New Guinea.',
    [
      ['Department of State', 'Organization'],
      ['Department of Defense', 'Organization'],
    ],
  ],
  [
    'The Departments of Treasury, State, and Commerce rolled out new sanctions.',
    [
      ['Department of the Treasury', 'Organization'],
      ['Department of State', 'Organization'],
      ['Department of Commerce', 'Organization'],
    ],
  ],
  [
    'The Departments of Justice and Homeland Security are providing investigative assistance.',
    [
      ['Department of Justice', 'Organization'],
      ['Department of Homeland Security', 'Organization'],
    ],
  ],
  [
    'The Departments of Health and Human Services and Energy will report.',
    [
      ['Department of Health and Human Services', 'Organization'],
      ['Department of Energy', 'Organization'],
    ],
  ],
  // A list of one is left to the lexicon; an item no known body ends the list.
  ['The Ministers of Foreign Affairs and Defense met in Tokyo.', [], ['Ministry of Defense']],
];

describe('coordinated and abbreviated names', () => {
  it.each(ROWS)('%s', (sentence, expected, absent = []) => {
    const entities = extractText('', sentence, 't').entities;
    for (const [name, type] of expected) {
      expect(
        entities.find((e) => e.name === name),
        `${name} (${type})`,
      ).toMatchObject({ type });
    }
    for (const name of absent) expect(entities.map((e) => e.name)).not.toContain(name);
  });
});

describe('a plural head shared by known bodies', () => {
  it('makes each body an actor of the clause it is the subject of', () => {
    const sentence =
      'Additionally, the Departments of Justice and Homeland Security are providing investigative assistance.';
    expect(sentenceActors('Statement on Haiti', sentence, sentence).sort()).toEqual([
      'Department of Homeland Security',
      'Department of Justice',
    ]);
  });
});
