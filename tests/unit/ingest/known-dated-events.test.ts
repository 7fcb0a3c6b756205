/**
 * Well-known events and deals the lexicon names by the gold's canonical name whatever wording the
 * text uses (data/lexicon/events.json, instruments.json): the October 7 attacks and the 2024 Gaza
 * ceasefire and hostage release deal, each one node across statements (CONVENTIONS 3.5, 3.6);
 * likewise the Haiti MSS mission, the Gaza maritime corridor and the Darien, and well-known bodies
 * and places no head noun names (the Knesset, Blair House).
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const ATTACKS = 'October 7 terrorist attacks (2023)';
const DEAL = 'Gaza ceasefire and hostages and detainees release deal';

const ROWS: NameRow[] = [
  ['Israel responds to Hamas’s heinous terrorist attack on October 7.', [[ATTACKS, 'Event']]],
  ['The aid arrived after the horrific October 7 terrorist attack by Hamas.', [[ATTACKS, 'Event']]],
  ['It began with Hamas’s massacre on October 7, 2023.', [[ATTACKS, 'Event']]],
  // A date alone names no attack.
  ['The talks resumed on October 7 in Doha.', [], [ATTACKS]],
  [
    'They discussed the ongoing negotiations on the ceasefire and hostage release deal.',
    [[DEAL, 'Instrument']],
  ],
  ['They urged Hamas to accept the hostage release and ceasefire deal.', [[DEAL, 'Instrument']]],
  // A bare "ceasefire deal" may be another one (Lebanon, 2024): not the Gaza deal.
  ['They welcomed the ceasefire deal between Israel and Lebanon.', [], [DEAL]],
  // Missions and places the lexicon lists under the gold's name (programs.json, regions.json).
  [
    'They discussed the deployment of a Multinational Security Support (MSS) mission for Haiti.',
    [['Multinational Security Support mission to Haiti', 'Program']],
  ],
  [
    'Aid surged into Gaza through the multinational humanitarian maritime corridor.',
    [['maritime corridor to Gaza', 'Program']],
  ],
  ['They agreed to counter human smuggling in the Darien.', [['Darien', 'Region']]],
  // Gaza's crossings named without the word "crossing" (gold: the crossing's name).
  [
    'Aid must flow through Kerem Shalom, Erez East and Erez West.',
    [
      ['Kerem Shalom crossing', 'Region'],
      ['Erez East crossing', 'Region'],
      ['Erez West crossing', 'Region'],
    ],
  ],
  // A Black Sea corridor is no Gaza corridor.
  [
    'They welcomed the humanitarian maritime corridor in the Black Sea.',
    [],
    ['maritime corridor to Gaza'],
  ],
  // The 2016 South China Sea ruling under the lexicon's name, whatever wording (instruments.json).
  [
    'He called on the PRC to abide by the legally binding July 2016 Arbitral Tribunal ruling.',
    [['South China Sea Arbitral Award', 'Instrument']],
    ['Arbitral Tribunal'],
  ],
  // The designation names its alliance too (regions.json; matchLexicon.ts INSIDE_NAME).
  [
    'Bahrain and Qatar are two close U.S. partners and Major Non-NATO Allies.',
    [
      ['Major Non-NATO allies', 'Region'],
      ['NATO', 'Organization'],
    ],
  ],
  // Well-known bodies and places no head noun names (organizations.json, regions.json).
  [
    'He met leaders of the Knesset and of the National Anti-Corruption Bureau of Ukraine.',
    [
      ['Knesset', 'Organization'],
      ['National Anti-Corruption Bureau', 'Organization'],
    ],
  ],
  [
    'The Vice President hosted them at Blair House and urged calm at the Haram al-Sharif/Temple Mount.',
    [
      ['Blair House', 'Region'],
      ['Haram al-Sharif/Temple Mount', 'Region'],
    ],
  ],
  // A bound prefix outside a name still names no place ("Trans-Atlantic").
  ['The Trans-Atlantic partnership grew.', [], ['Atlantic Ocean']],
];

describe('well-known dated events and deals', () => {
  itFindsNames('Readout of a Call', ROWS);
});
