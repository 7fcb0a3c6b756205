/**
 * Names in joint statements (session 36, nejoint36), table-driven: a sentence → the names and
 * types it must yield, and names it must not. Sentences written for the test in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  // Company and body heads (names.json heads.Organization): a capitalised run ending in
  // 'Company', 'Healthcare', 'Electronics' or 'Enterprise' names a company or body.
  [
    'The leaders welcomed the Lakeview Beverage Company’s new investment in Kenya.',
    [['Lakeview Beverage Company', 'Organization']],
  ],
  [
    'They noted investments by Orion Electronics in radar, and the rising costs of Big Pharma.',
    [['Orion Electronics', 'Organization']],
    ['Big Pharma'],
  ],
  // 'Company' (definiteHeads) names a company only right after 'the': else a modifier or a
  // description, and a lowercase head may still name the run.
  [
    'He helped develop the first-ever Midstream Company environmental template and loans through Small Business Investment Company program.',
    [['Small Business Investment Company program', 'Program']],
    ['Midstream Company', 'Small Business Investment Company'],
  ],
  [
    'Harbor Healthcare, a Kenya-based company, has built a new plant.',
    [['Harbor Healthcare', 'Organization']],
  ],
  [
    'The United Kingdom will expand production across its Defence Nuclear Enterprise.',
    [['Defence Nuclear Enterprise', 'Organization']],
  ],
  // A known company before its head is that company ('Boeing', not a second 'Boeing Company').
  [
    'She served as Vice President at The Boeing Company and at the Meridian Beverage Company.',
    [
      ['Boeing', 'Organization'],
      ['Meridian Beverage Company', 'Organization'],
    ],
    ['Boeing Company'],
  ],
  // A company head, like a legal form, starts the name after the last 'and': two companies.
  [
    'They welcomed the partnership between Northwind Harris and Kestrel Electronics on radar.',
    [['Kestrel Electronics', 'Organization']],
    ['Northwind Harris and Kestrel Electronics'],
  ],
  // Plural bodies named as a set: 'Commissions', 'Organisations'; 'Centers' is no head ('joint
  // Centers of Excellence' is a topic).
  [
    'The United States plans to increase its funding to all Fulbright Commissions in Europe.',
    [['Fulbright Commissions', 'Organization']],
  ],
  [
    'They will work at the OECD and International Standards Organisations, establishing joint Centers of Excellence.',
    [['International Standards Organisations', 'Organization']],
    ['Centers of Excellence'],
  ],
  // A list of four or more bare names holding known bodies and nothing else: the unknown names
  // are bodies too; a list holding a country, or a known name inside an item, names nothing new.
  [
    'The program has support from Corvana, Boeing, Google, Telmark, and Western Quill this year.',
    [
      ['Corvana', 'Organization'],
      ['Telmark', 'Organization'],
      ['Western Quill', 'Organization'],
    ],
  ],
  [
    'Funding came from Corvana, Boeing, Japan, and Telmark, and from Abu Dhabi Quays, Google, Boeing and Nestor.',
    [],
    ['Corvana', 'Telmark', 'Abu Dhabi Quays', 'Nestor'],
  ],
  // A plural title before coordinated surnames titles each: the lexicon's official whose surname
  // alone names him only after a title ('Biden' in 'Obama-Biden administration' does not).
  [
    'We will build on the Task Force announced by Presidents Biden and von der Leyen on March 25.',
    [
      ['Joe Biden', 'Official'],
      ['Ursula von der Leyen', 'Official'],
    ],
  ],
  ['The work of the Obama-Biden administration continues.', [], ['Joe Biden']],
];

function names(sentence: string) {
  return extractText('Joint Statement', sentence, 'names-joint-s36').entities.map((entity) => [
    entity.name,
    entity.type,
  ]);
}

describe('names in joint statements (session 36)', () => {
  for (const [sentence, expected, absent = []] of ROWS) {
    it(sentence, () => {
      const found = names(sentence);
      for (const pair of expected) expect(found).toContainEqual(pair);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});
