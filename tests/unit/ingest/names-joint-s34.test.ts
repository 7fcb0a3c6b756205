/**
 * Names that long joint statements lost in session 34's K-fold misses (nejoint34), table-driven: a
 * sentence → the names and types it must yield, and names it must not. Each row stands for a rule in
 * data/rules/names.json or ingest/entities, with sentences written for the test in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  // Head nouns: a process is a Program (conventions: dialogues, processes and formats), so are a
  // pipeline and an interconnector (infrastructure projects) and a collaborative.
  [
    'The leaders support the Bali Process and the Baltic Gas Interconnector.',
    [
      ['Bali Process', 'Program'],
      ['Baltic Gas Interconnector', 'Program'],
    ],
  ],
  [
    'Kenya joins the Clean Energy Supply Chain Collaborative and the East Africa Crude Oil Pipeline review.',
    [
      ['Clean Energy Supply Chain Collaborative', 'Program'],
      ['East Africa Crude Oil Pipeline', 'Program'],
    ],
  ],
  // …a service, industries and a laboratory are bodies; a regulation, a blueprint, a
  // recommendation and terms of reference are documents; a province is a place (a delta is the
  // lexicon's: 'Camp Delta' stays a camp).
  [
    'The U.S. Fish and Wildlife Service and Hanwha Ocean Industries will work with the National Renewable Energy Laboratory.',
    [
      ['U.S. Fish and Wildlife Service', 'Organization'],
      ['Hanwha Ocean Industries', 'Organization'],
      ['National Renewable Energy Laboratory', 'Organization'],
    ],
  ],
  [
    'They discussed the EU Batteries Regulation, the Regional Connectivity Blueprint, FATF Recommendation 16 and the agreed Terms of Reference.',
    [
      ['EU Batteries Regulation', 'Instrument'],
      ['Regional Connectivity Blueprint', 'Instrument'],
      ['Terms of Reference', 'Instrument'],
    ],
  ],
  ['Assistance will reach Quang Ngai Province.', [['Quang Ngai Province', 'Region']]],
  // finalOnlyHeads: "Service" and "Province" type only the name they end.
  [
    'They honoured U.S. Service Members and expanded the Public Service Loan Forgiveness program.',
    [['Public Service Loan Forgiveness program', 'Program']],
    ['Service Members', 'U.S. Service Members', 'Public Service Loan Forgiveness'],
  ],
  [
    'She received the Medal of Merit of the Province of Zeeland.',
    [],
    ['Medal of Merit of the Province of Zeeland'],
  ],
  // A company's "Industries" ends one name before "and" and another.
  [
    'The leaders welcomed a partnership between Anduril Industries and Mahindra Group.',
    [
      ['Anduril Industries', 'Organization'],
      ['Mahindra Group', 'Organization'],
    ],
    ['Anduril Industries and Mahindra Group'],
  ],
  // A numbered session of a dialogue is an Event named with its ordinal; the unnumbered dialogue
  // a Program (conventions).
  [
    'The two sides will hold the 3rd U.S.-Peru Security Dialogue and the Annual Energy Dialogue.',
    [
      ['3rd U.S.-Peru Security Dialogue', 'Event'],
      ['Annual Energy Dialogue', 'Program'],
    ],
    ['U.S.-Peru Security Dialogue'],
  ],
  [
    'They welcomed the 2nd Ghana – U.S. Digital Trade Dialogue on Services.',
    [['2nd Ghana – U.S. Digital Trade Dialogue on Services', 'Event']],
  ],
  // A spaced en dash between one word and the United States joins a pair's name; the United States
  // first, it may end the party's own name.
  [
    'They noted the Mekong – U.S. Partnership and the Peru – U.S. Labor Dialogue.',
    [
      ['Mekong – U.S. Partnership', 'Instrument'],
      ['Peru – U.S. Labor Dialogue', 'Program'],
    ],
    ['U.S. Partnership', 'U.S. Labor Dialogue'],
  ],
  // A capitalised direction before a known sea or ocean names a part of it; a compass point before
  // a country, a part of the country.
  [
    'Patrols in the North Arabian Sea and the Western Indian Ocean will continue, as will support for northeast Syria.',
    [
      ['North Arabian Sea', 'Region'],
      ['Western Indian Ocean', 'Region'],
      ['Northeast Syria', 'Region'],
    ],
    ['Arabian Sea', 'Indian Ocean'],
  ],
  // A slash after two letters joins words of one name; after a head noun it ends one name.
  [
    'They support the OECD/G20 Inclusive Framework and the Department of Defense HIV/AIDS Prevention Program.',
    [
      ['OECD/G20 Inclusive Framework', 'Program'],
      ['Department of Defense HIV/AIDS Prevention Program', 'Organization'],
    ],
    ['OECD Inclusive Framework', 'AIDS Prevention Program'],
  ],
  [
    'Funding goes to the Midwest Regional Training Partnership/Metro Builders Group.',
    [
      ['Midwest Regional Training Partnership', 'Instrument'],
      ['Metro Builders Group', 'Organization'],
    ],
    ['Midwest Regional Training Partnership/Metro Builders Group'],
  ],
  // One headless word before "in the" and a name takes part in it; people a programme is for open
  // its name.
  [
    'The United States welcomes Greece in the Minerals Security Partnership and the Women in the Digital Economy Fund.',
    [
      // The lexicon's Mineral Security Partnership, a Program (gold conventions §3.5).
      ['Mineral Security Partnership', 'Program'],
      ['Women in the Digital Economy Fund', 'Program'],
    ],
    ['Greece in the Minerals Security Partnership', 'Digital Economy Fund'],
  ],
  // Several headless words after a body's possessive are what it owns, no part of its name; after
  // a place's possessive inside a complement the name runs on.
  [
    'They welcomed the Asian Development Bank’s Crisis Response Window and the Task Force on Europe’s Energy Security.',
    [
      ['Asian Development Bank', 'Organization'],
      ['Task Force on Europe’s Energy Security', 'Program'],
    ],
    ['Asian Development Bank’s Crisis Response Window'],
  ],
  // A subcommittee is a body of its own after its committee's possessive.
  [
    'He served as counsel to the Judiciary Committee’s Subcommittee on Crime and Terrorism.',
    [['Subcommittee on Crime and Terrorism', 'Organization']],
  ],
  // innerNameHeads: an Act, a Summit or an Agreement opening a longer name is declared too.
  [
    'Funding comes from the Defense Production Act Investment Office and the Free Trade Agreement Joint Commission.',
    [
      ['Defense Production Act Investment Office', 'Organization'],
      ['Defense Production Act', 'Instrument'],
      ['Free Trade Agreement', 'Instrument'],
    ],
  ],
  // "Plus" ends in -us: no plural that makes the head a modifier.
  [
    'They support the ASEAN Defense Ministerial Meeting Plus.',
    [['ASEAN Defense Ministerial Meeting Plus', 'Event']],
  ],
  // A conjunct opening with a head noun and its complement is a name of its own.
  [
    'Officials of the Ministry of Foreign Affairs and Ministry of Trade and Industry attended.',
    [
      ['Ministry of Foreign Affairs', 'Organization'],
      ['Ministry of Trade and Industry', 'Organization'],
    ],
    ['Ministry of Foreign Affairs and Ministry of Trade and Industry'],
  ],
  // Lexicon: APEC's business and cooperation councils, by name and acronym.
  [
    'We will engage with ABAC and Pacific Economic Cooperation Council.',
    [
      ['APEC Business Advisory Council', 'Organization'],
      ['Pacific Economic Cooperation Council', 'Organization'],
    ],
    ['ABAC and Pacific Economic Cooperation Council'],
  ],
  // A number between capitalised words is part of the name; after a possessive it is not.
  [
    'They support the UNSCR 1988 Sanctions Committee and the U.S.-Brazil 123 Agreement, and note the Office of the U.S. Trade Representative’s 2024 Special 301 Report.',
    [
      ['UNSCR 1988 Sanctions Committee', 'Organization'],
      ['U.S.-Brazil 123 Agreement', 'Instrument'],
      ['Special 301 Report', 'Instrument'],
    ],
    ['Sanctions Committee'],
  ],
  // A defined acronym may stand between a name and its lowercase kind; a known name keeps its own.
  [
    'They will conclude the Reciprocal Defense Procurement (RDP) agreement and expand the Build Back Better World (B3W) initiative.',
    [
      ['Reciprocal Defense Procurement agreement', 'Instrument'],
      ['Build Back Better World', 'Program'],
    ],
    ['Build Back Better World initiative', 'Reciprocal Defense'],
  ],
  // …but not a system's: "an … (ICBM) system" is a weapon.
  [
    'They condemned the launch of an Intercontinental Ballistic Missile (ICBM) system.',
    [],
    ['Intercontinental Ballistic Missile system'],
  ],
  // "agenda" is a programme's lowercase head, after single words listed too; a title's possessive
  // is no part of the name.
  [
    'We advance the Women, Peace, and Security agenda and the President’s Bidenomics agenda.',
    [
      ['Women, Peace, and Security agenda', 'Program'],
      ['Bidenomics agenda', 'Program'],
    ],
    ['President’s Bidenomics agenda'],
  ],
  // "&" joins like "and", and splits two names like it.
  [
    'Funding from the Child Care & Development Block Grant (CCDBG) program reached the Regional Industry Group & Skilled Trades Employment Program.',
    [
      ['Child Care & Development Block Grant program', 'Program'],
      ['Regional Industry Group', 'Organization'],
      ['Skilled Trades Employment Program', 'Program'],
    ],
  ],
  // A known place inside a longer known place is no place of its own.
  [
    'We will advance the Free Trade Area of the Asia-Pacific agenda.',
    [['Free Trade Area of the Asia-Pacific agenda', 'Program']],
    ['Asia'],
  ],
  // A head that is also a given name ends no one-word conjunct.
  [
    'They thanked the Bill and Melinda Gates Foundation.',
    [['Bill and Melinda Gates Foundation', 'Organization']],
    ['Melinda Gates Foundation'],
  ],
  // A document's parties go on after "and the"; a people noun opens no name of its own; a
  // capitalised "Between" joins the parties of a title-case name.
  [
    'We will extend the Joint Statement of the United States and the European Union on Steel Trade, as APEC did the Women and the Economy Forum.',
    [
      ['Joint Statement of the United States and the European Union on Steel Trade', 'Instrument'],
      ['Women and the Economy Forum', 'Organization'],
    ],
    ['Joint Statement of the United States', 'Economy Forum'],
  ],
  [
    'They recall the Agreement on Mutual Recognition Between the European Community and the United States.',
    [
      [
        'Agreement on Mutual Recognition Between the European Community and the United States',
        'Instrument',
      ],
    ],
  ],
];

function names(sentence: string) {
  return extractText('Joint Statement', sentence, 'names-joint-s34').entities.map((entity) => [
    entity.name,
    entity.type,
  ]);
}

describe('names in long joint statements (session 34)', () => {
  for (const [sentence, expected, absent = []] of ROWS) {
    it(sentence, () => {
      const found = names(sentence);
      for (const pair of expected) expect(found).toContainEqual(pair);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});
