/**
 * Names of session 25 (after holdout W joined): well-known bodies, programmes and places the
 * lexicon lists (SWIFT, OPEC+, REPowerEU, the EU Energy Platform, the Middle East and North Africa,
 * the Gulf), an office named with its union's full name ("the European Union High
 * Representative", an Official), numbered task forces (military units), a body's "system" that
 * is no programme, OPEC+ that names no OPEC inside it, and people 'in the West Bank' (no body).
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement on Energy and Regional Security';

const ROWS: NameRow[] = [
  [
    'We will ensure that selected banks are cut off from the SWIFT messaging system.',
    [['SWIFT', 'Organization']],
    ['SWIFT messaging system'],
  ],
  [
    'The ministers noted that OPEC+ members agreed to raise output over the summer.',
    [['OPEC+', 'Organization']],
    ['Organization of the Petroleum Exporting Countries'],
  ],
  [
    'The Commission will pool demand through the EU Energy platform, in line with the RePowerEU goals.',
    [
      ['EU Energy Platform', 'Program'],
      ['REPowerEU', 'Program'],
    ],
  ],
  [
    'Gas will remain part of the EU energy system during the transition.',
    [['European Union', 'Organization']],
    ['EU energy system'],
  ],
  [
    'The partners will fund food assistance for the Middle East and North Africa region.',
    [['Middle East and North Africa', 'Region']],
    ['Middle East', 'Africa'],
  ],
  ['We thank our Gulf partners for their efforts to reduce tensions.', [['Gulf', 'Region']]],
  [
    'New wind leases will open off the Atlantic Coast and the Gulf Coast of Texas.',
    [['Gulf Coast', 'Region']],
    ['Gulf'],
  ],
  [
    'They will keep working with the European Union High Representative, as Coordinator.',
    [['European Union High Representative', 'Official']],
    ['European Union'],
  ],
  [
    'The navies will join Combined Task Force 150 and support Task Force 59 in the region.',
    [
      ['Combined Task Force 150', 'Organization'],
      ['Task Force 59', 'Organization'],
    ],
    ['Combined Task Force'],
  ],
  [
    'The statement was signed for the United Kingdom and Northern Ireland by its Prime Minister.',
    [['United Kingdom', 'Country']],
    ['Ireland'],
  ],
  [
    'The adviser met opposition leader Sviatlana Tsikhanouskaya to discuss the Lukashenka regime.',
    [
      ['Svyatlana Tsikhanouskaya', 'Official'],
      ['Alexander Lukashenko', 'Official'],
    ],
  ],
  [
    'The grant will support hospitals serving Palestinians in the West Bank and Gaza.',
    [['West Bank', 'Region']],
    ['Palestinians in the West Bank'],
  ],
  [
    'The ICRTF co-chairs presented guidance ahead of COP 30 in Belém.',
    [
      ['International Counter Ransomware Task Force', 'Program'],
      ['COP30', 'Event'],
    ],
  ],
];

describe('session 25 (W) names', () => {
  itFindsNames(TITLE, ROWS);
});
