/**
 * Names with letters beyond ASCII (session 40): the name patterns read `\b`, `\w` and `[A-Z]`,
 * which stop at "é", "ñ", "ü", "ş", "ư", so "the Treaty of San José" came out as "Treaty of San
 * Jos" and "Võ Văn Thưởng" as "Võ Văn Th"; a name opening with an accented capital ("Élysée",
 * "Đà Nẵng") was not read at all. A lowercase particle after a capitalised "Von" or "Van"
 * ("Commission President Von der Leyen" gave the Official "Von") and Portuguese "e" ("Ulisses
 * Correia e Silva") keep a person's name whole; a version number ends a name ("… Partnership
 * 2.0" was cut to "… Partnership 2") and a French elided article opens a word of one ("Côte
 * d’Ivoire Compact" was cut to "Ivoire Compact"). Sentences written for the test in the styles of
 * Spanish, Portuguese, French, German, Turkish, Polish and Vietnamese names; each row failed
 * before.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const ROWS: NameRow[] = [
  // Spanish and Portuguese
  [
    'They reaffirmed their commitment to the Treaty of San José concerning illicit trafficking.',
    [['Treaty of San José', 'Instrument']],
    ['Treaty of San Jos'],
  ],
  [
    'The ministers welcomed the Bogotá Declaration on Migration.',
    [['Bogotá Declaration on Migration', 'Instrument']],
    ['Declaration on Migration'],
  ],
  [
    'Mexican President Andrés Manuel López Obrador and the López Obrador Administration agreed.',
    [
      ['Andrés Manuel López Obrador', 'Official'],
      ['López Obrador Administration', 'Organization'],
    ],
    ['Obrador Administration'],
  ],
  [
    'The Bolsa Família Program reaches millions of families.',
    [['Bolsa Família Program', 'Program']],
  ],
  [
    'President Biden spoke with Prime Minister Ulisses Correia e Silva of Cabo Verde.',
    [['Ulisses Correia e Silva', 'Official']],
    ['Ulisses Correia'],
  ],
  // French
  [
    'The Élysée Summit on Artificial Intelligence opened in Paris.',
    [['Élysée Summit on Artificial Intelligence', 'Event']],
  ],
  [
    'The Côte d’Ivoire Compact will invest in roads and power.',
    [['Côte d’Ivoire Compact', 'Instrument']],
    ['Ivoire Compact'],
  ],
  ['The Lomé Peace Accord ended the war.', [['Lomé Peace Accord', 'Instrument']], ['Peace Accord']],
  [
    'The Curaçao Maritime Initiative will train coast guard crews.',
    [['Curaçao Maritime Initiative', 'Program']],
  ],
  // German and Dutch
  [
    'The partners endorsed the Düsseldorf Declaration on Hydrogen.',
    [['Düsseldorf Declaration on Hydrogen', 'Instrument']],
  ],
  [
    'President Biden, European Commission President Von der Leyen, and Prime Minister Johnson hosted a meeting.',
    [['Ursula von der Leyen', 'Official']],
    ['Von'],
  ],
  [
    'Federal President Alexander Van der Bellen of Austria welcomed the decision.',
    [['Alexander Van der Bellen', 'Official']],
    ['Alexander Van'],
  ],
  // Turkish and Polish
  [
    'The Türkiye Maarif Foundation runs schools abroad.',
    [['Türkiye Maarif Foundation', 'Organization']],
    ['Maarif Foundation'],
  ],
  [
    'Vice President Harris met the Speaker of the Grand National Assembly of Türkiye.',
    // The lexicon's full name (gold 2023-03-17, 2023-07-13), its "ü" whole.
    [['Grand National Assembly of Türkiye', 'Organization']],
    ['Grand National Assembly of T', 'Grand National Assembly'],
  ],
  [
    'Minister Şahin Yılmaz met Foreign Minister Radosław Sikorski.',
    [
      ['Şahin Yılmaz', 'Official'],
      ['Radosław Sikorski', 'Official'],
    ],
  ],
  ['The Saïd Business School hosted the fellows.', [['Saïd Business School', 'Organization']]],
  // Vietnamese
  [
    'President Biden met President Võ Văn Thưởng in Hanoi.',
    [['Võ Văn Thưởng', 'Official']],
    ['Võ Văn Th'],
  ],
  [
    'The leaders recalled the Đà Nẵng Declaration and the APEC Putrajaya Vision.',
    [['Đà Nẵng Declaration', 'Instrument']],
  ],
  // A version number ends the name.
  [
    'The United States joined the Oil and Gas Methane Partnership 2.0 and the Clean Energy Partnership 2.0.',
    [
      ['Oil and Gas Methane Partnership 2.0', 'Instrument'],
      ['Clean Energy Partnership 2.0', 'Instrument'],
    ],
    ['Oil and Gas Methane Partnership 2', 'Clean Energy Partnership 2'],
  ],
  // A country's own name when it is its English name with accents.
  [
    'The Secretary traveled to Perú and México and spoke with the Foreign Minister of Sénégal.',
    [
      ['Peru', 'Country'],
      ['Mexico', 'Country'],
      ['Senegal', 'Country'],
    ],
  ],
  // The accents come word by word from the native name, which differs in its linking word.
  [
    'The President met with President Carlos Vila Nova of São Tomé and Príncipe.',
    [['Sao Tome and Principe', 'Country']],
    ['São Tomé', 'Príncipe'],
  ],
  // A letter and its combining accent (U+0301) are read as the one letter.
  [
    'They reaffirmed their commitment to the Treaty of San Jose\u0301 concerning illicit trafficking.',
    [['Treaty of San José', 'Instrument']],
    ['Treaty of San Jose'],
  ],
];

describe('names with letters beyond ASCII', () => {
  itFindsNames('Joint Statement', ROWS);
});
