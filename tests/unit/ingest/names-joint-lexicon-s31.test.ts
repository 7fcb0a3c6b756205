/**
 * Names of session 31 (jointne31b): international bodies, missions, armed groups and trade
 * agreements a joint statement may name with no head noun the open vocabulary would type, now
 * lexicon entries: UN and EU missions are Programs (conventions 3.5: missions), the Arab Peace
 * Initiative and the Windsor Framework Instruments despite their heads, IPBES a body.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement on Regional Security and Trade';

const ROWS: NameRow[] = [
  [
    'The leaders condemned the rocket attacks by Palestinian Islamic Jihad on civilian areas.',
    [['Palestinian Islamic Jihad', 'Organization']],
  ],
  [
    'Both sides support the Multinational Force and Observers and the work of UNIFIL.',
    [
      ['Multinational Force and Observers', 'Organization'],
      ['UNIFIL', 'Program'],
    ],
  ],
  [
    'The partners will back the G5 Sahel against al-Shabaab and Boko Haram affiliates.',
    [
      ['G5 Sahel', 'Organization'],
      ['al-Shabaab', 'Organization'],
      ['Boko Haram', 'Organization'],
    ],
  ],
  [
    'They recalled the contribution of KFOR and EULEX to stability in Kosovo.',
    [
      ['KFOR', 'Program'],
      ['EULEX', 'Program'],
    ],
  ],
  [
    'The ministers welcomed the Arab Peace Initiative and the full implementation of the Windsor Framework.',
    [
      ['Arab Peace Initiative', 'Instrument'],
      ['Windsor Framework', 'Instrument'],
    ],
  ],
  [
    'Trade will follow the USMCA, and both will review eligibility under AGOA.',
    [
      ['United States-Mexico-Canada Agreement', 'Instrument'],
      ['African Growth and Opportunity Act', 'Instrument'],
    ],
  ],
  [
    'Experts will brief the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services.',
    [
      [
        'Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services',
        'Organization',
      ],
    ],
  ],
];

describe('names: joint statements’ lexicon entries (session 31)', () => {
  itFindsNames(TITLE, ROWS);
});
