/**
 * Bodies a statement names by a lowercase description: the U.S. military as a noun phrase of its
 * own, armed groups named only by their backer (proxyGroups.ts) or as a state's proxies
 * (ownedProxies.ts); and where a body's name ends
 * before "of <country>" (phraseFilters.ts withoutCountryTail, names.json countryTailKeeps).
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
    // A preposition after it ends the noun phrase as "and" does (gold 2021-09-13).
    'He thanked Finland for its close partnership with the U.S. military during the evacuation.',
    [['U.S. military', 'Organization']],
  ],
  [
    // Before a lowercase noun the words only modify it: no body.
    'The President announced new U.S. military deployments and the U.S. military presence in the region.',
    [],
    ['U.S. military'],
  ],
  [
    // Any known state's military as a noun phrase of its own, named as written; its state stays.
    'The ministers urged the Sudanese military and the paramilitary forces to stop the fighting.',
    [
      ['Sudanese military', 'Organization'],
      ['Sudan', 'Country'],
    ],
  ],
  [
    'Sanctions target those who supply the Russian military, and the leaders condemned it.',
    [['Russian military', 'Organization']],
  ],
  [
    // Before a lowercase noun, or without "the", the words only modify: no body.
    'They discussed the Russian military buildup and Chinese military activities near Taiwan.',
    [],
    ['Russian military', 'Chinese military'],
  ],
  [
    // A border crossing named by its place is a place of its own.
    'The leaders discussed reopening the Rafah crossing and the Kerem Shalom crossing for aid.',
    [
      ['Rafah crossing', 'Region'],
      ['Kerem Shalom crossing', 'Region'],
    ],
  ],
  [
    // A border named by its two states in one hyphenated word is a place; the states stay.
    'They discussed trade across the U.S.-Mexico border and calm along the Israel-Lebanon border.',
    [
      ['U.S.-Mexico border', 'Region'],
      ['Israel-Lebanon border', 'Region'],
      ['Mexico', 'Country'],
      ['Lebanon', 'Country'],
    ],
  ],
  [
    // "… Defence Force", "… Border Force": a force named as a body (not "Use of Military Force").
    'The Australian Defence Force and Australian Border Force train under the Authorization for Use of Military Force.',
    [
      ['Australian Defence Force', 'Organization'],
      ['Australian Border Force', 'Organization'],
    ],
    ['Authorization for Use of Military Force'],
  ],
  [
    // The collective of international lenders is one body, whatever its case (gold conventions).
    'The ministers will work with international financial institutions to mobilize finance.',
    [['International Financial Institutions', 'Organization']],
  ],
  [
    // A plural, or a longer compound, names no crossing.
    'Aid must flow through the Rafah and Kerem Shalom crossings and the Allenby crossing point.',
    [],
    ['Kerem Shalom crossings', 'Allenby crossing'],
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
  [
    // A state's proxies named only as the state's (ownedProxies.ts): one body of that state.
    'They discussed the threat posed by Iran and its proxies.',
    [
      ["Iran's proxies", 'Organization'],
      ['Iran', 'Country'],
    ],
  ],
  [
    // Proxies of no named state, or a state not right before "and its": no body.
    'They condemned attacks by terrorist proxies and urged Iran to restrain its proxies.',
    [['Iran', 'Country']],
    ["Iran's proxies", 'terrorist proxies'],
  ],
  [
    // A state's accession protocol (accessionProtocols.ts): one Instrument per state, NATO's by default.
    'We welcome the decision to send Finland’s NATO accession protocols to parliament and urge Türkiye to ratify Sweden’s accession protocols.',
    [
      ['Finland’s NATO accession protocol', 'Instrument'],
      ['Sweden’s NATO accession protocol', 'Instrument'],
      ['Finland', 'Country'],
      ['Sweden', 'Country'],
    ],
  ],
  [
    // No state's possessive before it: no protocol named.
    'The Senate endorsed the accession protocols.',
    [],
    ['accession protocols', 'NATO accession protocol'],
  ],
  [
    // A bank's or an association's proper name goes on with its country.
    'The Development Bank of Japan and the Mining Association of Canada signed the agreement.',
    [
      ['Development Bank of Japan', 'Organization'],
      ['Mining Association of Canada', 'Organization'],
    ],
    ['Development Bank', 'Mining Association'],
  ],
  [
    // A government organ is the body and its country.
    'They met officials of the National Security Secretariat of Japan.',
    [
      ['National Security Secretariat', 'Organization'],
      ['Japan', 'Country'],
    ],
  ],
];

describe('bodies named by a description', () => {
  itFindsNames('Joint Statement', ROWS);
});
